package dev.unspin.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unspin.dictionary.Confidence;
import dev.unspin.dictionary.Dictionary;
import dev.unspin.dictionary.DictionaryParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineTest {

    private static Engine engine(String dictionary) {
        try {
            return new Engine(Dictionary.of(DictionaryParser.parse("test.unspin", dictionary)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String restore(Engine engine, String text) {
        return engine.restore(text, Confidence.POSSIBLE).text();
    }

    @Test
    void longestMatchWinsOverItsPrefix() {
        Engine engine = engine("""
                information => news ; possible
                information convention => news conference ; certain
                convention => conference ; possible
                """);
        List<Finding> findings = engine.find("at a information convention in Prague");
        assertEquals(1, findings.size());
        assertEquals("information convention", findings.get(0).spun());
        assertEquals("news conference", findings.get(0).replacement());
        assertEquals(Confidence.CERTAIN, findings.get(0).confidence());
    }

    @Test
    void leftmostMatchWinsOverALongerOverlappingOne() {
        Engine engine = engine("""
                navy officers => military officials
                officers mentioned => officials said
                mentioned => said
                """);
        assertEquals("U.S. military officials said", restore(engine, "U.S. navy officers mentioned"));
        List<Finding> findings = engine.find("U.S. navy officers mentioned");
        assertEquals(List.of("navy officers", "mentioned"), findings.stream().map(Finding::spun).toList());
    }

    @Test
    void findingsCarryExactOffsets() {
        Engine engine = engine("information convention => news conference ; certain");
        String text = "🚀 “a information convention”";
        Finding finding = engine.find(text).get(0);
        assertEquals("information convention", text.substring(finding.start(), finding.end()));
        assertEquals("information convention", finding.spun());
    }

    @Test
    void capitalisationCarriesOver() {
        Engine engine = engine("""
                mentioned => said
                grew to become => became
                information convention => news conference
                """);
        assertEquals("Said it. SAID it. said it.", restore(engine, "Mentioned it. MENTIONED it. mentioned it."));
        assertEquals("Became", restore(engine, "Grew to become"));
        assertEquals("News Conference", restore(engine, "Information Convention"));
        assertEquals("NEWS CONFERENCE", restore(engine, "INFORMATION CONVENTION"));
    }

    @Test
    void entriesWrittenInCapitalsKeepTheirReplacementsCase() {
        Engine engine = engine("US => United States ; certain");
        assertEquals("the United States said", restore(engine, "the US said"));
    }

    @Test
    void capitalisedEntriesOnlyMatchTheirCapitalisation() {
        Engine engine = engine("White Home => White House ; certain");
        assertEquals("the White House said", restore(engine, "the White Home said"));
        assertEquals("THE WHITE HOUSE", restore(engine, "THE WHITE HOME"));
        assertEquals("a white home", restore(engine, "a white home"));
    }

    @Test
    void straightAndCurlyApostrophesBothMatchAndKeepTheTextsStyle() {
        Engine engine = engine("it’s extremely delicate => it’s extremely sensitive\nlet's => let us");
        assertEquals("it's extremely sensitive", restore(engine, "it's extremely delicate"));
        assertEquals("it’s extremely sensitive", restore(engine, "it’s extremely delicate"));
        assertEquals("so let us go", restore(engine, "so let’s go"));
    }

    @Test
    void phrasesSpanLineBreaksButNotParagraphsOrPunctuation() {
        Engine engine = engine("information convention => news conference");
        assertEquals("a news conference", restore(engine, "a information\r\nconvention"));
        assertEquals("information\n\nconvention", restore(engine, "information\n\nconvention"));
        assertEquals("information, convention", restore(engine, "information, convention"));
    }

    @Test
    void spintaxWithBracesMatchesOnlyWhenAdjacent() {
        Engine engine = engine("{that a} => that a ; certain");
        assertEquals("making that a actuality", restore(engine, "making {that a} actuality"));
        assertEquals("{ that a }", restore(engine, "{ that a }"));
    }

    @Test
    void neighbourConditionsDecide() {
        Engine engine = engine("""
                coverage => policy ; possible ; next: shift|change
                protection => defense ; prev: missile|air ; not-next: racket
                """);
        assertEquals("a policy shift, insurance coverage", restore(engine, "a coverage shift, insurance coverage"));
        assertEquals("air defense systems, air protection racket, child protection",
                restore(engine, "air protection systems, air protection racket, child protection"));
    }

    @Test
    void neighbourConditionsMayNameSeveralWords() {
        Engine engine = engine("""
                course => direction ; prev: and the ; next: of the conflict
                """);
        assertEquals("conditions and the direction of the conflict", restore(engine, "conditions and the course of the conflict"));
        assertEquals("over the course of the conflict", restore(engine, "over the course of the conflict"));
        assertEquals("and the course of the battle", restore(engine, "and the course of the battle"));
        assertEquals("the course", restore(engine, "the course"), "at the end of the text the words are missing");
    }

    @Test
    void entriesForTheSameSpunPhraseAreTriedInOrder() {
        Engine engine = engine("""
                navy => military ; id: navy-military ; not-next: ships
                navy => navy's ; id: navy-ships ; next: ships ; possible
                """);
        List<Finding> findings = engine.find("navy actions and navy ships");
        assertEquals(List.of("navy-military", "navy-ships"), findings.stream().map(Finding::entryId).toList());
    }

    @Test
    void minimumConfidenceFiltersWhatIsApplied() {
        Engine engine = engine("""
                high diplomats => top diplomats ; certain
                mentioned => said ; possible
                """);
        String text = "high diplomats mentioned";
        assertEquals("top diplomats mentioned", engine.restore(text, Confidence.CERTAIN).text());
        assertEquals("top diplomats said", engine.restore(text, Confidence.POSSIBLE).text());
        assertEquals(1, engine.restore(text, Confidence.LIKELY).applied().size());
    }

    @Test
    void alternativesAreOfferedInOrder() {
        Engine engine = engine("Normal => General | Normal ; possible");
        Finding finding = engine.find("NATO Secretary Normal").get(0);
        assertEquals(List.of("General", "Normal"), finding.replacements());
    }

    @Test
    void wordsInsideLongerWordsDoNotMatch() {
        Engine engine = engine("vary => range");
        assertTrue(engine.find("various variables").isEmpty());
        assertTrue(engine.find("long-vary").isEmpty(), "a hyphenated word is one token");
    }
}
