package dev.unspin.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unspin.dictionary.DefaultDictionary;
import dev.unspin.engine.Engine;
import dev.unspin.thesaurus.Thesaurus;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The thesaurus on the seeds: it must change nothing the dictionary restores, and nothing in clean text. */
class ThesaurusSeedsTest {
    private static final Engine DICTIONARY = new Engine(DefaultDictionary.load());
    private static final Engine THESAURUS = DICTIONARY.withSupplement(Thesaurus.supplement());

    @Test
    void restoringCleanTextWithTheThesaurusChangesNothing() {
        for (Path clean : Seeds.clean()) {
            String text = Seeds.read(clean);
            assertEquals(text, THESAURUS.restore(text).text(), clean.toString());
        }
    }

    @Test
    void theThesaurusReportsNothingInCleanText() {
        for (Path clean : Seeds.clean()) {
            String text = Seeds.read(clean);
            assertEquals(DICTIONARY.find(text), THESAURUS.find(text), clean.toString());
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
