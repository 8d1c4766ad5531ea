package dev.unspin.context;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SentencesTest {
    @Test
    void aSentenceEndsAtItsMarkAndClosingQuotesAndANewLineStartsOne() {
        String text = "He left. “Why?” she asked.\nThen";
        int[] starts = Sentences.starts(text);
        assertArrayEquals(new int[] {0, 9, 16, 27}, starts);
        assertEquals(1, Sentences.of(starts, text.indexOf("Why")));
        assertEquals(3, Sentences.of(starts, text.indexOf("Then")));
    }

    @Test
    void keepsTheLastSentenceBeforeAGapAndTheFirstAfterIt() {
        assertEquals("She said at a ", Sentences.last("He left. She said at a "));
        assertEquals(" conference in Prague.", Sentences.first(" conference in Prague. Then he left."));
        assertEquals("no end here", Sentences.first("no end here"));
    }
}
