package dev.unspin.cli.dict;

import dev.unspin.cli.TextInput;
import dev.unspin.text.Normalizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A published list of (spun, original) phrase pairs in CSV or TSV, with a header row naming the
 * columns, such as the tortured-phrase lists of research-integrity projects ({@code
 * tortured_phrase,expected_phrase,num_papers}). Parsed by Apache Commons CSV one line at a time, so
 * that a row with an unbalanced quote is reported and skipped instead of swallowing the rest of the
 * file (a phrase never spans lines). Rows that cannot be a pair are kept as problems with their line.
 */
final class PairList {
    /** Header names tried, in order, when no column is named. */
    static final List<String> SPUN_NAMES = List.of("spun", "tortured_phrase", "tortured", "spun_phrase", "spun phrase", "tortured phrase");
    static final List<String> ORIGINAL_NAMES = List.of("original", "expected_phrase", "expected", "original_phrase",
            "original phrase", "expected phrase");
    static final List<String> COUNT_NAMES = List.of("count", "num_papers", "occurrences", "frequency");

    /** A row that makes a pair. */
    record Pair(String spun, String original, OptionalLong count, int line) {
    }

    /** A row that does not, and why. */
    record Problem(int line, String message) {
    }

    /** The columns to read; null names mean "find it in the header" (the count may be absent). */
    record Columns(String spun, String original, String count) {
    }

    /** Why the file as a whole cannot be read: no header, a named column missing. */
    static final class Unusable extends Exception {
        Unusable(String message) {
            super(message);
        }
    }

    private final List<Pair> pairs = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private int rows;

    private PairList() {
    }

    List<Pair> pairs() {
        return pairs;
    }

    List<Problem> problems() {
        return problems;
    }

    /** The data rows read (blank lines aside). */
    int rows() {
        return rows;
    }

