package dev.unspin.thesaurus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unspin.dictionary.Confidence;
import dev.unspin.dictionary.DefaultDictionary;
import dev.unspin.engine.Engine;
import dev.unspin.engine.Finding;
import dev.unspin.engine.SpinVerdict;
import dev.unspin.languagemodel.InstalledModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class PossibleFindingCheckTest {
    private static final Engine DICTIONARY = new Engine(DefaultDictionary.load());
    private final PossibleFindingCheck check = new PossibleFindingCheck(InstalledModel::model);

    private List<String> kept(String text) {
        List<Finding> found = DICTIONARY.find(text, Confidence.POSSIBLE);
        assertEquals(List.of("may"), found.stream().map(Finding::spun).toList(), "the dictionary's possible 'may' finding");
        return check.supplement(text, found).stream().map(Finding::spun).toList();
    }

    @Test
    void dropsAPossibleFindingWhoseOriginalReadsNoBetter() {
        assertEquals(List.of(), kept("American citizens may travel to Cuba."));
    }

    @Test
    void keepsOneWhoseOriginalReadsBetter() {
        assertEquals(List.of("may"), kept("They feared it may be too late."));
    }

    @Test
    void leavesSurerFindingsAlone() {
        String text = "Officials mentioned a coverage shift at the information convention.";
        List<Finding> found = DICTIONARY.find(text, Confidence.LIKELY);
        assertEquals(3, found.size());
        assertEquals(found, check.supplement(text, found));
    }

    @Test
    void leavesPossibleFindingsAloneInADocumentJudgedSpun() {
        String text = "Officers mentioned at the information convention that American citizens may travel to Cuba.";
        List<Finding> found = DICTIONARY.find(text, Confidence.POSSIBLE);
        assertTrue(found.stream().anyMatch(f -> f.spun().equals("may")), found.toString());
        assertEquals(SpinVerdict.SPUN, DICTIONARY.evidence(text).verdict());
        assertEquals(found, check.supplement(text, found));
    }
}
