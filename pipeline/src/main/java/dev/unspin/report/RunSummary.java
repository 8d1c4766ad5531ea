package dev.unspin.report;

import dev.unspin.dictionary.Confidence;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The totals of one {@code check} run, added up as files are reported. */
public final class RunSummary {
    private int files;
    private int filesWithFindings;
    private long words;
    private int skipped;
    private int errors;
    private final Map<Confidence, Integer> counts = new EnumMap<>(Confidence.class);

    public RunSummary() {
        for (Confidence c : Confidence.values()) {
            counts.put(c, 0);
        }
    }

    public void add(FileReport report) {
        files++;
        words += report.words();
        if (!report.findings().isEmpty()) {
            filesWithFindings++;
        }
        report.countsByConfidence().forEach((c, n) -> counts.merge(c, n, Integer::sum));
    }

    public void addProblem(boolean error) {
        if (error) {
            errors++;
        } else {
            skipped++;
        }
    }

    public int files() {
        return files;
    }

    public int filesWithFindings() {
        return filesWithFindings;
    }

    public long words() {
        return words;
    }

    public int skipped() {
        return skipped;
    }

    public int errors() {
        return errors;
    }

    public int findings() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    public Map<Confidence, Integer> countsByConfidence() {
        return Collections.unmodifiableMap(counts);
    }

    /** Spun phrasings per 1,000 words over the whole run. */
    public double spinScore() {
        return words == 0 ? 0 : findings() * 1000.0 / words;
    }
}
