package dev.unspin.cli.dict;

import dev.unspin.cli.ExitCodes;
import dev.unspin.corpus.CleanCorpus;
import dev.unspin.corpus.CleanText;
import dev.unspin.corpus.UnspinCheckout;
import dev.unspin.lint.DictionaryLinter;
import dev.unspin.lint.DictionarySource;
import dev.unspin.lint.LintFinding;
import dev.unspin.lint.Severity;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code unspin dict check}: the dictionary lint, with the false-positive gate over clean text. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Checks dictionary files, including the false-positive gate over clean text.",
            "Checks syntax, duplicates, conflicts, cycles and chains, identity entries,",
            "examples that do not restore, and entries that fire on clean text (the false-positive gate).",
            "Prints one line per finding: file:line:col: error|warning: message [check]."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no errors (warnings allowed)", "1:errors found", "2:usage or I/O error"})
final class CheckCommand implements Callable<Integer> {
    @Mixin
    DictionaryFiles dictionaries;

    @Mixin
    CleanCorpusOptions corpus;

    @Override
    public Integer call() {
        PrintStream out = Console.out();
        PrintStream err = Console.err();
        if (corpus.defaultMissing() && corpus.extra.isEmpty()) {
            err.println("unspin: no clean corpus for the false-positive gate: this unspin is not run from a checkout with "
                    + String.join(" and ", UnspinCheckout.CLEAN_CORPUS)
                    + "; pass --clean-corpus DIR, or --no-default-clean-corpus to check without the gate");
            return ExitCodes.USAGE_OR_IO;
        }
        List<DictionarySource> sources;
        List<CleanText> clean;
        try {
            sources = dictionaries.sources();
            clean = CleanCorpus.read(corpus.folders());
        } catch (IOException e) {
            err.println("unspin: " + Messages.of(e));
            return ExitCodes.USAGE_OR_IO;
        }
        List<LintFinding> findings = new DictionaryLinter(clean).lint(sources);
        findings.forEach(finding -> out.println(finding.format()));
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        out.printf("%d %s, %d %s in %d %s; %s%n",
                errors, errors == 1 ? "error" : "errors",
                findings.size() - errors, findings.size() - errors == 1 ? "warning" : "warnings",
                sources.size(), sources.size() == 1 ? "file" : "files",
                clean.isEmpty() ? "false-positive gate skipped (no clean corpus)"
                        : "false-positive gate over " + clean.size() + (clean.size() == 1 ? " clean text in " : " clean texts in ")
                                + String.join(", ", corpus.folders().stream().map(Path::toString).toList()));
        return errors > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
