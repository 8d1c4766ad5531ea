package dev.unspin.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unspin.dictionary.DefaultDictionary;
import dev.unspin.engine.Engine;
import dev.unspin.evaluation.SpinnerSimulation;
import dev.unspin.thesaurus.WordNetThesaurus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Finds the source of spun copies among a corpus of their sources and hard distractors: the other
 * reports of the same events (the clean seeds, and the distractors written for this test, one for
 * each clean VOA text), and the same agency's other articles (the other VOA texts). Copies are
 * restored with the dictionary alone, as {@code unspin source --fast} does: the contextual
 * restorer's run is the CLI's test.
 */
class SourceFinderTest {
    static final Path REPO = Path.of(System.getProperty("unspin.repo", ".."));
    static final Path DISTRACTORS = REPO.resolve("authoring/src/test/resources/source/distractors");
    /** The rate of `unspin eval`: three eligible words in ten swapped. */
    private static final double SPIN_RATE = 0.3;

    private static final Engine FAST = new Engine(DefaultDictionary.load());

    static List<CorpusDocument> corpus(String... folders) {
        List<CorpusDocument> documents = new ArrayList<>();
        for (String folder : folders) {
            for (Path file : texts(REPO.resolve(folder))) {
                documents.add(new CorpusDocument(REPO.relativize(file).toString(), read(file)));
            }
        }
        return documents;
    }

    private static final String[] FULL_CORPUS = {"seeds/restored", "seeds/clean", "seeds/corpus-clean",
        "authoring/src/test/resources/source/distractors"};

    @Test
    void findsTheSourceOfEachSpunSeedAmongOtherReportsOfTheSameEvents() {
        SourceFinder finder = new SourceFinder(new SourceIndex(corpus(FULL_CORPUS)), SourceFinder.DEFAULT_THRESHOLD);
        for (Path spun : texts(REPO.resolve("seeds/spun"))) {
            SourceMatch match = finder.find(FAST.restore(read(spun)).text(), d -> false);
            report(spun, match);
            report(spun, finder.find(read(spun), d -> false)); // unrestored, for docs/source.md
            assertEquals("seeds/restored/" + spun.getFileName(), match.source().orElseThrow().id(), spun.toString());
            assertTrue(match.similarity() - match.runnerUp().orElseThrow().similarity() > 0.3, "margin for " + spun);
            assertFalse(match.passages().isEmpty());
            assertTrue(match.passages().get(0).words() >= 20, "a long shared passage in " + spun);
        }
    }

    @Test
    void findsTheSourceOfSpunCopiesOfTheCleanTextsAmongTheirDistractors() {
        SourceFinder finder = new SourceFinder(new SourceIndex(corpus(FULL_CORPUS)), SourceFinder.DEFAULT_THRESHOLD);
        SpinnerSimulation spinner = new SpinnerSimulation(WordNetThesaurus.shared(), SPIN_RATE);
        for (Path clean : texts(REPO.resolve("seeds/corpus-clean"))) {
            String spun = spinner.spin(read(clean), 1).spun();
            SourceMatch match = finder.find(FAST.restore(spun).text(), d -> false);
            report(clean, match);
            report(clean, finder.find(spun, d -> false));
            // a heavier spin, unrestored, for docs/source.md
            report(clean, finder.find(new SpinnerSimulation(WordNetThesaurus.shared(), 0.5).spin(read(clean), 1).spun(), d -> false));
            assertEquals("seeds/corpus-clean/" + clean.getFileName(), match.source().orElseThrow().id(), clean.toString());
            assertTrue(match.runnerUp().isEmpty() || match.runnerUp().get().similarity() < SourceFinder.DEFAULT_THRESHOLD,
                    "runner-up below the threshold for " + clean);
            assertTrue(match.sharedWords().size() > 3, "shared rare words for " + clean);
        }
    }

