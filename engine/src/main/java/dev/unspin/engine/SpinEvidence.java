package dev.unspin.engine;

import dev.unspin.dictionary.Confidence;
import java.util.List;

/**
 * How strongly a document's findings, all of them, say that it was spun: their density weighted by
 * confidence. The thresholds are calibrated on the seed corpus (docs/context.md, and the figures
 * {@code SpinScoreCalibrationTest} prints).
 *
 * @param words    the document's word count
 * @param certain  findings of certain confidence
 * @param likely   findings of likely confidence
 * @param possible findings of possible confidence
 */
public record SpinEvidence(int words, int certain, int likely, int possible) {
    /** Weights per finding: a certain phrasing is practically never correct English, a possible one often is. */
    static final double CERTAIN_WEIGHT = 1.0;
    static final double LIKELY_WEIGHT = 0.5;
    static final double POSSIBLE_WEIGHT = 0.1;

    /** Below this score (weighted findings per 1,000 words) a document is clean. */
    public static final double CLEAN_BELOW = 5.0;
    /** From this score a document is spun, given enough findings to judge. */
    public static final double SPUN_FROM = 15.0;
    /** Fewer certain-or-likely findings than this never make a document spun, however short it is. */
    public static final int SPUN_MIN_FINDINGS = 3;

    public static SpinEvidence of(int words, List<Finding> findings) {
        int certain = 0;
        int likely = 0;
        int possible = 0;
        for (Finding finding : findings) {
            switch (finding.confidence()) {
                case CERTAIN -> certain++;
                case LIKELY -> likely++;
                case POSSIBLE -> possible++;
            }
        }
        return new SpinEvidence(words, certain, likely, possible);
    }

    /** Findings per 1,000 words, each weighted by its confidence. */
    public double score() {
        if (words == 0) {
            return 0;
        }
        double weighted = certain * CERTAIN_WEIGHT + likely * LIKELY_WEIGHT + possible * POSSIBLE_WEIGHT;
        return weighted * 1000.0 / words;
    }

    public SpinVerdict verdict() {
        double score = score();
        if (score < CLEAN_BELOW) {
            return SpinVerdict.CLEAN;
        }
        if (score >= SPUN_FROM && certain + likely >= SPUN_MIN_FINDINGS) {
            return SpinVerdict.SPUN;
        }
        return SpinVerdict.UNCLEAR;
    }

    /** The least sure confidence worth showing in this document. */
    public Confidence minimumShown() {
        return verdict().minimumShown();
    }
}
