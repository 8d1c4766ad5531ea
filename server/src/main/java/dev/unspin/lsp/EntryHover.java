package dev.unspin.lsp;

import dev.unspin.dictionary.Condition;
import dev.unspin.dictionary.DictionaryFormatException;
import dev.unspin.dictionary.DictionaryParser;
import dev.unspin.dictionary.Entry;
import dev.unspin.dictionary.Evidence;
import dev.unspin.dictionary.SourceLocation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;

/**
 * The hover on an entry line of a dictionary file: the mapping, its confidence and conditions,
 * where it is attested, and how often it fires on clean text when that was measured.
 */
final class EntryHover {
    private EntryHover() {
    }

    /**
     * @param name         the file's name as the lint knows it
     * @param cleanFirings how often entries fire on clean text, and over how many texts; null when not measured
     * @return null on a comment, a blank line or a line that does not parse
     */
    static Hover of(OpenDocument document, int line, String name, Firings cleanFirings, PositionEncoding encoding,
            boolean markdown) {
        if (line < 0 || line >= document.lines().lineCount()) {
            return null;
        }
        int start = document.lines().lineStart(line);
        int end = document.lines().lineEnd(line);
        String text = document.text().substring(start, end);
        if (text.isBlank() || text.strip().startsWith("#")) {
            return null;
        }
        Entry entry;
        try {
            entry = DictionaryParser.parseLine(name, line + 1, text);
        } catch (DictionaryFormatException e) {
            return null; // its diagnostic says what is wrong
        }
        String b = markdown ? "**" : "";
        String c = markdown ? "`" : "";
        StringBuilder out = new StringBuilder();
        out.append(b).append("unspin entry").append(b).append(" ").append(c).append(entry.id()).append(c).append(": ")
                .append(DiagnosticFactory.quote(entry.spun())).append(" \u2192 ")
                .append(b).append(entry.preferredOriginal()).append(b);
        if (entry.originals().size() > 1) {
            out.append("\n\nAlternatives: ").append(entry.originals().subList(1, entry.originals().size()).stream()
                    .map(DiagnosticFactory::quote).collect(Collectors.joining(", ")));
        }
        out.append("\n\nConfidence: ").append(entry.confidence().label()).append(" \u00B7 ").append(entry.conditions().isEmpty()
                ? "no conditions"
                : "conditions: " + entry.conditions().stream().map(Condition::source).map(s -> c + s + c)
                        .collect(Collectors.joining(", ")));
        out.append("\n\n").append(attested(entry.evidence(), c));
        entry.example().ifPresent(example -> out.append("\n\nExample: ").append(example));
        if (cleanFirings != null) {
            int count = cleanFirings.counts().getOrDefault(entry.location(), 0);
            out.append("\n\nClean text: ").append(count == 0 ? "never fires" : "fires " + count + (count == 1 ? " time" : " times"))
                    .append(" in ").append(cleanFirings.texts()).append(cleanFirings.texts() == 1 ? " clean text" : " clean texts");
        }
        int first = start + (text.length() - text.stripLeading().length());
        int last = start + text.stripTrailing().length();
        Hover hover = new Hover(new MarkupContent(markdown ? MarkupKind.MARKDOWN : MarkupKind.PLAINTEXT, out.toString()));
        hover.setRange(document.lines().range(first, last, encoding));
        return hover;
    }

    /** "Attested in `a.txt` (lines 1, 3) and `b.txt` (line 7)", from the entry's seen: field. */
    private static String attested(List<Evidence> evidence, String c) {
        if (evidence.isEmpty()) {
            return "Not attested: the entry has no seen: evidence";
        }
        Map<String, TreeSet<Integer>> lines = new LinkedHashMap<>();
        evidence.forEach(e -> lines.computeIfAbsent(e.source(), s -> new TreeSet<>()).add(e.line()));
        List<String> sources = lines.entrySet().stream().map(e -> c + e.getKey() + c + " ("
                + (e.getValue().size() == 1 ? "line " : "lines ")
                + e.getValue().stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")").toList();
        String joined = sources.size() == 1 ? sources.get(0)
                : String.join(", ", sources.subList(0, sources.size() - 1)) + " and " + sources.get(sources.size() - 1);
        return "Attested in " + joined;
    }

    /**
     * What the false-positive gate measured.
     *
     * @param counts how often each entry fires, by where it is defined (never-firing ones absent)
     * @param texts  how many clean texts were read
     */
    record Firings(Map<SourceLocation, Integer> counts, int texts) {
    }
}
