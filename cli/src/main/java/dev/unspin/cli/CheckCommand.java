package dev.unspin.cli;

import dev.unspin.cli.files.InputFile;
import dev.unspin.report.InputProblem;
import dev.unspin.cli.files.InputSet;
import dev.unspin.report.FileReport;
import dev.unspin.report.GccReportWriter;
import dev.unspin.report.JsonReportWriter;
import dev.unspin.report.ReportFormat;
import dev.unspin.report.ReportWriter;
import dev.unspin.report.RunSummary;
import dev.unspin.report.SarifReportWriter;
import dev.unspin.report.TextReportWriter;
import dev.unspin.cli.run.OrderedParallel;
import dev.unspin.cli.run.Progress;
import dev.unspin.cli.run.StandardOutput;
import dev.unspin.check.CheckRequest;
import dev.unspin.check.CheckResult;
import dev.unspin.check.Checker;
import dev.unspin.dictionary.Confidence;
import dev.unspin.engine.Engine;
import dev.unspin.engine.ShownConfidence;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code unspin check}: reports spun phrasings without changing any file. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Reports the spun phrasings in articles without changing them, then a summary: files, words, "
                    + "findings by confidence and the spin score (spun phrasings per 1,000 words).",
            "Binary or non-UTF-8 files found in folders are skipped with a warning; missing paths are "
                    + "reported and the other inputs still checked."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:nothing found",
            "1:spun phrasings found",
            "2:usage, input or dictionary error (after checking the other inputs)"})
final class CheckCommand implements Callable<Integer> {
    @Mixin
    InputOptions inputs;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            completionCandidates = FormatCandidates.class,
            description = "text (for people), gcc (path:line:col: lines for editors' quickfix lists), "
                    + "json (schema unspin-check version " + JsonReportWriter.FORMAT_VERSION + ") "
                    + "or sarif (SARIF 2.1.0). Default: ${DEFAULT-VALUE}.")
    ReportFormat format;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour the text format: auto (on a terminal), always or never. Default: ${DEFAULT-VALUE}.")
    ColorMode color;

    @Option(names = "--min-confidence", paramLabel = "LEVEL",
            converter = ConfidenceConverter.class,
            description = {"Report findings of this confidence or surer: certain, likely or possible.",
                "Default: each file's own evidence decides, as for restore (certain only in text that looks clean, "
                        + "all in text that is clearly spun)."})
    Confidence minConfidence;

    @Mixin
    DictionaryOptions dictionaries;

    static final class FormatCandidates extends java.util.ArrayList<String> {
        FormatCandidates() {
            super(java.util.List.of("text", "gcc", "json", "sarif"));
        }
    }

    private final Messages messages = new Messages();

    /** One input's outcome: a report (with the writer's output for it, if made on the worker), or why there is none. */
    private record Outcome(FileReport report, ByteBuffer rendered, InputProblem problem) {
    }

    @Override
    public Integer call() throws IOException {
        Optional<Engine> loaded = dictionaries.engine(messages::error, messages::warning);
        if (loaded.isEmpty()) {
            return ExitCodes.USAGE_OR_IO;
        }
        Checker checker = new Checker(loaded.get());
        InputSet inputSet = inputs.collect();
        if (!inputSet.conflicts().isEmpty()) {
            inputSet.conflicts().forEach(messages::error);
            return ExitCodes.USAGE_OR_IO;
        }
        OutputStream bytes = new BufferedOutputStream(StandardOutput.open(), 1 << 16);
        Writer stdout = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 1 << 16);
        ReportWriter writer = writer(stdout, bytes);
        RunSummary summary = new RunSummary();
        try {
            for (InputProblem problem : inputSet.problems()) {
                report(problem, writer, summary);
            }
            try (Progress progress = Progress.start("Checking", inputSet.files().size(),
                    InputOptions.totalBytes(inputSet.files()), true)) {
                OrderedParallel.run(inputSet.files(), inputs.threads, file -> check(checker, writer, file), outcome -> {
                    try {
                        if (outcome.report() != null) {
                            summary.add(outcome.report());
                            writer.file(outcome.report(), outcome.rendered());
                        } else {
                            report(outcome.problem(), writer, summary);
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e); // stops the run: the rest could not be written either
                    }
                    progress.step();
                });
            }
            writer.finish(summary);
            stdout.flush(); // the formats that write text; then everything
            bytes.flush();
        } catch (IOException | UncheckedIOException e) {
            messages.error(StandardOutput.failure(e instanceof UncheckedIOException u ? u.getCause() : (IOException) e));
            return ExitCodes.USAGE_OR_IO;
        }
        if (summary.errors() > 0) {
            return ExitCodes.USAGE_OR_IO;
        }
        return summary.findings() > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private Outcome check(Checker checker, ReportWriter writer, InputFile file) {
        try {
            TextInput.Document document = InputOptions.read(file);
            CheckResult check = checker.check(new CheckRequest(document.text(), file.format(),
                    ShownConfidence.of(Optional.ofNullable(minConfidence)), Set.of()));
            FileReport report = FileReport.of(file.displayName(), document.lines(), check);
            return new Outcome(report, writer.render(report), null);
        } catch (TextInput.UnreadableInput e) {
            return new Outcome(null, null, InputOptions.unreadable(file, e));
        }
    }

    private void report(InputProblem problem, ReportWriter writer, RunSummary summary) throws IOException {
        messages.problem(problem);
        summary.addProblem(problem.error());
        writer.problem(problem);
    }

    private ReportWriter writer(Writer stdout, OutputStream bytes) throws IOException {
        String version = VersionProvider.version();
        return switch (format) {
            case TEXT -> new TextReportWriter(stdout, color.enabled());
            case GCC -> new GccReportWriter(bytes);
            // Without a fixed minimum, no file shows less than possible; each file says what its evidence chose.
            case JSON -> new JsonReportWriter(stdout, version, minConfidence == null ? Confidence.POSSIBLE : minConfidence);
            case SARIF -> new SarifReportWriter(stdout, version);
        };
    }
}
