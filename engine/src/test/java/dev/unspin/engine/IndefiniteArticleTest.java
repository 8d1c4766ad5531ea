package dev.unspin.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unspin.dictionary.Confidence;
import dev.unspin.dictionary.Dictionary;
import dev.unspin.dictionary.DictionaryFormatException;
import dev.unspin.dictionary.DictionaryParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndefiniteArticleTest {
    private static final Engine ENGINE = engine("""
            information convention => news conference ; certain
            protection secretary => defense secretary | former official ; certain
            assist => aide ; certain
            helping => aid | support ; certain
            """);

    private static Engine engine(String dictionary) {
        try {
            return new Engine(Dictionary.of(DictionaryParser.parse("test.unspin", dictionary)));
        } catch (DictionaryFormatException e) {
            throw new AssertionError(e);
        }
    }

    private static String restore(String text) {
        return ENGINE.restore(text, Confidence.POSSIBLE).text();
    }

    @Test
    void judgesTheSoundFromTheSpelling() {
        for (String word : List.of("apple", "hour", "honest", "heir", "FBI", "MP", "Iraq", "order")) {
            assertTrue(IndefiniteArticle.takesAn(word, false), word);
        }
        for (String word : List.of("news", "university", "European", "one-off", "useful", "NATO", "house", "B-52")) {
            assertFalse(IndefiniteArticle.takesAn(word, false), word);
        }
        assertFalse(IndefiniteArticle.takesAn("NEWS", true), "in capitals throughout, a short word is still a word");
    }

    @Test
    void restoringAPhrasingFixesTheArticleBeforeIt() {
        assertEquals("They held a news conference.", restore("They held an information convention."));
        assertEquals("A news conference began.", restore("An information convention began."));
        assertEquals("A NEWS CONFERENCE BEGAN.", restore("AN INFORMATION CONVENTION BEGAN."));
        assertEquals("It was a\nnews conference.", restore("It was an\ninformation convention."));
        assertEquals("an aide", restore("an assist"), "both begin with a vowel: the article stays");
    }

    @Test
    void theFindingTakesInTheArticleOnlyWhenItChanges() {
        Finding finding = ENGINE.find("They held an information convention.", Confidence.POSSIBLE).get(0);
        assertEquals("an information convention", finding.spun());
        assertEquals(List.of("a news conference"), finding.replacements());
        assertEquals(10, finding.start());
        Finding unchanged = ENGINE.find("an assist", Confidence.POSSIBLE).get(0);
        assertEquals("assist", unchanged.spun());
        Finding alternatives = ENGINE.find("an protection secretary", Confidence.POSSIBLE).get(0);
        assertEquals("protection secretary", alternatives.spun(), "the article disagrees already: not the phrasing's business");
        assertEquals(List.of("defense secretary", "former official"),
                ENGINE.find("a protection secretary", Confidence.POSSIBLE).get(0).replacements(), "both keep 'a'");
        assertEquals(List.of("an aid", "a support"), ENGINE.find("a helping", Confidence.POSSIBLE).get(0).replacements(),
                "each alternative gets its own article");
    }

    @Test
    void leavesArticlesAcrossParagraphsOrInsideAnotherFindingAlone() {
        assertEquals("It was an\n\nnews conference.", restore("It was an\n\ninformation convention."));
    }
}
