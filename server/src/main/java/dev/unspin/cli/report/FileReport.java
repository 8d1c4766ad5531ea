package dev.unspin.cli.report;

import dev.unspin.dictionary.Confidence;
import dev.unspin.engine.DocumentReport;
import dev.unspin.engine.Finding;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code check} found in one input.
 *
 * @param path      the input as users name it
 * @param words     its word count
 * @param findings  its findings in text order, located
 * @param minConfidence the least sure confidence reported: the one asked for, or what the input's evidence chose
 */
public record FileReport(String path, int words, List<LocatedFinding> findings, Confidence minConfidence) {
    public FileReport {
        findings = List.copyOf(findings);
    }

    public static FileReport of(String path, String text, DocumentReport report, Confidence minConfidence) {
        return of(path, new LineIndex(text), report, minConfidence);
    }

    /** With the text's lines already worked out. */
    public static FileReport of(String path, LineIndex lines, DocumentReport report, Confidence minConfidence) {
        List<Finding> findings = report.findings();
        LocatedFinding[] located = new LocatedFinding[findings.size()]; // a loop: C1 runs a stream's steps as calls
        for (int i = 0; i < located.length; i++) {
            located[i] = LocatedFinding.of(findings.get(i), lines);
        }
        return new FileReport(path, report.words(), List.of(located), minConfidence);
    }

    /** Spun phrasings per 1,000 words, as {@link DocumentReport#spinScore()} defines it. */
    public double spinScore() {
        return new DocumentReport(words, findings.stream().map(LocatedFinding::finding).toList()).spinScore();
    }

    public Map<Confidence, Integer> countsByConfidence() {
        int[] byOrdinal = new int[Confidence.values().length];
        for (LocatedFinding f : findings) {
            byOrdinal[f.finding().confidence().ordinal()]++;
        }
        Map<Confidence, Integer> counts = new EnumMap<>(Confidence.class);
        for (Confidence c : Confidence.values()) {
            counts.put(c, byOrdinal[c.ordinal()]);
        }
        return counts;
    }
}
