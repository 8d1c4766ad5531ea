package dev.unspin.report;

import dev.unspin.check.CheckResult;
import dev.unspin.check.SourceFinding;
import dev.unspin.dictionary.Confidence;
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
    /** How standard input is named in reports and messages, as compilers do. */
    public static final String STDIN_PATH = "<stdin>";

    public FileReport {
        findings = List.copyOf(findings);
    }

    /** The check's shown findings, located by the source's lines. */
    public static FileReport of(String path, LineIndex lines, CheckResult check) {
        List<SourceFinding> findings = check.shown();
        LocatedFinding[] located = new LocatedFinding[findings.size()]; // a loop: C1 runs a stream's steps as calls
        for (int i = 0; i < located.length; i++) {
            located[i] = LocatedFinding.of(findings.get(i), lines);
        }
        return new FileReport(path, check.words(), List.of(located), check.minimum());
    }

    /** Spun phrasings per 1,000 words. */
    public double spinScore() {
        return words == 0 ? 0 : findings.size() * 1000.0 / words;
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
