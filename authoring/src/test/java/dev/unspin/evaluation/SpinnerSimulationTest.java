package dev.unspin.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unspin.dictionary.Confidence;
import dev.unspin.dictionary.Entry;
import dev.unspin.dictionary.SourceLocation;
import dev.unspin.engine.Finding;
import dev.unspin.text.Token;
import dev.unspin.thesaurus.WordNetThesaurus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpinnerSimulationTest {
    private static final String TEXT = "Secretary of State Antony Blinken said on Friday that the White House would "
            + "consider a policy shift, and military officials said the launch sites were legitimate targets.";
    private final SpinnerSimulation spinner = new SpinnerSimulation(WordNetThesaurus.shared(), 0.5);

    @Test
    void theSameSeedGivesTheSameSpinAndAnotherSeedAnother() {
        assertEquals(spinner.spin(TEXT, 7), spinner.spin(TEXT, 7));
        assertNotEquals(spinner.spin(TEXT, 7).spun(), spinner.spin(TEXT, 8).spun());
    }

    @Test
    void recordsEverySwapWordForWord() {
        SimulatedSpin spin = spinner.spin(TEXT, 7);
        assertFalse(spin.changes().isEmpty());
        List<Token> original = SpinnerSimulation.words(TEXT);
        List<Token> spun = SpinnerSimulation.words(spin.spun());
        assertEquals(original.size(), spun.size());
        List<Integer> differing = new ArrayList<>();
        for (int i = 0; i < original.size(); i++) {
            if (!original.get(i).text().equals(spun.get(i).text())) {
                differing.add(i);
            }
        }
        assertEquals(differing, spin.changes().stream().map(SimulatedSpin.Change::word).toList());
        for (SimulatedSpin.Change change : spin.changes()) {
            assertEquals(original.get(change.word()).text(), change.original());
            assertEquals(spun.get(change.word()).text(), change.spun());
            assertTrue(WordNetThesaurus.shared().synonyms(change.original().toLowerCase(java.util.Locale.ROOT))
                    .contains(change.spun().toLowerCase(java.util.Locale.ROOT)), change.toString());
        }
    }

    @Test
    void takesBackTheSwapsARestorerRecognises() {
        SimulatedSpin spin = spinner.spin(TEXT, 7);
        SimulatedSpin.Change known = spin.changes().get(0);
        // A restorer that recognises exactly the first swapped word, wherever it stands.
        SimulatedSpin unseen = spinner.withoutKnownSwaps(spin, text -> {
            Token word = SpinnerSimulation.words(text).get(known.word());
            if (!word.text().equals(known.spun())) {
                return List.of();
            }
            Entry entry = new Entry("test", known.spun(), List.of(known.original()), Confidence.CERTAIN, List.of(),
                    Optional.empty(), List.of(), new SourceLocation("test", 1, 1));
            return List.of(new Finding(word.start(), word.end(), word.text(), List.of(known.original()), entry));
        });
        assertEquals(spin.changes().subList(1, spin.changes().size()), unseen.changes());
        assertEquals(known.original(), SpinnerSimulation.words(unseen.spun()).get(known.word()).text());
    }
}
