package dev.unspin.cli.dict;

import dev.unspin.cli.ConfidenceConverter;
import dev.unspin.cli.ExitCodes;
import dev.unspin.dictionary.Confidence;
import dev.unspin.dictionary.DictionaryFileEditor;
import dev.unspin.dictionary.DictionaryFormatException;
import dev.unspin.dictionary.DictionaryParser;
import dev.unspin.dictionary.Entry;
import dev.unspin.dictionary.EntryFormatter;
import dev.unspin.dictionary.Evidence;
import dev.unspin.dictionary.SourceLocation;
import dev.unspin.learn.LearnedEntryMerger;
import dev.unspin.text.Normalizer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code unspin dict import}: dictionary entries from a published CSV or TSV list of (spun, original) pairs. */
@Command(name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Makes dictionary entries from a CSV or TSV list of (spun, original) phrase pairs with a header row,",
            "such as the tortured-phrase lists of research-integrity projects (tortured_phrase,expected_phrase,num_papers).",
            "Each entry's evidence is the file and line of its rows. Rows that cannot be a pair (a missing field, an",
            "unbalanced quote, an empty phrase, an identical pair, a bad count) are reported as file:line and skipped.",
            "Prints the entries unless --output or --into says where to write them."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success (skipped rows are warnings)", "2:usage or input error, no usable row, or a file that could not be written"})
final class ImportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The CSV or TSV file (.tsv and .tab are read as TSV, .csv as CSV, others by their header).")
    Path file;

    @Option(names = "--spun-column", paramLabel = "NAME",
            description = "The column of spun phrases (default: the first of " + "spun, tortured_phrase, tortured, spun_phrase the header has).")
    String spunColumn;

    @Option(names = "--original-column", paramLabel = "NAME",
            description = "The column of original phrases (default: the first of original, expected_phrase, expected, original_phrase).")
    String originalColumn;

    @Option(names = "--count-column", paramLabel = "NAME",
            description = "The column of counts, such as the papers a phrase was found in (default: count, num_papers, occurrences or"
                    + " frequency, when the header has one). Orders a phrase's originals, most counted first, and --min-count uses it.")
    String countColumn;

    @Option(names = "--delimiter", paramLabel = "CHAR", converter = DelimiterConverter.class,
            description = "The field separator: a character, or 'tab' (default: from the file name, else the header).")
    Character delimiter;

    @Option(names = "--min-count", paramLabel = "N", defaultValue = "0",
            description = "Leave out pairs counted fewer than N times in all (default: ${DEFAULT-VALUE}: all; pairs without a count are kept).")
    long minCount;

    @Option(names = "--confidence", paramLabel = "LEVEL", defaultValue = "likely", converter = ConfidenceConverter.class,
            description = "The entries' confidence: certain, likely or possible (default: ${DEFAULT-VALUE}).")
    Confidence confidence;

    @ArgGroup(exclusive = true)
    Destination destination = new Destination();

    static final class Destination {
        @Option(names = "--output", paramLabel = "FILE", description = "Write the entries to this new dictionary file (refused if it exists).")
        Path output;

        @Option(names = "--into", paramLabel = "FILE",
                description = "Add the entries to this dictionary file (created if missing; replaced atomically); an entry it already has only gains the new evidence.")
        Path into;
    }

    /** "tab", "\t" or a single character. */
    static final class DelimiterConverter implements picocli.CommandLine.ITypeConverter<Character> {
        @Override
        public Character convert(String value) {
            if (value.equalsIgnoreCase("tab") || value.equals("\\t") || value.equals("\t")) {
                return '\t';
            }
            if (value.length() != 1 || value.equals("\"") || value.equals("\n") || value.equals("\r")) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "': give one character (such as ; or |) or 'tab'");
            }
            return value.charAt(0);
        }
    }

    @Override
    public Integer call() {
        PrintStream out = Console.out();
        PrintStream err = Console.err();
        String evidenceName = file.getFileName() == null ? "" : file.getFileName().toString();
        if (evidenceName.isEmpty() || evidenceName.codePoints().anyMatch(Character::isWhitespace)) {
            err.println("unspin: " + file + ": a file name with spaces cannot name the entries' evidence (seen: FILE:LINE);"
                    + " rename or copy the file");
            return ExitCodes.USAGE_OR_IO;
        }
        if (destination.output != null && Files.exists(destination.output)) {
            err.println("unspin: " + destination.output + ": already exists; nothing written (use --into to add entries to a dictionary)");
            return ExitCodes.USAGE_OR_IO;
        }
        PairList list;
        try {
            list = PairList.read(file, new PairList.Columns(spunColumn, originalColumn, countColumn), delimiter);
        } catch (PairList.Unusable e) {
            err.println("unspin: " + e.getMessage());
            return ExitCodes.USAGE_OR_IO;
        }
        for (PairList.Problem problem : list.problems()) {
            err.println("unspin: warning: " + file + ":" + problem.line() + ": " + problem.message() + ", skipped");
        }
        List<Entry> entries = new ArrayList<>();
        int belowMinimum = 0;
        for (Group group : group(list.pairs())) {
            if (group.counted && group.total < minCount) {
                belowMinimum++;
                continue;
            }
            Optional<Entry> entry = entry(group, evidenceName, err);
            entry.ifPresent(entries::add);
        }
        err.println("unspin: " + file + ": " + entries.size() + (entries.size() == 1 ? " entry" : " entries") + " from "
                + list.rows() + (list.rows() == 1 ? " row" : " rows") + "; " + list.problems().size() + " skipped"
                + (belowMinimum > 0 ? ", " + belowMinimum + " phrases counted fewer than " + minCount + " times left out" : ""));
        if (entries.isEmpty()) {
            err.println("unspin: no entries to import; nothing written");
            return ExitCodes.USAGE_OR_IO;
        }
        return Guarded.run(err, () -> write(entries, out, err));
    }

    /** The rows of one spun phrasing: its originals, most counted first, and the lines it was seen on. */
    private static final class Group {
        String spun;
        final Map<String, long[]> originals = new LinkedHashMap<>(); // normalised -> {count}; the first spelling kept below
        final Map<String, String> spellings = new LinkedHashMap<>();
        final List<Evidence> lines = new ArrayList<>();
        long total;
        boolean counted;
    }

    private static List<Group> group(List<PairList.Pair> pairs) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (PairList.Pair pair : pairs) {
            Group group = groups.computeIfAbsent(normalised(pair.spun()), k -> new Group());
            if (group.spun == null || pair.spun().equals(pair.spun().toLowerCase(java.util.Locale.ROOT))) {
                group.spun = pair.spun(); // a lower-case spelling matches every capitalisation
            }
            String key = normalised(pair.original());
            group.spellings.putIfAbsent(key, pair.original());
            group.originals.computeIfAbsent(key, k -> new long[1])[0] += pair.count().orElse(0);
            group.lines.add(new Evidence("", pair.line()));
            group.total += pair.count().orElse(0);
            group.counted |= pair.count().isPresent();
        }
        return List.copyOf(groups.values());
    }

    /** The group's entry as it reads back from its line; a phrase the format cannot hold is reported. */
    private Optional<Entry> entry(Group group, String evidenceName, PrintStream err) {
        List<String> originals = group.originals.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[0]))
                .map(e -> group.spellings.get(e.getKey()))
                .toList();
        List<Evidence> evidence = group.lines.stream().map(e -> new Evidence(evidenceName, e.line())).toList();
        Entry entry = new Entry(DictionaryParser.defaultId(group.spun), group.spun, originals, confidence, List.of(),
                Optional.empty(), evidence, new SourceLocation(file.toString(), evidence.get(0).line(), 1));
        String line = EntryFormatter.format(entry);
        try {
            Entry read = DictionaryParser.parseLine(file.toString(), evidence.get(0).line(), line);
            if (read.spun().equals(entry.spun()) && read.originals().equals(entry.originals())) {
                return Optional.of(read);
            }
            err.println("unspin: warning: " + file + ":" + evidence.get(0).line() + ": '" + group.spun + "' => '"
                    + String.join("' | '", originals) + "' cannot be a dictionary entry (a phrase with '=>', '|' or ';'), skipped");
        } catch (DictionaryFormatException e) {
            err.println("unspin: warning: " + file + ":" + evidence.get(0).line() + ": cannot be a dictionary entry ("
                    + e.getMessage() + "), skipped");
        }
        return Optional.empty();
    }

    private int write(List<Entry> entries, PrintStream out, PrintStream err) throws IOException, DictionaryFormatException {
        Path target = destination.output != null ? destination.output : destination.into;
        if (target == null) {
            for (Entry entry : withUniqueIds(entries)) {
                out.println(EntryFormatter.format(entry));
            }
            err.println("unspin: nothing written; add --output FILE (a new dictionary) or --into FILE (add to one) to write the entries");
            return ExitCodes.OK;
        }
        DictionaryFileEditor editor = DictionaryFileEditor.open(target);
        LearnedEntryMerger.Summary summary = LearnedEntryMerger.merge(editor, entries);
        editor.save();
        out.printf("%s: %d added, %d with new evidence, %d already known%n", target,
                summary.added().size(), summary.updated().size(), summary.unchanged().size());
        return ExitCodes.OK;
    }

    /** Ids made unique in print, as writing them into a file would ("u-s-made", "u-s-made-2"). */
    private static List<Entry> withUniqueIds(List<Entry> entries) {
        Set<String> taken = new HashSet<>();
        List<Entry> unique = new ArrayList<>();
        for (Entry e : entries) {
            String id = e.id();
            for (int n = 2; !taken.add(id); n++) {
                id = e.id() + "-" + n;
            }
            unique.add(new Entry(id, e.spun(), e.originals(), e.confidence(), e.conditions(), e.example(), e.evidence(), e.location()));
        }
        return unique;
    }

    private static String normalised(String phrase) {
        return Normalizer.normalize(phrase.strip().replaceAll("\\s+", " "));
    }
}
