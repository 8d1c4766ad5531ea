package dev.unspin.thesaurus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unspin.dictionary.Confidence;
import dev.unspin.engine.Finding;
import dev.unspin.languagemodel.InstalledModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageModelFitFinderTest {
    private final LanguageModelFitFinder finder = new LanguageModelFitFinder(InstalledModel::model);

    private List<String> replacements(String text) {
        return finder.supplement(text, List.of()).stream().map(f -> f.spun() + " → " + f.replacement()).toList();
    }

    @Test
    void restoresWordsTheModelFindsFarLikelierAsOneOfTheirSynonyms() {
        assertEquals(List.of("functionary → official", "rundle → spoke"),
                replacements("The American functionary who rundle to Agence France-Presse confirmed the decision."));
        assertEquals(List.of("infringe → conflict"), replacements("Trump has promised to end the infringe in negotiations."));
        assertEquals(List.of("Aforementioned → Said"), replacements("Aforementioned the minister on Tuesday."),
                "a capital that starts a sentence is kept");
    }

    @Test
    void proposesLikelyFindingsThatSayWhy() {
        Finding finding = finder.supplement("Trump has promised to end the infringe in negotiations.", List.of()).get(0);
        assertEquals(Confidence.LIKELY, finding.confidence());
        assertEquals("thesaurus:model-conflict", finding.entryId());
        String reason = finding.reason().orElseThrow();
        assertTrue(reason.matches("'infringe' → 'conflict': a news language model finds 'conflict' about [0-9,]+ times likelier"
                + " than 'infringe' in this context"), reason);
    }

    @Test
    void leavesTextThatReadsWellAlone() {
        assertEquals(List.of(), replacements("The American official who spoke to Agence France-Presse confirmed the decision."));
        assertEquals(List.of(), replacements("Trump has promised to end the conflict in negotiations."));
        // A rarer word for a common one is no spin when it fits: "reestablish" is not "restore".
        assertEquals(List.of(), replacements("The United States and Cuba will reestablish diplomatic relations."));
    }

    @Test
    void leavesNamesUnknownWordsAndWhatTheDictionaryFoundAlone() {
        assertEquals(List.of(), replacements("the talks with Functionary Rundle ended"), "capitalised inside a sentence: a name");
        assertEquals(List.of(), replacements("qqqzzz rundle qqqzzz"), "without known neighbours the model cannot weigh it");
        String text = "Trump has promised to end the infringe in negotiations.";
        Finding dictionary = finder.supplement(text, List.of()).get(0);
        assertEquals(List.of(dictionary), finder.supplement(text, List.of(dictionary)));
    }

    @Test
    void roundsItsFactorToOneSignificantFigure() {
        assertEquals("3,000", LanguageModelFitFinder.roughly(3162.3));
        assertEquals("800,000", LanguageModelFitFinder.roughly(776_247));
        assertEquals("10,000", LanguageModelFitFinder.roughly(9_600));
    }
}
