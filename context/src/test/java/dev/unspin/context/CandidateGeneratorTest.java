package dev.unspin.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unspin.languagemodel.TrieLanguageModel;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Candidates over the real Moby Thesaurus, LanguageTool's morphology and the news model's vocabulary. */
class CandidateGeneratorTest {
    private static final CandidateGenerator CANDIDATES = RealResources.candidates();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"accredited, approved", "mentioned, said", "utilizing, using", "officers, officials"})
    void findsTheOriginalAmongTheSpunFormsCandidatesInItsForm(String spun, String original) {
        List<String> candidates = CANDIDATES.candidates(spun);
        assertTrue(candidates.contains(original), spun + " → " + candidates);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"however, but", "within, in", "towards, against", "because, as", "might, could", "whereas, while"})
    void findsTheConnectiveASpinnerReplacedAmongAConnectivesCandidates(String spun, String original) {
        List<String> candidates = CANDIDATES.candidates(spun);
        assertTrue(candidates.contains(original), spun + " → " + candidates);
    }

    @Test
    void offersAConnectiveOnlyOtherConnectives() {
        Morphology morphology = RealResources.morphology();
        List<String> candidates = CANDIDATES.candidates("however");
        assertFalse(candidates.isEmpty());
        for (String candidate : candidates) {
            assertEquals(Morphology.WordClass.CONNECTIVE, morphology.classOf(candidate), candidate + " among " + candidates);
        }
    }

    @ParameterizedTest
    @CsvSource({"accredited", "mentioned", "utilizing", "officers", "assault"})
    void proposesOnlyOtherWordsThatTheLanguageModelKnows(String form) {
        TrieLanguageModel lm = RealResources.languageModel();
        List<String> candidates = CANDIDATES.candidates(form);
        assertFalse(candidates.isEmpty());
        assertFalse(candidates.contains(form), candidates.toString());
        for (String candidate : candidates) {
            assertTrue(candidate.matches("[a-z]+"), "a single plain word: '" + candidate + "'");
            assertTrue(lm.id(candidate) >= 0, candidate + " is not in the model's vocabulary");
        }
        assertEquals(candidates.size(), candidates.stream().distinct().count(), "each candidate once");
    }

    @Test
    void keepsOnlyTheWordsTheScorerKnowsAndAddsTheExtraSynonyms() {
        CandidateGenerator generator = new CandidateGenerator(RealResources.moby(), RealResources.morphology(),
                form -> form.equals("mentioned") ? List.of("reported", "quoth") : List.of(), word -> !word.equals("said"));
        List<String> candidates = generator.candidates("mentioned");
        assertFalse(candidates.contains("said"), "the scorer does not know it");
        assertTrue(candidates.contains("quoth"), "an extra synonym stands beside the thesaurus's");
    }

    @Test
    void hasNothingForAnUnknownWord() {
        assertEquals(List.of(), CANDIDATES.candidates("qqqzzz"));
    }
}
