package dev.unspin.context.evaluation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DefaultModeCheckTest {
    @Test
    void holdsWhileTheStageAddsAtMostAQuarterOfAChangePerThousandCleanWords() {
        assertTrue(new DefaultModeCheck.Outcome(9000, 1, 3, 0, 0).holds(), "2 extra in 9,000 words: 0.22 per 1,000");
        assertFalse(new DefaultModeCheck.Outcome(9000, 1, 4, 0, 0).holds(), "3 extra in 9,000 words: 0.33 per 1,000");
    }

    @Test
    void failsOnAnyFalseChangeToTheTuningSeedThatTheDictionaryAloneDoesNotMake() {
        assertTrue(new DefaultModeCheck.Outcome(9000, 0, 0, 2, 2).holds());
        assertFalse(new DefaultModeCheck.Outcome(9000, 0, 0, 2, 3).holds());
    }
}