    static PairList read(Path file, Columns columns, Character delimiter) throws Unusable {
        String text;
        try {
            text = TextInput.read(file);
        } catch (TextInput.UnreadableInput e) {
            throw new Unusable(e.getMessage());
        }
        List<String> lines = text.lines().toList();
        int headerIndex = 0;
        while (headerIndex < lines.size() && lines.get(headerIndex).isBlank()) {
            headerIndex++;
        }
        if (headerIndex == lines.size()) {
            throw new Unusable(file + ": empty: expected a header row naming the columns, such as spun,original,count");
        }
        String headerLine = lines.get(headerIndex);
        String where = file + ":" + (headerIndex + 1);
        char separator = delimiter != null ? delimiter : guessDelimiter(file, headerLine);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreSurroundingSpaces(true).get();
        List<String> header;
        try {
            header = fields(headerLine, format).orElseThrow(() -> new Unusable(where + ": empty header row"));
        } catch (MalformedRow e) {
            throw new Unusable(where + ": the header row: " + e.getMessage());
        }
        int spun = column(where, header, columns.spun(), SPUN_NAMES, "--spun-column", true);
        int original = column(where, header, columns.original(), ORIGINAL_NAMES, "--original-column", true);
        int count = column(where, header, columns.count(), COUNT_NAMES, "--count-column", false);
        if (spun == original) {
            throw new Unusable(where + ": the spun and the original phrases cannot come from the same column '" + header.get(spun) + "'");
        }
        PairList list = new PairList();
        for (int i = headerIndex + 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                list.rows++;
                list.row(lines.get(i), i + 1, format, header, spun, original, count);
            }
        }
        return list;
    }

    private void row(String line, int number, CSVFormat format, List<String> header, int spun, int original, int count) {
        List<String> fields;
        try {
            fields = fields(line, format).orElse(List.of());
        } catch (MalformedRow e) {
            problems.add(new Problem(number, e.getMessage()));
            return;
        }
        for (int column : new int[] {spun, original}) { // a row may stop before its count: then it has none
            if (column >= fields.size()) {
                problems.add(new Problem(number, "missing field '" + header.get(column) + "' (the row has " + fields.size()
                        + (fields.size() == 1 ? " field" : " fields") + ", the header " + header.size() + ")"));
                return;
            }
        }
        String spunText = fields.get(spun).strip();
        String originalText = fields.get(original).strip();
        if (spunText.isEmpty() || originalText.isEmpty()) {
            problems.add(new Problem(number, "empty " + (spunText.isEmpty() ? "spun" : "original") + " phrase (column '"
                    + header.get(spunText.isEmpty() ? spun : original) + "')"));
            return;
        }
        if (words(spunText).equals(words(originalText))) {
            problems.add(new Problem(number, "identical pair '" + spunText + "' and '" + originalText + "': restores nothing"));
            return;
        }
        OptionalLong parsedCount = OptionalLong.empty();
        if (count >= 0 && count < fields.size() && !fields.get(count).isBlank()) {
            String value = fields.get(count).strip();
            if (!value.matches("[0-9]{1,18}")) {
                problems.add(new Problem(number, "bad count '" + value + "' (column '" + header.get(count)
                        + "'): expected a whole number, 0 or more"));
                return;
            }
            parsedCount = OptionalLong.of(Long.parseLong(value));
        }
        pairs.add(new Pair(spunText, originalText, parsedCount, number));
    }

    /** A line's fields, or empty for a line of no fields; a broken line (an unbalanced quote) is a problem. */
    private static Optional<List<String>> fields(String line, CSVFormat format) throws MalformedRow {
        try (CSVParser parser = CSVParser.parse(line, format)) {
            List<CSVRecord> records = parser.getRecords();
            return records.isEmpty() ? Optional.empty() : Optional.of(records.get(0).toList());
        } catch (IOException | UncheckedIOException e) {
            String message = String.valueOf(e.getMessage());
            throw new MalformedRow(message.contains("EOF reached before encapsulated token finished")
                    ? "unbalanced quote: a field opened with '\"' is never closed"
                    : "cannot be read as " + (format.getDelimiterString().equals("\t") ? "TSV" : "CSV") + " (" + message + ")");
        }
    }

    private static final class MalformedRow extends Exception {
        MalformedRow(String message) {
            super(message);
        }
    }

    /** The normalised words of a phrase: "Deep  Learning" and "deep learning" are the same phrase. */
    private static List<String> words(String phrase) {
        return dev.unspin.text.Tokenizer.tokenize(phrase).stream().map(t -> Normalizer.normalize(t.text())).toList();
    }

    /** Tab for .tsv and .tab files, comma for .csv, otherwise whichever the header has more of. */
    private static char guessDelimiter(Path file, String header) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".tsv") || name.endsWith(".tab")) {
            return '\t';
        }
        if (name.endsWith(".csv")) {
            return ',';
        }
        return header.chars().filter(c -> c == '\t').count() >= header.chars().filter(c -> c == ',').count() ? '\t' : ',';
    }

    /** The index of the named column, or of the first known name the header has; -1 for an absent optional one. */
    private static int column(String where, List<String> header, String named, List<String> known, String option, boolean required)
            throws Unusable {
        List<String> lower = header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        if (named != null) {
            int index = lower.indexOf(named.strip().toLowerCase(Locale.ROOT));
            if (index < 0) {
                throw new Unusable(where + ": no column '" + named + "' (" + option + "); the header has " + quoted(header));
            }
            return index;
        }
        for (String name : known) {
            if (lower.contains(name)) {
                return lower.indexOf(name);
            }
        }
        if (required) {
            throw new Unusable(where + ": no column named " + String.join(", ", known.subList(0, 3)) + " or the like; the header has "
                    + quoted(header) + ": name the column with " + option);
        }
        return -1;
    }

    private static String quoted(List<String> header) {
        return String.join(", ", header.stream().map(h -> "'" + h + "'").toList());
    }
}
