package dev.unspin.cli.dict;

import dev.unspin.cli.ConfidenceConverter;
import dev.unspin.cli.ExitCodes;
import dev.unspin.dictionary.Condition;
import dev.unspin.dictionary.Confidence;
import dev.unspin.dictionary.Dictionary;
import dev.unspin.dictionary.DictionaryFileEditor;
import dev.unspin.dictionary.DictionaryFormatException;
import dev.unspin.dictionary.DictionaryParser;
import dev.unspin.dictionary.Entry;
import dev.unspin.dictionary.EntryFormatter;
import dev.unspin.dictionary.SourceLocation;
import dev.unspin.engine.Engine;
import dev.unspin.text.Normalizer;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code unspin dict add}: writes one entry by hand. */
@Command(name = "add",
        mixinStandardHelpOptions = true,
        description = {
            "Adds the entry SPUN => ORIGINAL to a dictionary file (--file), or prints its line when no file is given.",
            "An entry the file already has (same phrasing, same conditions) is refused."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "2:usage, input or dictionary error, or the entry is already there"})
final class AddCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SPUN", description = "The spun phrasing, e.g. 'information convention'.")
    String spun;

    @Parameters(index = "1", paramLabel = "ORIGINAL",
            description = "The original wording; ordered alternatives separated by '|', e.g. 'adjust | change'.")
    String original;

    @Option(names = "--confidence", paramLabel = "LEVEL", defaultValue = "likely", converter = ConfidenceConverter.class,
            description = "certain, likely or possible (default: ${DEFAULT-VALUE}).")
    Confidence confidence;

    @Option(names = "--example", paramLabel = "TEXT", description = "A spun sentence the entry must restore.")
    String example;

    @Option(names = "--prev", paramLabel = "WORDS", description = "Only after one of these words (a|b).")
    String previous;

    @Option(names = "--next", paramLabel = "WORDS", description = "Only before one of these words (a|b).")
    String next;

    @Option(names = "--not-prev", paramLabel = "WORDS", description = "Never after one of these words (a|b).")
    String notPrevious;

    @Option(names = "--not-next", paramLabel = "WORDS", description = "Never before one of these words (a|b).")
    String notNext;

    @Option(names = "--id", paramLabel = "ID", description = "The entry's id (default: from the spun phrasing).")
    String id;

    @Option(names = "--file", paramLabel = "FILE",
            description = "The dictionary file to append to (created if missing, replaced atomically).")
    Path file;

    @Override
    public Integer call() {
        PrintStream out = Console.out();
        PrintStream err = Console.err();
        return Guarded.run(err, () -> {
            Entry entry = validated(entry(id == null ? DictionaryParser.defaultId(spun) : id));
            if (example != null && new Engine(Dictionary.of(List.of(entry))).find(example).isEmpty()) {
                err.println("unspin: the example does not restore: '" + spun + "' does not match in \"" + example
                        + "\" under the entry's conditions");
                return ExitCodes.USAGE_OR_IO;
            }
            if (file == null) {
                out.println(EntryFormatter.format(entry));
                err.println("unspin: nothing written; add --file FILE to append the entry to a dictionary");
                return ExitCodes.OK;
            }
            DictionaryFileEditor editor = DictionaryFileEditor.open(file);
            Optional<Entry> same = editor.entries().stream().filter(e -> sameMatch(e, entry)).findFirst();
            if (same.isPresent()) {
                err.println("unspin: " + same.get().location() + ": the file already has this entry: "
                        + EntryFormatter.format(same.get()) + " (remove it first to replace it)");
                return ExitCodes.USAGE_OR_IO;
            }
            if (id != null && editor.entry(id).isPresent()) {
                err.println("unspin: " + editor.entry(id).get().location() + ": the id '" + id + "' is taken");
                return ExitCodes.USAGE_OR_IO;
            }
            Entry added = entry(editor.freeId(entry.id()));
            editor.append(added);
            editor.save();
            Entry placed = editor.entry(added.id()).orElseThrow();
            out.println(file + ":" + placed.location().line() + ": added: " + EntryFormatter.format(placed));
            return ExitCodes.OK;
        });
    }

    private Entry entry(String entryId) {
        List<String> originals = Arrays.stream(original.split("\\|")).map(String::strip).toList();
        List<Condition> conditions = new ArrayList<>();
        addCondition(conditions, Condition.Side.PREVIOUS, false, previous);
        addCondition(conditions, Condition.Side.NEXT, false, next);
        addCondition(conditions, Condition.Side.PREVIOUS, true, notPrevious);
        addCondition(conditions, Condition.Side.NEXT, true, notNext);
        return new Entry(entryId, spun.strip(), originals, confidence, conditions, Optional.ofNullable(example),
                List.of(), new SourceLocation("<command line>", 1, 1));
    }

    private static void addCondition(List<Condition> conditions, Condition.Side side, boolean negated, String words) {
        if (words != null) {
            Set<String> normalized = new LinkedHashSet<>();
            for (String word : words.split("\\|")) {
                normalized.add(Normalizer.normalize(word.strip()));
            }
            conditions.add(new Condition.Neighbour(side, negated, normalized));
        }
    }

    /** The entry as it would be read back from its line, so that what is written is what was meant. */
    private static Entry validated(Entry entry) throws DictionaryFormatException {
        String line = EntryFormatter.format(entry);
        Entry read = DictionaryParser.parseLine("<command line>", 1, line);
        boolean same = read.spun().equals(entry.spun()) && read.originals().equals(entry.originals())
                && read.id().equals(entry.id()) && read.example().equals(entry.example())
                && read.conditions().equals(entry.conditions());
        if (!same) {
            throw new DictionaryFormatException(new SourceLocation("<command line>", 1, 1),
                    "'" + line + "' would not read back as the entry given: a phrasing cannot contain '=>', '|' or ';'");
        }
        return read;
    }

    private static boolean sameMatch(Entry a, Entry b) {
        return Normalizer.normalize(a.spun()).equals(Normalizer.normalize(b.spun()))
                && a.conditions().stream().map(Condition::source).sorted().toList()
                        .equals(b.conditions().stream().map(Condition::source).sorted().toList());
    }
}
