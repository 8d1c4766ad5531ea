package dev.unspin.lint;

import dev.unspin.corpus.CleanText;
import dev.unspin.dictionary.Confidence;
import dev.unspin.dictionary.Entry;
import dev.unspin.engine.Engine;
import dev.unspin.engine.Finding;
import dev.unspin.engine.SpinVerdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the dictionary, as the engine applies it, over text known to be unspun. Every match there
 * is a false positive: for a {@code certain} entry, which restores unconditionally, it is an
 * error; for a {@code likely} one, a warning with the count and where, so that the author can
 * narrow the entry's conditions or lower its confidence. A {@code possible} entry is ordinary
 * English by definition and default settings apply it only in text the document evidence judges
 * spun, so only its matches in such clean texts are warned of.
 */
final class FalsePositiveGate {
    static final String FALSE_POSITIVE = "false-positive";
    private static final int CONTEXTS_SHOWN = 3;
    private static final int CONTEXT_CHARS = 30;

    private FalsePositiveGate() {
    }

    /** Where each entry in effect fires on the clean texts, by id, in the order first seen; entries that never fire are absent. */
    static Map<String, Firings> fire(Engine engine, List<CleanText> corpus) {
        Map<String, Firings> byId = new LinkedHashMap<>();
        for (CleanText clean : corpus) {
            boolean judgedSpun = engine.evidence(clean.text()).verdict() == SpinVerdict.SPUN;
            for (Finding finding : engine.find(clean.text())) {
                Firings firings = byId.computeIfAbsent(finding.entryId(),
                        id -> new Firings(finding.entry(), new ArrayList<>(), new ArrayList<>()));
                String place = place(clean, finding);
                firings.places().add(place);
                if (judgedSpun) {
                    firings.inTextJudgedSpun().add(place);
                }
            }
        }
        return byId;
    }

    static List<LintFinding> findings(Map<String, Firings> firings) {
        List<LintFinding> findings = new ArrayList<>();
        for (Firings f : firings.values()) {
            if (f.entry().confidence() != Confidence.POSSIBLE) {
                findings.add(finding(f.entry(), f.places(), ""));
            } else if (!f.inTextJudgedSpun().isEmpty()) {
                findings.add(finding(f.entry(), f.inTextJudgedSpun(), " judged spun, where default settings apply possible entries"));
            }
        }
        return findings;
    }

    /** One entry's matches on clean text, each as a place with context, and those in texts the evidence judges spun. */
    record Firings(Entry entry, List<String> places, List<String> inTextJudgedSpun) {
    }

    private static LintFinding finding(Entry entry, List<String> places, String where) {
        boolean certain = entry.confidence() == Confidence.CERTAIN;
        StringBuilder message = new StringBuilder("fires ").append(places.size()).append(places.size() == 1 ? " time" : " times")
                .append(" on clean text").append(where);
        message.append(certain ? " although it is certain (lower its confidence or add conditions)" : "");
        message.append(": ").append(String.join("; ", places.subList(0, Math.min(CONTEXTS_SHOWN, places.size()))));
        if (places.size() > CONTEXTS_SHOWN) {
            message.append("; and ").append(places.size() - CONTEXTS_SHOWN).append(" more");
        }
        return Findings.at(entry, certain ? Severity.ERROR : Severity.WARNING, message.toString(), FALSE_POSITIVE);
    }

    /** "corpus/a.txt:12 "…the navy [officers] said…"", the match bracketed within its line. */
    private static String place(CleanText clean, Finding finding) {
        String text = clean.text();
        int lineStart = Math.max(text.lastIndexOf('\n', finding.start() - 1) + 1, 0);
        int lineEnd = text.indexOf('\n', finding.end());
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        int line = 1 + (int) text.substring(0, finding.start()).chars().filter(c -> c == '\n').count();
        int from = Math.max(lineStart, finding.start() - CONTEXT_CHARS);
        while (from > lineStart && from < finding.start() && !Character.isWhitespace(text.charAt(from - 1))) {
            from++; // whole words only
        }
        int to = Math.min(lineEnd, finding.end() + CONTEXT_CHARS);
        while (to < lineEnd && to > finding.end() && !Character.isWhitespace(text.charAt(to))) {
            to--;
        }
        String context = (from > lineStart ? "…" : "") + text.substring(from, finding.start()).stripLeading()
                + "[" + finding.spun() + "]" + text.substring(finding.end(), to).stripTrailing() + (to < lineEnd ? "…" : "");
        return clean.name() + ":" + line + " \"" + context.replace('\r', ' ') + "\"";
    }
}
