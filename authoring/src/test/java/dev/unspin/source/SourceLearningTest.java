package dev.unspin.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unspin.dictionary.Entry;
import dev.unspin.dictionary.EntryFormatter;
import dev.unspin.dictionary.Evidence;
import dev.unspin.learn.PairLearning;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Learning from found pairs: the learner's entries, with evidence in the copy and in its source. */
class SourceLearningTest {
    private static final String SEED = "washingtonpost-2024-05-30-blinken-moldova-policy-shift.txt";

    @Test
    void everyEntryPointsAtTheSameLineOfTheCopyAndOfItsSource() {
        // The reference restoration keeps the spun copy's lines, so each swap is on the same line of both.
        Path spun = SourceFinderTest.REPO.resolve("seeds/spun").resolve(SEED);
        Path source = SourceFinderTest.REPO.resolve("seeds/restored").resolve(SEED);
        PairLearning.Result result = SourceLearning.learn(List.of(new SourceLearning.FoundPair("spun/" + SEED,
                SourceFinderTest.read(spun), "corpus/" + SEED, SourceFinderTest.read(source))), List.of());
        assertTrue(result.entries().size() > 50, "entries learned: " + result.entries().size());
        for (Entry entry : result.entries()) {
            assertEquals(lines(entry, "spun/" + SEED), lines(entry, "corpus/" + SEED), EntryFormatter.format(entry));
            assertFalse(lines(entry, "spun/" + SEED).isEmpty());
        }
        // The diff of the whole texts pairs "in" across lines here; the learner's own alignment does not.
        Entry penalties = result.entries().stream().filter(e -> e.spun().equals("critical penalties")).findFirst().orElseThrow();
        assertEquals("serious consequences", penalties.preferredOriginal());
        assertEquals("seen: spun/" + SEED + ":12,14 corpus/" + SEED + ":12,14",
                EntryFormatter.format(penalties).replaceAll(".*; (seen: .*)", "$1"));
    }

    @Test
    void refusesASourceNameThatCannotBeEvidence() {
        assertThrows(IllegalArgumentException.class, () -> SourceLearning.learn(List.of(
                new SourceLearning.FoundPair("copy.txt", "a b c", "my source.txt", "a b d")), List.of()));
    }

    private static Set<Integer> lines(Entry entry, String source) {
        Set<Integer> lines = new TreeSet<>();
        for (Evidence evidence : entry.evidence()) {
            if (evidence.source().equals(source)) {
                lines.add(evidence.line());
            }
        }
        return lines;
    }
}
