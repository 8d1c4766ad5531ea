package dev.unspin.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unspin.dictionary.Confidence;
import dev.unspin.dictionary.DefaultDictionary;
import dev.unspin.engine.Engine;
import dev.unspin.engine.Finding;
import dev.unspin.text.Token;
import dev.unspin.thesaurus.ModelReading;
import dev.unspin.thesaurus.Thesaurus;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reader and the finder over the real language model, thesauri and shipped detector weights.
 * The weights are retrained as the detector improves, so these tests hold the structure and the
 * invariants, not the probabilities.
 */
class ContextualFinderTest {
    /** "said" spun to "mentioned" four times, once at a sentence start, among other swaps. */
    private static final String SPUN = "Navy officers mentioned on Tuesday that the assault had been accredited by the president. "
            + "The officers mentioned that the attack would continue, and a spokesman mentioned that more troops were coming. "
            + "Mentioned the minister: the strikes were utilizing new weapons.";
    private static final String CLEAN = "Military officials said on Tuesday that the attack had been approved by the president. "
            + "A spokesman said that more troops were coming.";

    private static FormReader reader;
    /** The shipped weights with a threshold that lets every form through: every form the reader finds becomes findings. */
    private static Detector acceptsAll;

    @BeforeAll
    static void load() {
        reader = RealResources.reader();
        Detector shipped = Detector.trigram();
        acceptsAll = new Detector(shipped.names(), shipped.weights(), 0, 0.5);
    }

    private static List<SpunForm> read(String text, List<Finding> dictionaryFindings) {
        return reader.read(new ModelReading(reader.model(), text), dictionaryFindings);
    }

    private static SpunForm form(List<SpunForm> forms, String form) {
        return forms.stream().filter(f -> f.form().equals(form)).findFirst().orElseThrow(() -> new AssertionError(form + " not in " + forms));
    }

    @Test
    void weighsAFormOnceWithAllItsOccurrences() {
        ModelReading reading = new ModelReading(reader.model(), SPUN);
        SpunForm mentioned = form(reader.read(reading, List.of()), "mentioned");
        assertEquals("said", mentioned.best());
        assertEquals(4, mentioned.occurrences().size());
        assertEquals(4, mentioned.evidence().occurrences());
        assertTrue(mentioned.evidence().absent(), "'said' occurs nowhere in the spun text");
        for (int[] occurrence : mentioned.occurrences()) {
            assertEquals(occurrence[0], occurrence[1], "one word");
            assertEquals("mentioned", reading.words().get(occurrence[0]).text().toLowerCase(Locale.ROOT));
        }
        assertEquals("approved", form(reader.read(reading, List.of()), "accredited").best());
    }

    @Test
    void aCandidateIsAbsentExactlyWhenTheTextNeverUsesIt() {
        for (String text : List.of(SPUN, SPUN + " A spokesman said nothing.", CLEAN)) {
            ModelReading reading = new ModelReading(reader.model(), text);
            Set<String> words = new HashSet<>();
            for (Token word : reading.words()) {
                words.add(word.text().toLowerCase(Locale.ROOT));
            }
            List<SpunForm> forms = reader.read(reading, List.of());
            assertFalse(forms.isEmpty());
            for (SpunForm form : forms) {
                assertEquals(!words.contains(form.best()), form.evidence().absent(), form.form() + " → " + form.best() + " in " + text);
                assertFalse(form.form().equals(form.best()));
                assertTrue(form.evidence().documentSpin() >= 0 && form.evidence().documentSpin() <= 1);
            }
        }
        SpunForm mentioned = form(read(SPUN + " A spokesman said nothing.", List.of()), "mentioned");
        assertEquals("said", mentioned.best());
        assertFalse(mentioned.evidence().absent());
    }

    @Test
    void leavesWhatTheDictionaryFoundToTheDictionary() {
        List<Finding> dictionary = new Engine(DefaultDictionary.load()).find(SPUN, Confidence.POSSIBLE);
        assertTrue(dictionary.stream().anyMatch(f -> f.spun().equals("mentioned")), "the seed dictionary knows 'mentioned': " + dictionary);

        ModelReading reading = new ModelReading(reader.model(), SPUN);
        for (SpunForm form : reader.read(reading, dictionary)) {
            for (int[] occurrence : form.occurrences()) {
                int start = reading.words().get(occurrence[0]).start();
                int end = reading.words().get(occurrence[1]).end();
                assertFalse(overlapsAny(start, end, dictionary), form.form() + " at " + start);
            }
        }

        List<Finding> all = new ContextualFinder(reader, acceptsAll).supplement(SPUN, dictionary);
        assertTrue(all.containsAll(dictionary), "the dictionary's findings stay");
        List<Finding> contextual = all.stream().filter(f -> !dictionary.contains(f)).toList();
        assertFalse(contextual.isEmpty(), "a detector that accepts everything finds something");
        for (Finding finding : contextual) {
            assertFalse(overlapsAny(finding.start(), finding.end(), dictionary), finding.toString());
        }
        assertSortedAndDisjoint(all);
    }

