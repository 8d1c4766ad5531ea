package dev.unspin.cli.dict;

import dev.unspin.cli.ExitCodes;
import dev.unspin.cli.TextInput;
import dev.unspin.corpus.CleanCorpus;
import dev.unspin.corpus.CleanText;
import dev.unspin.dictionary.DictionaryFileEditor;
import dev.unspin.dictionary.DictionaryFormatException;
import dev.unspin.dictionary.Entry;
import dev.unspin.dictionary.EntryFormatter;
import dev.unspin.learn.Difference;
import dev.unspin.learn.LearnedEntryMerger;
import dev.unspin.learn.Learner;
import dev.unspin.learn.PairLearning;
import dev.unspin.learn.TextPair;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code unspin dict learn}: proposes entries from original articles and their spun copies. */
@Command(name = "learn",
        mixinStandardHelpOptions = true,
        description = {
            "Proposes dictionary entries from original articles and their spun copies.",
            "Aligns each original with its spun copy word by word and proposes an entry for every",
            "substitution, with its confidence, context conditions and evidence (spun file:line).",
            "Prints the entries on standard output; differences in names, numbers and punctuation are not",
            "spins and are reported on standard error as file:line:col notes."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "2:usage, input or dictionary error"})
final class LearnCommand implements Callable<Integer> {
    @Option(names = "--original", required = true, paramLabel = "PATH",
            description = "The original article, or a folder of them.")
    Path original;

    @Option(names = "--spun", required = true, paramLabel = "PATH",
            description = "The spun copy, or a folder of copies named like their originals.")
    Path spun;

    @Option(names = "--write", paramLabel = "FILE",
            description = "Add the new entries to this dictionary file (created if missing) and the new evidence to the"
                    + " entries it already has, instead of printing them. The file is replaced atomically.")
    Path write;

    @Mixin
    CleanCorpusOptions corpus;

    @Override
    public Integer call() {
        PrintStream out = Console.out();
        PrintStream err = Console.err();
        try {
            List<PairFiles.FilePair> files = PairFiles.pair(original, spun);
            List<TextPair> pairs = new ArrayList<>();
            Map<String, PairFiles.FilePair> bySource = new HashMap<>();
            Map<String, String> spunTexts = new HashMap<>();
            for (PairFiles.FilePair file : files) {
                String source = file.spun().getFileName().toString();
                String spunText = TextInput.read(file.spun());
                pairs.add(new TextPair(source, TextInput.read(file.original()), spunText));
                bySource.put(source, file);
                spunTexts.put(source, spunText);
            }
            if (corpus.defaultMissing()) {
                err.println("unspin: warning: the clean seed texts were not found; confidence and conditions are judged"
                        + " against the originals only (pass --clean-corpus DIR)");
            }
            List<CleanText> clean = CleanCorpus.read(corpus.folders());
            PairLearning.Result result = PairLearning.learn(pairs, clean.stream().map(CleanText::text).toList());
            if (write == null) {
                result.entries().forEach(entry -> out.println(EntryFormatter.format(entry)));
            } else {
                writeTo(result.entries(), out);
            }
            for (Learner.Located located : result.notLearned()) {
                err.println(note(located, bySource.get(located.source()).spun(), spunTexts.get(located.source())));
            }
            return ExitCodes.OK;
        } catch (PairFiles.Unpaired | TextInput.UnreadableInput | DictionaryFormatException e) {
            err.println("unspin: " + e.getMessage());
        } catch (IllegalArgumentException e) { // a spun file name that cannot serve as evidence
            err.println("unspin: " + e.getMessage());
        } catch (IOException e) {
            err.println("unspin: " + Messages.of(e));
        }
        return ExitCodes.USAGE_OR_IO;
    }

    private void writeTo(List<Entry> learned, PrintStream out) throws IOException, DictionaryFormatException {
        DictionaryFileEditor editor = DictionaryFileEditor.open(write);
        LearnedEntryMerger.Summary summary = LearnedEntryMerger.merge(editor, learned);
        editor.save();
        for (Entry entry : summary.added()) {
            out.println(entry.location().file() + ":" + entry.location().line() + ": added: " + EntryFormatter.format(entry));
        }
        for (Entry entry : summary.updated()) {
            out.println(entry.location().file() + ":" + entry.location().line() + ": new evidence: " + EntryFormatter.format(entry));
        }
        out.printf("%s: %d added, %d with new evidence, %d already known%n", write,
                summary.added().size(), summary.updated().size(), summary.unchanged().size());
    }

    /** "spun.txt:3:12: note: proper noun 'Anthony' where the original has 'Antony': not learned". */
    private static String note(Learner.Located located, Path spunFile, String spunText) {
        Difference d = located.difference();
        int lineStart = spunText.lastIndexOf('\n', d.offset() - 1) + 1;
        String kind = d.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return spunFile + ":" + d.line() + ":" + (d.offset() - lineStart + 1) + ": note: " + kind + " '" + d.spun()
                + "' where the original has '" + d.original() + "': not a spin, not learned";
    }
}
