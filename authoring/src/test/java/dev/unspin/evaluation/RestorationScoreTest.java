package dev.unspin.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RestorationScoreTest {
    private static final String ORIGINAL = "The White House said the policy shift was final.";
    // Words 2 ("House") and 6 ("policy") swapped.
    private static final SimulatedSpin SPIN = new SimulatedSpin(ORIGINAL, "The White Home said the coverage shift was final.",
            List.of(new SimulatedSpin.Change(2, "House", "Home"), new SimulatedSpin.Change(5, "policy", "coverage")));

    @Test
    void aFullRestorationUndoesEverySwapAndNothingElse() {
        RestorationScore score = RestorationScore.of(SPIN, ORIGINAL);
        assertEquals(new RestorationScore(9, 2, 2, 0, 0), score);
        assertEquals(1.0, score.recall());
        assertEquals(1.0, score.precision());
        assertEquals(0.0, score.falseEditsPerThousand());
    }

    @Test
    void leavingTheSpunTextAloneUndoesNothing() {
        RestorationScore score = RestorationScore.of(SPIN, SPIN.spun());
        assertEquals(new RestorationScore(9, 2, 0, 0, 0), score);
        assertEquals(0.0, score.recall());
    }

    @Test
    void countsWrongRestorationsAndChangesWhereNothingWasSpun() {
        RestorationScore score = RestorationScore.of(SPIN, "The White House stated the insurance shift was final.");
        assertEquals(new RestorationScore(9, 2, 1, 1, 1), score);
        assertEquals(0.5, score.recall());
        assertEquals(1.0 / 3, score.precision(), 1e-9);
        assertEquals(1000.0 / 7, score.falseEditsPerThousand(), 1e-9);
    }

    @Test
    void aPhraseRestoredWithAnotherNumberOfWordsCountsByItsWords() {
        SimulatedSpin spin = new SimulatedSpin("they held a news conference", "they held a information conference",
                List.of(new SimulatedSpin.Change(3, "news", "information")));
        assertEquals(new RestorationScore(5, 1, 1, 0, 0), RestorationScore.of(spin, "they held a news conference"));
        assertEquals(new RestorationScore(5, 1, 0, 1, 1), RestorationScore.of(spin, "they held a press briefing"));
    }

    @Test
    void aSwapBesideTheWordItDuplicatedCountsAsUndone() {
        // The diff aligns this as "help" inserted and the second "facilitate" deleted.
        SimulatedSpin spin = new SimulatedSpin("he can to help facilitate a cessation", "he can to facilitate facilitate a cessation",
                List.of(new SimulatedSpin.Change(3, "help", "facilitate")));
        assertEquals(new RestorationScore(7, 1, 1, 0, 0), RestorationScore.of(spin, "he can to help facilitate a cessation"));
        assertEquals(new RestorationScore(7, 1, 0, 1, 0), RestorationScore.of(spin, "he can to aid facilitate a cessation"));
    }
}
