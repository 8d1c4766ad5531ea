package dev.unspin.cli.dict;

import dev.unspin.cli.ConfidenceConverter;
import dev.unspin.cli.ExitCodes;
import dev.unspin.dictionary.Confidence;
import dev.unspin.dictionary.Dictionary;
import dev.unspin.dictionary.Entry;
import dev.unspin.dictionary.EntryFormatter;
import dev.unspin.text.Normalizer;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code unspin dict list}: the entries in effect, filtered. */
@Command(name = "list",
        mixinStandardHelpOptions = true,
        description = {
            "Lists the entries in effect, filtered.",
            "An entry overridden by a later file is left out. One line per entry, as file:line: entry.",
            "Filters combine: an entry is listed when it passes all of them."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success (even when nothing matches)", "2:usage, input or dictionary error"})
final class ListCommand implements Callable<Integer> {
    @Mixin
    DictionaryFiles dictionaries;

    @Option(names = "--confidence", paramLabel = "LEVEL", converter = ConfidenceConverter.class,
            description = "Only entries of this confidence: certain, likely or possible.")
    Confidence confidence;

    @Option(names = "--spun", paramLabel = "TEXT", description = "Only entries whose spun phrasing contains TEXT (any case).")
    String spun;

    @Option(names = "--original", paramLabel = "TEXT", description = "Only entries with an original containing TEXT (any case).")
    String original;

    @Option(names = "--text", paramLabel = "TEXT", description = "Only entries whose spun phrasing or an original contains TEXT.")
    String text;

    @Option(names = "--file", paramLabel = "FILE", description = "Only entries defined in this file (its path or a trailing part of it).")
    String file;

    @Override
    public Integer call() {
        PrintStream out = Console.out();
        PrintStream err = Console.err();
        return Guarded.run(err, () -> {
            Predicate<Entry> wanted = filter();
            long shown = 0;
            for (Entry entry : Dictionary.of(dictionaries.entries()).entries()) {
                if (wanted.test(entry)) {
                    out.println(entry.location().file() + ":" + entry.location().line() + ": " + EntryFormatter.format(entry));
                    shown++;
                }
            }
            err.println(shown + (shown == 1 ? " entry" : " entries"));
            return ExitCodes.OK;
        });
    }

    private Predicate<Entry> filter() {
        Predicate<Entry> wanted = entry -> true;
        if (confidence != null) {
            wanted = wanted.and(entry -> entry.confidence() == confidence);
        }
        if (spun != null) {
            wanted = wanted.and(entry -> contains(entry.spun(), spun));
        }
        if (original != null) {
            wanted = wanted.and(entry -> entry.originals().stream().anyMatch(o -> contains(o, original)));
        }
        if (text != null) {
            wanted = wanted.and(entry -> contains(entry.spun(), text)
                    || entry.originals().stream().anyMatch(o -> contains(o, text)));
        }
        if (file != null) {
            Path wantedFile = Path.of(file).normalize();
            wanted = wanted.and(entry -> Path.of(entry.location().file()).normalize().endsWith(wantedFile));
        }
        return wanted;
    }

    private static boolean contains(String phrase, String part) {
        return Normalizer.normalize(phrase).contains(Normalizer.normalize(part));
    }
}