    @Test
    void saysNoSourceWhenOnlyOtherReportsOfTheEventAreInTheCorpus() {
        SourceFinder finder = new SourceFinder(new SourceIndex(corpus("seeds/clean", "seeds/corpus-clean",
                "authoring/src/test/resources/source/distractors")), SourceFinder.DEFAULT_THRESHOLD);
        for (Path spun : texts(REPO.resolve("seeds/spun"))) {
            SourceMatch match = finder.find(FAST.restore(read(spun)).text(), d -> false);
            report(spun, match);
            assertTrue(match.source().isEmpty(), spun + " matched " + match.source());
            assertTrue(match.closest().isPresent(), "the same event's reports share some phrases");
        }
        SpinnerSimulation spinner = new SpinnerSimulation(WordNetThesaurus.shared(), SPIN_RATE);
        SourceFinder distractorsOnly = new SourceFinder(new SourceIndex(corpus("seeds/clean",
                "authoring/src/test/resources/source/distractors")), SourceFinder.DEFAULT_THRESHOLD);
        for (Path clean : texts(REPO.resolve("seeds/corpus-clean"))) {
            SourceMatch match = distractorsOnly.find(FAST.restore(spinner.spin(read(clean), 1).spun()).text(), d -> false);
            report(clean, match);
            assertTrue(match.source().isEmpty(), clean + " matched " + match.source());
        }
    }

    @Test
    void restorationRaisesTheSimilarityToTheSource() {
        SourceIndex index = new SourceIndex(corpus(FULL_CORPUS));
        SourceFinder finder = new SourceFinder(index, SourceFinder.DEFAULT_THRESHOLD);
        for (Path spun : texts(REPO.resolve("seeds/spun"))) {
            String text = read(spun);
            double raw = finder.find(text, d -> false).similarity();
            double restored = finder.find(FAST.restore(text).text(), d -> false).similarity();
            assertTrue(restored > raw, spun + ": " + raw + " -> " + restored);
        }
    }

    @Test
    void leavesOutWhatTheCallerExcludes() {
        List<CorpusDocument> documents = corpus("seeds/restored", "seeds/clean");
        SourceFinder finder = new SourceFinder(new SourceIndex(documents), SourceFinder.DEFAULT_THRESHOLD);
        String text = documents.get(0).text();
        assertEquals(1.0, finder.find(text, d -> false).similarity(), 1e-9);
        SourceMatch without = finder.find(text, d -> d == documents.get(0));
        assertFalse(without.closest().map(c -> c.document() == documents.get(0)).orElse(false));
    }

    @Test
    void aFewCandidatesWeightedByTheWholeCorpusScoreAsAgainstTheWholeCorpus() {
        List<CorpusDocument> documents = corpus(FULL_CORPUS);
        CorpusFrequencies whole = CorpusFrequencies.count(documents.stream().map(d -> WordSequence.of(d.text())).toList());
        SourceFinder all = new SourceFinder(new SourceIndex(documents), SourceFinder.DEFAULT_THRESHOLD);
        for (Path spun : texts(REPO.resolve("seeds/spun"))) {
            String restored = FAST.restore(read(spun)).text();
            SourceMatch expected = all.find(restored, d -> false);
            List<CorpusDocument> candidates = List.of(expected.closest().orElseThrow().document(),
                    expected.runnerUp().orElseThrow().document());
            SourceMatch fromCandidates = new SourceFinder(new SourceIndex(candidates, whole), SourceFinder.DEFAULT_THRESHOLD)
                    .find(restored, d -> false);
            assertEquals(expected.source(), fromCandidates.source());
            assertEquals(expected.similarity(), fromCandidates.similarity(), 1e-12);
            assertEquals(expected.runnerUp().orElseThrow().similarity(), fromCandidates.runnerUp().orElseThrow().similarity(), 1e-12);
            assertEquals(expected.sharedWords(), fromCandidates.sharedWords());
            // Weighted by the two candidates alone, the numbers differ: the weights are the corpus's.
            double ownWeights = new SourceFinder(new SourceIndex(candidates), SourceFinder.DEFAULT_THRESHOLD).find(restored, d -> false)
                    .runnerUp().orElseThrow().similarity();
            assertTrue(Math.abs(ownWeights - expected.runnerUp().get().similarity()) > 1e-6, spun + ": " + ownWeights);
        }
    }

    @Test
    void anEmptyCopyHasNoSource() {
        SourceMatch match = new SourceFinder(new SourceIndex(corpus("seeds/clean")), 0.3).find("", d -> false);
        assertTrue(match.closest().isEmpty());
        assertEquals(0.0, match.similarity());
    }

    private static void report(Path input, SourceMatch match) {
        System.out.printf(Locale.ROOT, "[source] %s: closest %s %.3f, runner-up %s %.3f%n", input.getFileName(),
                match.closest().map(c -> c.document().id()).orElse("-"), match.similarity(),
                match.runnerUp().map(c -> c.document().id()).orElse("-"),
                match.runnerUp().map(SourceIndex.Candidate::similarity).orElse(0.0));
    }

    static List<Path> texts(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
