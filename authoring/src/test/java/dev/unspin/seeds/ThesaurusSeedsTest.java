package dev.unspin.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unspin.dictionary.DefaultDictionary;
import dev.unspin.engine.Engine;
import dev.unspin.engine.Finding;
import dev.unspin.languagemodel.InstalledModel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The thesaurus on the seeds: it must change nothing the dictionary restores, and nothing in clean
 * text. It may drop a dictionary finding there (a {@code possible} one its language model reads
 * better as written), never add one.
 */
class ThesaurusSeedsTest {
    private static final Engine DICTIONARY = new Engine(DefaultDictionary.load());
    private static final Engine THESAURUS = DICTIONARY.withSupplement(InstalledModel.thesaurus());

    @Test
    void restoringCleanTextWithTheThesaurusChangesNothing() {
        for (Path clean : Seeds.clean()) {
            String text = Seeds.read(clean);
            assertEquals(text, THESAURUS.restore(text).text(), clean.toString());
        }
    }

    @Test
    void theThesaurusAddsNoFindingToCleanText() {
        for (Path clean : Seeds.clean()) {
            String text = Seeds.read(clean);
            List<Finding> dictionary = DICTIONARY.find(text);
            List<Finding> thesaurus = THESAURUS.find(text);
            assertTrue(dictionary.containsAll(thesaurus), clean + ": " + thesaurus);
        }
    }

    @Test
    void theSpunSeedsRestoreAsWithTheDictionaryAlone() {
        for (Path spun : Seeds.spun()) {
            String text = Seeds.read(spun);
            assertEquals(DICTIONARY.restore(text).text(), THESAURUS.restore(text).text(), spun.toString());
        }
    }
}
