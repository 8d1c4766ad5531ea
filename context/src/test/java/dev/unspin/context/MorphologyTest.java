package dev.unspin.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MorphologyTest {
    private final Morphology morphology = RealResources.morphology();

    @Test
    void analysesAFormIntoItsBaseFormsAndTags() {
        List<Morphology.Analysis> accredited = morphology.analyse("accredited");
        assertTrue(accredited.contains(new Morphology.Analysis("accredit", "VBD")), accredited.toString());
        assertTrue(accredited.contains(new Morphology.Analysis("accredit", "VBN")), accredited.toString());
        assertEquals(List.of(new Morphology.Analysis("be", "VBD")), morphology.analyse("were"));
    }

    @Test
    void knowsNothingOfAWordOutsideItsDictionary() {
        assertEquals(List.of(), morphology.analyse("qqqzzz"));
        assertEquals(Set.of(), morphology.inflect("qqqzzz", "VBD"));
    }

    @Test
    void inflectsABaseFormWithATag() {
        assertEquals(Set.of("approved"), morphology.inflect("approve", "VBD"));
        assertEquals(Set.of("said"), morphology.inflect("say", "VBN"));
        assertEquals(Set.of("using"), morphology.inflect("use", "VBG"));
        assertTrue(morphology.inflect("official", "NNS").contains("officials"));
    }

    @Test
    void tellsContentWordsFromFunctionWordsAndAuxiliaries() {
        assertFalse(morphology.openClass("the"));
        assertFalse(morphology.openClass("were"), "an auxiliary");
        assertFalse(morphology.openClass("been"), "an auxiliary");
        assertTrue(morphology.openClass("assault"));
        assertTrue(morphology.openClass("mentioned"));
        assertTrue(morphology.openClass("qqqzzz"), "an unknown word may be anything, so it counts as a content word");
        assertTrue(morphology.openClass("help"), "an interjection reading does not make a verb a function word");
    }

    @Test
    void tellsConnectivesFromWordsThatReferToSomething() {
        for (String connective : List.of("however", "within", "might", "because", "towards", "whereas")) {
            assertEquals(Morphology.WordClass.CONNECTIVE, morphology.classOf(connective), connective);
        }
        for (String other : List.of("the", "that", "they", "were", "has", "two")) {
            assertEquals(Morphology.WordClass.OTHER, morphology.classOf(other), other);
        }
        assertEquals(Morphology.WordClass.CONTENT, morphology.classOf("assault"));
    }
}
