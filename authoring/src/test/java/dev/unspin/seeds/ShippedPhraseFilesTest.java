package dev.unspin.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unspin.dictionary.DefaultDictionary;
import dev.unspin.dictionary.Dictionary;
import dev.unspin.dictionary.Entry;
import dev.unspin.dictionary.Evidence;
import dev.unspin.engine.Engine;
import dev.unspin.engine.SpinVerdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hand-written dictionary files at work: tortured.unspin on a paragraph of science spun with
 * its phrases, paraphrases.unspin on a news paragraph, both restored by default settings and left
 * alone in their original form; and every entry outside seeds.unspin that cites the seeds fires
 * where it says.
 */
class ShippedPhraseFilesTest {
    private static final Engine ENGINE = new Engine(DefaultDictionary.load());

    @Test
    void aScienceParagraphSpunWithTorturedPhrasesIsRestoredByDefault() {
        assertRestoredByDefault("science");
    }

    @Test
    void aNewsParagraphSpunWithParaphrasesIsRestoredByDefault() {
        assertRestoredByDefault("news");
    }

    @Test
    void everyEntryCitingTheSeedsFiresWhereItsEvidenceSays() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (String file : DefaultDictionary.fileNames()) {
            if (file.equals("seeds.unspin")) {
                continue; // SeedEvidenceTest
            }
            for (Entry entry : DefaultDictionary.parseResource(file)) {
                Engine alone = new Engine(Dictionary.of(List.of(entry)));
                for (Evidence evidence : entry.evidence()) {
                    checked++;
                    String line = Seeds.read(Seeds.ROOT.resolve("spun").resolve(evidence.source())).split("\n", -1)[evidence.line() - 1];
                    if (alone.find(line).isEmpty()) {
                        problems.add(entry.location() + ": " + entry.id() + " does not fire on " + evidence + ": " + line);
                    }
                }
            }
        }
        problems.forEach(System.out::println);
        assertTrue(checked > 100, "only " + checked + " attestations checked");
        assertTrue(problems.isEmpty(), problems.size() + " entries are not attested where they say");
    }

    private static void assertRestoredByDefault(String sample) {
        String original = resource(sample + "-original.txt");
        String spun = resource(sample + "-spun.txt");
        assertEquals(SpinVerdict.SPUN, ENGINE.evidence(spun).verdict(), () -> sample + ": " + ENGINE.evidence(spun));
        assertEquals(original, ENGINE.restore(spun).text());
        assertEquals(original, ENGINE.restore(original).text(), sample + ": the original should be left as it is");
        assertFalse(ENGINE.find(spun).isEmpty());
    }

    private static String resource(String name) {
        try (InputStream in = ShippedPhraseFilesTest.class.getResourceAsStream("/samples/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource samples/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