    @Test
    void writesTheOriginalAsTheSpunWordWasWritten() {
        List<Finding> findings = new ContextualFinder(reader, acceptsAll).supplement(SPUN, List.of());
        Map<String, String> mentioned = new HashMap<>();
        for (Finding finding : findings) {
            assertEquals(SPUN.substring(finding.start(), finding.end()), finding.spun());
            assertEquals(List.of(finding.replacement()), finding.replacements());
            assertEquals(Character.isUpperCase(finding.spun().charAt(0)), Character.isUpperCase(finding.replacement().charAt(0)),
                    finding.spun() + " → " + finding.replacement());
            assertTrue(finding.entryId().startsWith(Thesaurus.ID_PREFIX), finding.entryId());
            assertTrue(finding.reason().isPresent(), "a contextual finding says why");
            if (finding.spun().equalsIgnoreCase("mentioned")) {
                mentioned.put(finding.spun(), finding.replacement());
            }
        }
        assertEquals(Map.of("mentioned", "said", "Mentioned", "Said"), mentioned);
        assertSortedAndDisjoint(findings);
    }

    @Test
    void saysWhyAFormLooksSpun() {
        SpunForm mentioned = form(read(SPUN, List.of()), "mentioned");
        String reason = ContextualFinder.reason(new ContextualFinder.Decision(mentioned, 0.9, Confidence.LIKELY, null));
        assertTrue(reason.startsWith("'mentioned' → 'said' (90% sure): a news trigram model finds it about "), reason);
        assertTrue(reason.contains(" times likelier than 'mentioned'"), reason);
        assertTrue(reason.contains("'said' occurs nowhere else in the text"), reason);
        assertTrue(reason.contains("'mentioned' occurs 4 times"), reason);
        SpunForm present = form(read(SPUN + " A spokesman said nothing.", List.of()), "mentioned");
        assertFalse(ContextualFinder.reason(new ContextualFinder.Decision(present, 0.9, Confidence.LIKELY, null)).contains("nowhere else"));
    }

    @Test
    void takesFormsSurestFirstWithConfidenceFromTheDetectorsThresholds() {
        ModelReading reading = new ModelReading(reader.model(), SPUN);
        List<ContextualFinder.Decision> decisions = new ContextualFinder(reader, acceptsAll).decisions(reading, List.of());
        assertEquals(read(SPUN, List.of()).size(), decisions.size(), "every form passes a threshold of 0");
        Map<String, Confidence> confidences = new HashMap<>();
        for (int k = 0; k < decisions.size(); k++) {
            ContextualFinder.Decision decision = decisions.get(k);
            assertEquals(acceptsAll.probability(decision.form().evidence().features()), decision.probability(), 1e-12);
            assertEquals(decision.probability() >= acceptsAll.likely() ? Confidence.LIKELY : Confidence.POSSIBLE, decision.confidence());
            if (k > 0) {
                assertTrue(decisions.get(k - 1).probability() >= decision.probability(), "surest first");
            }
            confidences.put(decision.form().form(), decision.confidence());
        }
        for (Finding finding : new ContextualFinder(reader, acceptsAll).supplement(SPUN, List.of())) {
            assertEquals(confidences.get(finding.entry().spun()), finding.confidence(), finding.toString());
        }
    }

    @Test
    void restoresOnlyTheDecisionsOfAtLeastTheMinimumProbability() {
        ModelReading reading = new ModelReading(reader.model(), SPUN);
        ContextualFinder finder = new ContextualFinder(reader, acceptsAll);
        List<ContextualFinder.Decision> decisions = finder.decisions(reading, List.of());
        double minimum = decisions.get(decisions.size() / 2).probability();
        Set<String> sure = new HashSet<>();
        for (ContextualFinder.Decision decision : decisions) {
            if (decision.probability() >= minimum) {
                sure.add(decision.form().form());
            }
        }
        List<Finding> findings = finder.findings(reading, List.of(), decisions, minimum);
        assertFalse(findings.isEmpty());
        for (Finding finding : findings) {
            assertTrue(sure.contains(finding.entry().spun()), finding.toString());
        }
        assertTrue(findings.size() < finder.findings(reading, List.of(), decisions, 0).size());
    }

    @Test
    void theShippedDetectorKeepsTheDictionarysFindingsAndAddsOnlyDisjointOnes() {
        Detector shipped = Detector.trigram();
        for (String text : List.of(SPUN, CLEAN)) {
            List<Finding> dictionary = new Engine(DefaultDictionary.load()).find(text, Confidence.POSSIBLE);
            List<Finding> all = new ContextualFinder(reader, shipped).supplement(text, dictionary);
            assertTrue(all.containsAll(dictionary));
            assertSortedAndDisjoint(all);
            for (Finding finding : all) {
                if (!dictionary.contains(finding)) {
                    assertTrue(finding.confidence() == Confidence.LIKELY || finding.confidence() == Confidence.POSSIBLE);
                }
            }
        }
    }

    private static boolean overlapsAny(int start, int end, List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.start() < end && start < f.end());
    }

    private static void assertSortedAndDisjoint(List<Finding> findings) {
        for (int k = 1; k < findings.size(); k++) {
            assertTrue(findings.get(k - 1).end() <= findings.get(k).start(), findings.get(k - 1) + " then " + findings.get(k));
        }
    }
}
