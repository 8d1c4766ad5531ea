package dev.unspin.context.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReferenceScoreTest {
    private static final String REFERENCE = "Military officials said the news conference on Friday was over.";
    /** Four words spun: military, officials, said, conference. */
    private static final String SPUN = "Navy officers mentioned the news convention on Friday was over.";

    @Test
    void identicalTextsHaveNoDamage() {
        ReferenceScore score = ReferenceScore.of(REFERENCE, REFERENCE, REFERENCE);
        assertEquals(new ReferenceScore(0, 0, 10, 0), score);
        assertEquals(0, score.undone());
        assertEquals(0, score.falseEditsPerThousand());
    }

    /** The score of restoring {@link #SPUN} to {@code restored}, which must be {@code expected}. */
    private static ReferenceScore restoring(String restored, ReferenceScore expected) {
        ReferenceScore score = ReferenceScore.of(SPUN, REFERENCE, restored);
        assertEquals(expected, score, restored);
        return score;
    }

    @Test
    void aRestorationEqualToTheReferenceUndoesAllTheDamage() {
        assertEquals(1.0, restoring(REFERENCE, new ReferenceScore(4, 0, 6, 0)).undone());
    }

    @Test
    void punctuationIsNotAWord() {
        restoring(REFERENCE.replace(".", "!"), new ReferenceScore(4, 0, 6, 0));
    }

    @Test
    void changingAWordThatWasNotSpunIsOneFalseEdit() {
        ReferenceScore score = restoring(REFERENCE.replace("Friday", "Monday"), new ReferenceScore(4, 1, 6, 1));
        assertEquals(0.75, score.undone(), 1e-12);
        assertEquals(1000.0 / 6, score.falseEditsPerThousand(), 1e-9);
    }

    @Test
    void aRestorationThatLeavesTheSpinHasUndoneNothing() {
        assertEquals(0, restoring(SPUN, new ReferenceScore(4, 4, 6, 0)).undone());
    }

    @Test
    void aPhraseSwapIsCountedInWordEdits() {
        // "were" spun to "had been": one word replaced and one put in.
        ReferenceScore score = ReferenceScore.of("They had been there.", "They were there.", "They were there.");
        assertEquals(new ReferenceScore(2, 0, 2, 0), score);
    }

    @Test
    void aWordPutInBesideAnUnspunWordChangesIt() {
        restoring(REFERENCE.replace("was over", "was long over"), new ReferenceScore(4, 1, 6, 1));
    }

    @Test
    void scoresAddUp() {
        ReferenceScore sum = ReferenceScore.zero().plus(new ReferenceScore(4, 1, 6, 1)).plus(new ReferenceScore(6, 0, 10, 0));
        assertEquals(new ReferenceScore(10, 1, 16, 1), sum);
        assertEquals(0.9, sum.undone(), 1e-12);
    }
}
