package dev.unspin.context.evaluation;

import dev.unspin.context.ContextualStage;
import dev.unspin.engine.Engine;
import java.util.List;

/**
 * What the default mode (the dictionary, then the contextual stage) changes where nothing was
 * spun, with the finder cut at a threshold: the threshold a detector may take must keep clean text
 * that it never saw nearly as the dictionary alone keeps it, and must not cost the tuning seed,
 * which the dictionary restores, a word the dictionary alone leaves right. One 850-word seed cannot
 * see either: a single false change there is already more than 1 per 1,000.
 */
final class DefaultModeCheck {
    /** The most words per 1,000 of the clean texts the stage may change beyond what the dictionary alone changes. */
    static final double MAX_EXTRA_CLEAN_PER_THOUSAND = 0.25;

    private final Engine fast;
    private final ContextualStage stage;
    private final List<String> clean;
    private final DetectorTraining.Seed tuning;
    private final int cleanWords;
    private final int fastCleanChanges;
    private final int fastTuningFalseEdits;

    DefaultModeCheck(Engine fast, ContextualStage stage, List<String> clean, DetectorTraining.Seed tuning) {
        this.fast = fast;
        this.stage = stage;
        this.clean = List.copyOf(clean);
        this.tuning = tuning;
        int words = 0;
        int changes = 0;
        for (String text : clean) {
            ReferenceScore score = ReferenceScore.of(text, text, fast.restore(text).text());
            words += score.unspun();
            changes += score.falseEdits();
        }
        this.cleanWords = words;
        this.fastCleanChanges = changes;
        this.fastTuningFalseEdits = ReferenceScore.of(tuning.spun(), tuning.reference(), fast.restore(tuning.spun()).text()).falseEdits();
    }

    /** The figures of the default mode with the finder cut at {@code threshold}. */
    record Outcome(int cleanWords, int fastCleanChanges, int cleanChanges, int fastTuningFalseEdits, int tuningFalseEdits) {
        boolean holds() {
            return (cleanChanges - fastCleanChanges) * 1000.0 / cleanWords <= MAX_EXTRA_CLEAN_PER_THOUSAND
                    && tuningFalseEdits <= fastTuningFalseEdits;
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "default mode: %d changes in %d words of held-back clean text (dictionary alone %d),"
                    + " %d false changes on the tuning seed (dictionary alone %d)", cleanChanges, cleanWords, fastCleanChanges,
                    tuningFalseEdits, fastTuningFalseEdits);
        }
    }

    Outcome at(ThresholdedFinder finder, double threshold) {
        Engine deep = fast.withSupplement(stage.supplementWith(finder.at(threshold)));
        int changes = 0;
        for (String text : clean) {
            changes += ReferenceScore.of(text, text, deep.restore(text).text()).falseEdits();
        }
        int tuningFalse = ReferenceScore.of(tuning.spun(), tuning.reference(), deep.restore(tuning.spun()).text()).falseEdits();
        return new Outcome(cleanWords, fastCleanChanges, changes, fastTuningFalseEdits, tuningFalse);
    }
}
