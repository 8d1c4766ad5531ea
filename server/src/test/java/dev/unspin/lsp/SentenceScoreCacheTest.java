package dev.unspin.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.unspin.context.MaskedLanguageModel.Gap;
import dev.unspin.context.MaskedLanguageModel.Passage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A gap's scores are kept by its own sentence: what lies beyond it does not make it a new gap. */
class SentenceScoreCacheTest {
    private static final List<String> WORDS = List.of("convention", "conference");

    @Test
    void aGapIsKeyedByTheSentenceAroundIt() {
        SentenceScoreCache.Key key = SentenceScoreCache.Key.of(new Gap("Kirby spoke. Mr. Blinken said at a news ",
                " in Prague. \"Then\" he left.", WORDS));
        assertEquals(new SentenceScoreCache.Key("Blinken said at a news ", " in Prague.", List.of(""), List.of(WORDS)), key);
    }

    @Test
    void anEditInAnotherSentenceLeavesTheKeyAsItWas() {
        Gap before = new Gap("It rained. He said at a news ", " in Prague. They left.", WORDS);
        Gap edited = new Gap("It also rained! He said at a news ", " in Prague. They left at once.", WORDS);
        assertEquals(SentenceScoreCache.Key.of(before), SentenceScoreCache.Key.of(edited));
    }

    @Test
    void anEditInTheGapsSentenceMakesANewKey() {
        Gap before = new Gap("It rained. He said at a news ", " in Prague.", WORDS);
        Gap edited = new Gap("It rained. He also said at a news ", " in Prague.", WORDS);
        assertNotEquals(SentenceScoreCache.Key.of(before), SentenceScoreCache.Key.of(edited));
    }

    @Test
    void quotesAndBracketsCloseASentence() {
        assertEquals("He said at a ", SentenceScoreCache.Key.of(new Gap("\"It rained.\" He said at a ", "", WORDS)).before());
        assertEquals("He said at a ", SentenceScoreCache.Key.of(new Gap("(It rained.) He said at a ", "", WORDS)).before());
    }

    @Test
    void aPassageIsKeyedByItsSentenceAndEveryWordBetweenItsGaps() {
        Passage passage = new Passage(List.of("It rained. He said at a ", " ", " in Prague. They left."),
                List.of("information", "convention"), List.of(WORDS, WORDS));
        Passage neighbourEdited = new Passage(List.of("It also rained! He said at a ", " ", " in Prague. They left at once."),
                List.of("information", "convention"), List.of(WORDS, WORDS));
        Passage betweenEdited = new Passage(List.of("It rained. He said at a ", " big ", " in Prague. They left."),
                List.of("information", "convention"), List.of(WORDS, WORDS));
        assertEquals(SentenceScoreCache.Key.of(passage), SentenceScoreCache.Key.of(neighbourEdited));
        assertNotEquals(SentenceScoreCache.Key.of(passage), SentenceScoreCache.Key.of(betweenEdited));
    }
}
