package dev.unspin.dictionary;

import dev.unspin.text.Normalizer;
import dev.unspin.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses the line-based dictionary format:
 *
 * <pre>
 * # comment
 * spun phrasing => original [| alternative ...] [; field]...
 * </pre>
 *
 * where each field is a confidence ({@code certain}, {@code likely}, {@code possible}) or
 * {@code key: value} with key {@code id}, {@code prev}, {@code next}, {@code not-prev},
 * {@code not-next}, {@code pos}, {@code not-pos} (universal part-of-speech tags, as in
 * {@code pos: NOUN|PROPN}), {@code near}, {@code not-near} (words within a window, as in
 * {@code not-near: outer|orbit within 8}; default {@value Condition.Nearby#DEFAULT_WINDOW} words),
 * {@code sentence-initial} and {@code proper-name} ({@code yes} or {@code no}), {@code example}
 * or {@code seen}. A value may be written in double quotes
 * (with {@code \"} and {@code \\} escapes) to contain a semicolon.
 */
public final class DictionaryParser {
    public static final String ARROW = "=>";
    /** Error code of an entry whose original is its own spun phrasing. */
    public static final String IDENTITY = "identity";
    /** Error code of an id defined twice in one file. */
    public static final String DUPLICATE_ID = "duplicate-id";
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    /**
     * The longest line accepted, in characters. Shipped entries stay under 500; a longer line is
     * almost surely not a dictionary at all, and refusing it bounds the parser's and the matcher's
     * cost per entry whatever the file holds.
     */
    public static final int MAX_LINE_LENGTH = 10_000;
    // Compiled once: String.split and matches compile their pattern on every call.
    private static final Pattern LINE_END = Pattern.compile("\r?\n|\r");
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Pattern WINDOW = Pattern.compile("[1-9][0-9]{0,2}");

    private final String fileName;

    private DictionaryParser(String fileName) {
        this.fileName = fileName;
    }

    /** Parses a whole file's text; {@code fileName} is used in entries' locations and in errors. */
    public static List<Entry> parse(String fileName, String content) throws DictionaryFormatException {
        return new DictionaryParser(fileName).parseAll(content);
    }

    private List<Entry> parseAll(String content) throws DictionaryFormatException {
        List<Entry> entries = new ArrayList<>();
        Map<String, SourceLocation> ids = new HashMap<>();
        String[] lines = LINE_END.split(content, -1);
        for (int index = 0; index < lines.length; index++) {
            String line = lines[index];
            checkPlainText(line, index + 1);
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            Entry entry = parseEntry(line, index + 1);
            SourceLocation first = ids.putIfAbsent(entry.id(), entry.location());
            if (first != null) {
                throw new DictionaryFormatException(entry.location(),
                        "duplicate id '" + shown(entry.id()) + "' (first defined at " + first
                                + "); give one of the entries its own 'id: ...'", DUPLICATE_ID);
            }
            entries.add(entry);
        }
        return entries;
    }

    /** Parses one entry line; {@code lineNumber} is 1-based. */
    public static Entry parseLine(String fileName, int lineNumber, String line) throws DictionaryFormatException {
        return new DictionaryParser(fileName).parseEntry(line, lineNumber);
    }

    /** Refuses lines too long to be entries and control characters, which no text editor shows. */
    private void checkPlainText(String line, int lineNumber) throws DictionaryFormatException {
        if (line.length() > MAX_LINE_LENGTH) {
            throw error(lineNumber, MAX_LINE_LENGTH + 1, "line of " + line.length() + " characters, longer than the "
                    + MAX_LINE_LENGTH + " a dictionary line may have: one entry is one short line");
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < 0x20 && c != '\t') {
                throw error(lineNumber, i + 1, String.format("control character U+%04X%s: a dictionary is plain text",
                        (int) c, c == 0 ? " (NUL byte)" : ""));
            }
        }
    }

    private Entry parseEntry(String line, int lineNumber) throws DictionaryFormatException {
        checkPlainText(line, lineNumber);
        int arrow = line.indexOf(ARROW);
        int firstColumn = firstNonBlank(line, 0) + 1;
        if (arrow < 0) {
            throw error(lineNumber, firstColumn,
                    "expected '" + ARROW + "' between the spun phrasing and its original, as in 'mentioned => said ; likely'");
        }
        String spun = line.substring(0, arrow).strip();
        if (spun.isEmpty()) {
            throw error(lineNumber, firstColumn, "missing spun phrasing before '" + ARROW + "'");
        }
        requireWord(spun, lineNumber, firstColumn, "the spun phrasing");

        int fieldsStart = indexOfUnquoted(line, ';', arrow + ARROW.length());
        int originalsEnd = fieldsStart < 0 ? line.length() : fieldsStart;
        List<String> originals = parseOriginals(line, arrow + ARROW.length(), originalsEnd, lineNumber);

        Fields fields = new Fields(spun);
        int position = fieldsStart;
        while (position >= 0) {
            int next = indexOfUnquoted(line, ';', position + 1);
            int end = next < 0 ? line.length() : next;
            parseField(line, position + 1, end, lineNumber, fields);
            position = next;
        }
        if (spun.equals(originals.get(0))) {
            throw new DictionaryFormatException(new SourceLocation(fileName, lineNumber, firstColumn),
                    "the entry maps '" + shown(spun) + "' to itself", IDENTITY);
        }
        return new Entry(fields.id, spun, originals, fields.confidence, fields.conditions,
                Optional.ofNullable(fields.example), fields.evidence,
                new SourceLocation(fileName, lineNumber, firstColumn));
    }

    private List<String> parseOriginals(String line, int from, int to, int lineNumber) throws DictionaryFormatException {
        List<String> originals = new ArrayList<>();
        int start = from;
        while (start <= to) {
            int bar = line.indexOf('|', start);
            int end = bar < 0 || bar > to ? to : bar;
            String original = line.substring(start, end).strip();
            int column = firstNonBlank(line, start) + 1;
            if (original.isEmpty()) {
                throw error(lineNumber, Math.min(column, to + 1),
                        originals.isEmpty() ? "missing original after '" + ARROW + "'" : "empty alternative after '|'");
            }
            requireWord(original, lineNumber, column, "the original");
            originals.add(original);
            start = end + 1;
        }
        return originals;
    }

    private void parseField(String line, int from, int to, int lineNumber, Fields fields)
            throws DictionaryFormatException {
        String field = line.substring(from, to).strip();
        int column = firstNonBlank(line, from) + 1;
        if (field.isEmpty()) {
            throw error(lineNumber, Math.min(column, to + 1), "empty field between ';'");
        }
        int colon = field.indexOf(':');
        if (colon < 0) {
            Confidence confidence = Confidence.parse(field).orElseThrow(() -> error(lineNumber, column,
                    "unknown field '" + shown(field) + "': expected a confidence (certain, likely, possible) or key: value"));
            if (fields.confidenceSet) {
                throw error(lineNumber, column, "confidence given twice");
            }
            fields.confidence = confidence;
            fields.confidenceSet = true;
            return;
        }
        String key = field.substring(0, colon).strip();
        int valueOffset = line.indexOf(':', from) + 1;
        int valueColumn = firstNonBlank(line, valueOffset) + 1;
        String value = unquote(field.substring(colon + 1).strip(), lineNumber, valueColumn);
        if (value.isEmpty()) {
            throw error(lineNumber, valueColumn, "missing value for '" + shown(key) + "'");
        }
        switch (key) {
            case "id" -> {
                if (!ID.matcher(value).matches()) {
                    throw error(lineNumber, valueColumn,
                            "invalid id '" + shown(value) + "': use lower-case letters, digits, '.', '_' and '-'");
                }
                fields.id = value;
            }
            case "prev", "next", "not-prev", "not-next" -> fields.conditions.add(neighbour(key, value));
            case "pos", "not-pos" -> fields.conditions.add(partOfSpeech(key, value, lineNumber, valueColumn));
            case "near", "not-near" -> fields.conditions.add(nearby(key, value, lineNumber, valueColumn));
            case "sentence-initial" -> fields.conditions.add(
                    new Condition.SentenceInitial(yesOrNo(key, value, lineNumber, valueColumn)));
            case "proper-name" -> fields.conditions.add(
                    new Condition.ProperName(yesOrNo(key, value, lineNumber, valueColumn)));
            case "example" -> fields.example = value;
            case "seen" -> fields.evidence.addAll(evidence(value, lineNumber, valueColumn));
            default -> throw error(lineNumber, column, "unknown key '" + shown(key) + "': expected id, prev, next, not-prev,"
                    + " not-next, pos, not-pos, near, not-near, sentence-initial, proper-name, example or seen");
        }
    }

    private Condition partOfSpeech(String key, String value, int lineNumber, int column)
            throws DictionaryFormatException {
        Set<String> tags = new LinkedHashSet<>();
        int offset = 0;
        for (String part : value.split("\\|", -1)) {
            String tag = part.strip();
            if (!Condition.UNIVERSAL_TAGS.contains(tag)) {
                throw error(lineNumber, column + offset + leadingBlanks(part), "unknown part of speech '" + tag
                        + "' in '" + shown(key) + "': expected universal tags such as NOUN, VERB, AUX, ADJ, ADV, PROPN");
            }
            tags.add(tag);
            offset += part.length() + 1;
        }
        return new Condition.PartOfSpeech(key.startsWith("not-"), tags);
    }

    /** {@code word|word [within N]}: single words, and an optional window in words. */
    private Condition nearby(String key, String value, int lineNumber, int column) throws DictionaryFormatException {
        int window = Condition.Nearby.DEFAULT_WINDOW;
        String words = value;
        int[] within = withinClause(value);
        if (within != null) {
            words = value.substring(0, within[0]);
            String number = value.substring(within[1]).strip();
            int numberColumn = column + within[1];
            if (!WINDOW.matcher(number).matches()) {
                throw error(lineNumber, numberColumn, "invalid window '" + shown(number) + "' in '" + key
                        + "': expected a number of words from 1 to 999, as in 'within 8'");
            }
            window = Integer.parseInt(number);
        }
        Set<String> set = new LinkedHashSet<>();
        int offset = 0;
        for (String part : words.split("\\|", -1)) {
            String word = part.strip();
            int wordColumn = column + offset + leadingBlanks(part);
            if (word.isEmpty()) {
                throw error(lineNumber, wordColumn, "empty word in '" + shown(key) + "'");
            }
            if (Tokenizer.tokenize(word).size() != 1) {
                throw error(lineNumber, wordColumn, "'" + shown(word) + "' in '" + shown(key) + "' is not a single word");
            }
            set.add(Normalizer.normalize(word));
            offset += part.length() + 1;
        }
        return new Condition.Nearby(key.startsWith("not-"), set, window);
    }

    /**
     * Where a trailing {@code within N} starts (its leading blanks) and where N starts, or null.
     * Scanned by hand: a regular expression searched over a value of many blanks took quadratic time.
     */
    private static int[] withinClause(String value) {
        int end = value.length();
        while (end > 0 && Character.isWhitespace(value.charAt(end - 1))) {
            end--;
        }
        int numberStart = end;
        while (numberStart > 0 && !Character.isWhitespace(value.charAt(numberStart - 1))) {
            numberStart--;
        }
        int keywordEnd = numberStart;
        while (keywordEnd > 0 && Character.isWhitespace(value.charAt(keywordEnd - 1))) {
            keywordEnd--;
        }
        int keywordStart = keywordEnd - "within".length();
        if (numberStart == end || keywordEnd == numberStart || keywordStart < 1
                || !value.startsWith("within", keywordStart) || !Character.isWhitespace(value.charAt(keywordStart - 1))) {
            return null;
        }
        int blanks = keywordStart;
        while (blanks > 0 && Character.isWhitespace(value.charAt(blanks - 1))) {
            blanks--;
        }
        return new int[] {blanks, numberStart};
    }

    private boolean yesOrNo(String key, String value, int lineNumber, int column) throws DictionaryFormatException {
        return switch (value) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw error(lineNumber, column, "invalid value '" + shown(value) + "' for '" + shown(key) + "': expected yes or no");
        };
    }

    private static int leadingBlanks(String part) {
        return firstNonBlank(part, 0);
    }

    private static Condition neighbour(String key, String value) {
        boolean negated = key.startsWith("not-");
        Condition.Side side = key.endsWith("prev") ? Condition.Side.PREVIOUS : Condition.Side.NEXT;
        Set<String> words = new LinkedHashSet<>();
        for (String word : value.split("\\|")) {
            if (!word.isBlank()) {
                words.add(String.join(" ", Tokenizer.tokenize(word).stream().map(t -> t.normalized()).toList()));
            }
        }
        return new Condition.Neighbour(side, negated, words);
    }

    /**
     * Evidence is written "source:line,line source:line", sources without spaces. Read without
     * regular expressions: the shipped dictionary has one on nearly every line, and a fresh JVM
     * interprets the regex engine slowly at every start.
     */
    private List<Evidence> evidence(String value, int lineNumber, int column) throws DictionaryFormatException {
        List<Evidence> result = new ArrayList<>();
        for (String item : BLANKS.split(value.strip())) {
            int colon = item.lastIndexOf(':');
            String lines = colon < 0 ? "" : item.substring(colon + 1);
            if (colon < 1 || !isLineList(lines)) {
                throw error(lineNumber, column + value.indexOf(item),
                        "invalid evidence '" + shown(item) + "': expected source:line[,line...]");
            }
            String source = item.substring(0, colon);
            for (String number : lines.split(",")) {
                result.add(new Evidence(source, Integer.parseInt(number)));
            }
        }
        return result;
    }

    /** "12" or "1,3,15": line numbers from 1, no leading zeros, at most 9 digits each. */
    private static boolean isLineList(String lines) {
        int digits = 0;
        for (int i = 0; i < lines.length(); i++) {
            char c = lines.charAt(i);
            if (c == ',' && digits > 0) {
                digits = 0;
            } else if (c >= '0' && c <= '9' && (digits > 0 || c != '0') && digits < 9) {
                digits++;
            } else {
                return false;
            }
        }
        return digits > 0;
    }

    private String unquote(String value, int lineNumber, int column) throws DictionaryFormatException {
        if (!value.startsWith("\"")) {
            return value;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                out.append(value.charAt(++i));
            } else if (c == '"') {
                if (i != value.length() - 1) {
                    throw error(lineNumber, column + i + 1, "unexpected text after the closing quote");
                }
                return out.toString();
            } else {
                out.append(c);
            }
        }
        throw error(lineNumber, column, "unterminated quoted value: add the closing '\"'");
    }

    private void requireWord(String phrase, int lineNumber, int column, String what) throws DictionaryFormatException {
        if (Tokenizer.tokenize(phrase).stream().noneMatch(t -> t.word())) {
            throw error(lineNumber, column, what + " '" + shown(phrase) + "' has no word in it");
        }
    }

    /** Index of {@code c} at or after {@code from}, skipping double-quoted stretches. */
    private static int indexOfUnquoted(String line, char c, int from) {
        boolean quoted = false;
        for (int i = from; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted && ch == '\\') {
                i++;
            } else if (ch == '"') {
                quoted = !quoted;
            } else if (ch == c && !quoted) {
                return i;
            }
        }
        return -1;
    }

    private static int firstNonBlank(String line, int from) {
        int i = from;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Text quoted in a message, shortened in the middle: a message is read, not the whole line. */
    static String shown(String text) {
        return text.length() <= 60 ? text : text.substring(0, 40) + "…" + text.substring(text.length() - 15);
    }

    private DictionaryFormatException error(int line, int column, String message) {
        return new DictionaryFormatException(new SourceLocation(fileName, line, column), message);
    }

    /** Default id: the spun phrasing in lower case, with runs of other characters as '-'. */
    public static String defaultId(String spun) {
        String normalized = Normalizer.normalize(spun);
        StringBuilder slug = new StringBuilder(normalized.length());
        for (int i = 0; i < normalized.length(); ) {
            int c = normalized.codePointAt(i);
            int type = Character.getType(c);
            if (Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                    || type == Character.OTHER_NUMBER) {
                slug.appendCodePoint(c);
            } else if (slug.length() > 0 && slug.charAt(slug.length() - 1) != '-') {
                slug.append('-');
            }
            i += Character.charCount(c);
        }
        if (slug.length() > 0 && slug.charAt(slug.length() - 1) == '-') {
            slug.setLength(slug.length() - 1);
        }
        return slug.length() == 0 ? "entry" : slug.toString();
    }

    private static final class Fields {
        String id;
        Confidence confidence = Confidence.LIKELY;
        boolean confidenceSet;
        final List<Condition> conditions = new ArrayList<>();
        String example;
        final List<Evidence> evidence = new ArrayList<>();

        Fields(String spun) {
            id = defaultId(spun);
        }
    }
}
