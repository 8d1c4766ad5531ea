package dev.unspin.cli.report;

import dev.unspin.dictionary.Confidence;
import dev.unspin.engine.DocumentReport;
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
        LineIndex lines = new LineIndex(text);
        return new FileReport(path, report.words(), report.findings().stream().map(f -> LocatedFinding.of(f, lines)).toList(),
                minConfidence);
    }

    /** Spun phrasings per 1,000 words, as {@link DocumentReport#spinScore()} defines it. */
    public double spinScore() {
        return new DocumentReport(words, findings.stream().map(LocatedFinding::finding).toList()).spinScore();
    }

    public Map<Confidence, Integer> countsByConfidence() {
        Map<Confidence, Integer> counts = new EnumMap<>(Confidence.class);
        for (Confidence c : Confidence.values()) {
            counts.put(c, 0);
        }
        findings.forEach(f -> counts.merge(f.finding().confidence(), 1, Integer::sum));
        return counts;
    }
}
