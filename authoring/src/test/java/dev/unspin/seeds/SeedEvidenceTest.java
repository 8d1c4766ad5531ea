package dev.unspin.seeds;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unspin.dictionary.DefaultDictionary;
import dev.unspin.dictionary.Dictionary;
import dev.unspin.dictionary.Entry;
import dev.unspin.dictionary.Evidence;
import dev.unspin.engine.Engine;
import dev.unspin.engine.Finding;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every seed-derived entry is attested: it fires on each line of the spun seeds its evidence names. */
class SeedEvidenceTest {

    @Test
    void everySeedEntryFiresWhereItsEvidenceSays() {
        List<Entry> seedEntries = DefaultDictionary.parseResource("seeds.unspin");
        assertFalse(seedEntries.isEmpty());
        List<String> problems = new ArrayList<>();
        for (Entry entry : seedEntries) {
            if (entry.evidence().isEmpty()) {
                problems.add(entry.location() + ": " + entry.id() + " has no evidence");
            }
            // The entry alone, so that no longer phrase elsewhere in the dictionary hides it.
            Engine alone = new Engine(Dictionary.of(List.of(entry)));
            for (Evidence evidence : entry.evidence()) {
                String line = line(evidence);
                List<Finding> findings = alone.find(line);
                if (findings.isEmpty()) {
                    problems.add(entry.location() + ": " + entry.id() + " does not fire on " + evidence + ": " + line);
                }
            }
        }
        problems.forEach(System.out::println);
        assertTrue(problems.isEmpty(), problems.size() + " entries are not attested where they say");
    }

    private static String line(Evidence evidence) {
        String text = Seeds.read(Seeds.ROOT.resolve("spun").resolve(evidence.source()));
        String[] lines = text.split("\n", -1);
        assertTrue(evidence.line() <= lines.length, evidence + " is past the end of the file");
        return lines[evidence.line() - 1];
    }
}
