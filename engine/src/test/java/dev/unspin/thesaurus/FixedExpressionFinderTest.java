package dev.unspin.thesaurus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unspin.dictionary.Confidence;
import dev.unspin.engine.Finding;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FixedExpressionFinderTest {
    private final FixedExpressionFinder finder = new FixedExpressionFinder();

    private List<Finding> find(String text) {
        return finder.supplement(text, List.of());
    }

    @Test
    void restoresANameASpinnerBrokeWithASynonym() {
        List<Finding> findings = find("A spokesman for the White Home declined to comment.");
        assertEquals(1, findings.size());
        Finding finding = findings.get(0);
        assertEquals("White Home", finding.spun());
        assertEquals("White House", finding.replacement());
        assertEquals(Confidence.LIKELY, finding.confidence());
        assertTrue(finding.entryId().startsWith(Thesaurus.ID_PREFIX), finding.entryId());
        assertTrue(finding.reason().orElseThrow().contains("'White House' is a fixed expression in WordNet"),
                finding.reason().orElseThrow());
    }

    @Test
    void restoresASwappedWordInsideAThreeWordName() {
        List<Finding> findings = find("said John Kirby of the National Surety Council on Friday.");
        assertEquals(List.of("National Security Council"), findings.stream().map(Finding::replacement).toList());
    }

    @Test
    void prefersTheNameFewestSwapsAway() {
        // "Joined Nations" would be "United Nations" after swapping both words; one swap gives "United States".
        List<Finding> findings = find("made it clear that the Joined States has already");
        assertEquals(List.of("United States"), findings.stream().map(Finding::replacement).toList());
    }

    @Test
    void leavesNamesAndCommonPhrasesAlone() {
        assertEquals(List.of(), find("A spokesman for the White House declined to comment."));
        assertEquals(List.of(), find("they moved into a white home by the lake")); // a name only where capitalised
        assertEquals(List.of(), find("The United Nations General Assembly met on Friday.")); // part of a longer name
    }

    @Test
    void asksTheLanguageModelWhetherTheNameReadsFarBetter() {
        // WordNet lacks "Republic Day" and has "Commonwealth Day"; only the model knows the first is a name too.
        String text = "to be part of the Republic Day celebrations";
        FixedExpressionFinder withoutModel = new FixedExpressionFinder(WordNetThesaurus::shared, Optional::empty);
        assertEquals(List.of("Commonwealth Day"), withoutModel.supplement(text, List.of()).stream().map(Finding::replacement).toList());
        assertEquals(List.of(), find(text));
        // Two swaps away, the name must also beat every reading one swap away: "Republic Day" here.
        assertEquals(List.of(), find("to be part of the Republic Daytime celebrations"));
    }

    @Test
    void leavesWhatTheDictionaryFoundToIt() {
        String text = "the White Home said";
        Finding dictionary = find(text).get(0);
        assertEquals(List.of(dictionary), finder.supplement(text, List.of(dictionary)));
    }
}
