package dev.unspin.context.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import dev.unspin.context.Morphology;
import dev.unspin.context.RealResources;
import dev.unspin.evaluation.SpinnerSimulation;
import dev.unspin.languagemodel.TrieLanguageModel;
import dev.unspin.text.Token;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FamilySpinnerTest {
    /** A small table: every base form in it is a key (key share 1). */
    private static final Map<String, List<String>> TABLE = Map.of(
            "say", List.of("say", "state"),
            "official", List.of("official", "officer"),
            "a lot of", List.of("many"),
            "lot", List.of("batch"),
            "number", List.of("figure"),
            "but", List.of("however", "the"));

    private static Morphology morphology;
    private static FamilySpinner small;
    private static FamilySpinner moby;
    /** The clean seed texts, whole documents. */
    private static List<String> clean;

    @BeforeAll
    static void load() throws IOException {
        morphology = RealResources.morphology();
        small = new FamilySpinner(form -> TABLE.getOrDefault(form, List.of()), morphology, word -> true, 1.0);
        moby = mobySpinner(0.32);
        try (Stream<Path> files = Files.list(RealResources.repository().resolve("seeds/clean"))) {
            clean = files.filter(f -> f.toString().endsWith(".txt")).sorted().map(FamilySpinnerTest::read).toList();
        }
        assertTrue(clean.size() >= 2, "the clean seeds");
    }

    /** The spinner as the detector's training builds it: Moby's groups, replacements the news model knows. */
    private static FamilySpinner mobySpinner(double keyShare) {
        TrieLanguageModel lm = RealResources.languageModel();
        return new FamilySpinner(RealResources.moby()::neighbours, morphology, word -> lm.id(word) >= 0, keyShare);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void swapsEveryOccurrenceOfAFormForTheSameMemberOfItsGroupInTheFormsInflection() {
        assertEquals("Officers stated that a officer stated so, and the officers stated it again.",
                small.spin("Officials said that a official said so, and the officials said it again.", 1));
    }

    @Test
    void neverKeepsTheOriginal() {
        for (long seed = 1; seed <= 20; seed++) {
            assertEquals("They stated it.", small.spin("They said it.", seed), "'said' itself is in the group of 'say'; seed " + seed);
        }
    }

    @Test
    void triesThreeAndTwoWordKeysBeforeAWord() {
        assertEquals("Many officers came, a batch too.", small.spin("A lot of officials came, a lot too.", 1));
    }

    @Test
    void swapsAConnectiveForAnotherConnectiveOfItsGroupAndAModalForAnotherModal() {
        assertEquals("It rained, however they went.", small.spin("It rained, but they went.", 1), "'the' is no connective");
        for (long seed = 1; seed <= 10; seed++) {
            String spun = small.spin("They might go.", seed);
            String modal = spun.split(" ")[1];
            assertTrue(spun.matches("They \\w+ go\\.") && !modal.equals("might")
                    && morphology.analyse(modal).stream().anyMatch(reading -> reading.tag().equals("MD")), spun);
        }
    }

    @Test
    void putsAReplacementInTheFormOfAnUncountableNoun() {
        // LanguageTool reads "number" first as a possibly uncountable noun (NN:UN), a form it has no entry for "figure" in.
        assertEquals("The figure grew.", small.spin("The number grew.", 1));
    }

    @Test
    void leavesAllCapsHyphenatedAndCapitalisedWordsInsideASentenceAlone() {
        assertEquals("OFFICIALS SAID so. The well-said report. The Said family stated. Stated the officer.",
                small.spin("OFFICIALS SAID so. The well-said report. The Said family said. Said the official.", 1));
    }

    @Test
    void spinsTheSameWayForTheSameSeed() {
        String text = clean.get(0);
        String once = moby.spin(text, 5);
        assertEquals(once, mobySpinner(0.32).spin(text, 5), "a new spinner with the same seed");
        assertNotEquals(once, moby.spin(text, 6), "another seed, another spin");
        assertNotEquals(text, once);
    }

    @Test
    void replacesEachFormOfADocumentAlikeWherever() {
        int checkedRecurring = 0;
        for (int d = 0; d < clean.size(); d++) {
            String text = clean.get(d);
            Map<String, Set<String>> replacements = new HashMap<>();
            Map<String, Integer> swaps = new HashMap<>();
            List<String> before = words(text);
            for (AbstractDelta<String> delta : DiffUtils.diff(before, words(moby.spin(text, d + 1L))).getDeltas()) {
                if (delta.getSource().size() == 1 && delta.getTarget().size() == 1) {
                    String original = delta.getSource().getLines().get(0).toLowerCase(Locale.ROOT);
                    replacements.computeIfAbsent(original, k -> new TreeSet<>())
                            .add(delta.getTarget().getLines().get(0).toLowerCase(Locale.ROOT));
                    swaps.merge(original, 1, Integer::sum);
                }
            }
            for (Map.Entry<String, Set<String>> entry : replacements.entrySet()) {
                assertEquals(1, entry.getValue().size(), "'" + entry.getKey() + "' in clean seed " + d + " became " + entry.getValue());
                checkedRecurring += swaps.get(entry.getKey()) > 1 ? 1 : 0;
            }
        }
        assertTrue(checkedRecurring >= 5, "forms swapped at several sites: " + checkedRecurring);
    }

    @Test
    void changesAShareOfWordsLikeARealSpinnersAndMoreWithMoreKeys() {
        double share = changedShare(moby);
        assertTrue(share >= 0.1 && share <= 0.4, "changed share " + share);
        assertTrue(changedShare(mobySpinner(0.64)) > share, "a larger table changes more");
    }

    /** The share of the clean seeds' words that their spins do not keep. */
    private static double changedShare(FamilySpinner spinner) {
        int words = 0;
        int changed = 0;
        for (int d = 0; d < clean.size(); d++) {
            List<String> before = words(clean.get(d));
            words += before.size();
            for (AbstractDelta<String> delta : DiffUtils.diff(before, words(spinner.spin(clean.get(d), d + 1L))).getDeltas()) {
                changed += delta.getSource().size();
            }
        }
        return changed / (double) words;
    }

    private static List<String> words(String text) {
        return SpinnerSimulation.words(text).stream().map(Token::text).toList();
    }
}
