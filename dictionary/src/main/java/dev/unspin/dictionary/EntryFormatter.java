package dev.unspin.dictionary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Writes an entry as one dictionary line that {@link DictionaryParser} reads back to the same entry. */
public final class EntryFormatter {
    private EntryFormatter() {
    }

    public static String format(Entry entry) {
        StringBuilder line = new StringBuilder();
        line.append(entry.spun()).append(' ').append(DictionaryParser.ARROW).append(' ')
                .append(String.join(" | ", entry.originals()))
                .append(" ; ").append(entry.confidence().label());
        if (!entry.id().equals(DictionaryParser.defaultId(entry.spun()))) {
            line.append(" ; id: ").append(entry.id());
        }
        for (Condition condition : entry.conditions()) {
            line.append(" ; ").append(condition.source());
        }
        entry.example().ifPresent(example -> line.append(" ; example: ").append(quoteIfNeeded(example)));
        if (!entry.evidence().isEmpty()) {
            line.append(" ; seen: ").append(formatEvidence(entry.evidence()));
        }
        return line.toString();
    }

    /** Groups lines by source, in order and without repeats: "a.txt:1,3 b.txt:7". */
    static String formatEvidence(List<Evidence> evidence) {
        Map<String, Set<Integer>> lines = new LinkedHashMap<>();
        for (Evidence item : evidence) {
            lines.computeIfAbsent(item.source(), s -> new TreeSet<>()).add(item.line());
        }
        List<String> groups = new ArrayList<>();
        lines.forEach((source, numbers) -> groups.add(source + ":"
                + String.join(",", numbers.stream().map(String::valueOf).toList())));
        return String.join(" ", groups);
    }

    private static String quoteIfNeeded(String value) {
        if (value.indexOf(';') < 0 && value.indexOf('"') < 0 && value.strip().equals(value)) {
            return value;
        }
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
