package dev.unspin.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unspin.dictionary.Confidence;
import dev.unspin.dictionary.DefaultDictionary;
import dev.unspin.dictionary.Dictionary;
import dev.unspin.dictionary.Entry;
import dev.unspin.engine.DocumentReport;
import dev.unspin.engine.Engine;
import dev.unspin.engine.SpinEvidence;
import dev.unspin.engine.SpinVerdict;
import dev.unspin.text.Token;
import dev.unspin.text.Tokenizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The calibration of the document spin score (docs/context.md): prints the score of every seed
 * document and of every window of {@value #WINDOW} words, and checks that the thresholds in
 * {@link SpinEvidence} call every spun one spun and every clean one clean. Run it alone with
 * {@code mvn -pl dictionary test -Dtest=SpinScoreCalibrationTest} to see the figures.
 */
class SpinScoreCalibrationTest {
    /** About three news paragraphs: shorter than any seed, to see how the score holds on excerpts. */
    static final int WINDOW = 150;
    private static final Engine ENGINE = new Engine(DefaultDictionary.load());

    private record Scored(String name, SpinEvidence evidence) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-66s %5d words  certain %3d likely %3d possible %2d  score %6.1f  %s",
                    name, evidence.words(), evidence.certain(), evidence.likely(), evidence.possible(),
                    evidence.score(), evidence.verdict());
        }
    }

    @Test
    void thresholdsSeparateSpunFromCleanDocumentsAndExcerpts() {
        List<Scored> spun = score(Seeds.spun());
        List<Scored> clean = score(Seeds.clean());
        System.out.printf(Locale.ROOT, "thresholds: clean below %.1f, spun from %.1f with at least %d certain or likely findings%n",
                SpinEvidence.CLEAN_BELOW, SpinEvidence.SPUN_FROM, SpinEvidence.SPUN_MIN_FINDINGS);
        summarise("spun", spun);
        summarise("clean", clean);
        List<Scored> wrong = new ArrayList<>();
        spun.stream().filter(s -> s.evidence().verdict() != SpinVerdict.SPUN).forEach(wrong::add);
        clean.stream().filter(s -> s.evidence().verdict() != SpinVerdict.CLEAN).forEach(wrong::add);
        assertTrue(wrong.isEmpty(), () -> "misjudged: " + wrong);
    }

    /**
     * The seed dictionary was learned from the spun seeds, so their scores above are in-sample. Here
     * each spun seed is scored with only the entries attested in the other one (plus the entries
     * without evidence): the nearest the corpus comes to an article the dictionary has never seen.
     */
    @Test
    void spunSeedsAreJudgedSpunByEntriesLearnedFromTheOtherSeed() {
        List<Scored> scored = new ArrayList<>();
        for (Path spun : Seeds.spun()) {
            String name = spun.getFileName().toString();
            List<Entry> others = new ArrayList<>();
            for (String file : DefaultDictionary.fileNames()) {
                for (Entry entry : DefaultDictionary.parseResource(file)) {
                    boolean fromThisSeed = !entry.evidence().isEmpty()
                            && entry.evidence().stream().allMatch(e -> e.source().equals(name));
                    if (!fromThisSeed) {
                        others.add(entry);
                    }
                }
            }
            Engine unseen = new Engine(Dictionary.of(others));
            String text = Seeds.read(spun);
            scored.add(new Scored(name, unseen.evidence(text)));
            List<String> windows = windows(text);
            for (int w = 0; w < windows.size(); w++) {
                scored.add(new Scored(name + " #" + (w + 1), unseen.evidence(windows.get(w))));
            }
        }
        summarise("spun, leave-one-out", scored);
        List<Scored> wrong = scored.stream().filter(s -> s.evidence().verdict() != SpinVerdict.SPUN).toList();
        assertTrue(wrong.isEmpty(), () -> "misjudged: " + wrong);
    }

    @Test
    void defaultSettingsStaySilentOnCleanText() {
        int words = 0;
        int shown = 0;
        for (Path clean : Seeds.clean()) {
            String text = Seeds.read(clean);
            DocumentReport report = ENGINE.report(text);
            report.findings().forEach(f -> System.out.println(clean.getFileName() + ": shown " + f.spun() + " -> " + f.replacement()));
            words += report.words();
            shown += report.findings().size();
        }
        System.out.printf(Locale.ROOT, "clean text at default settings: %d findings in %d words (%.2f per 5,000)%n",
                shown, words, shown * 5000.0 / words);
        assertTrue(shown * 5000L <= words, "more than 1 finding per 5,000 words on clean text");
    }

    @Test
    void defaultSettingsRestoreSpunSeedsFully() {
        for (Path spun : Seeds.spun()) {
            String text = Seeds.read(spun);
            assertEquals(ENGINE.restore(text, Confidence.POSSIBLE).text(), ENGINE.restore(text).text(),
                    () -> spun.getFileName() + ": a clearly spun seed should get every finding by default");
        }
    }

    private static List<Scored> score(List<Path> files) {
        List<Scored> scored = new ArrayList<>();
        for (Path file : files) {
            String text = Seeds.read(file);
            String name = file.getFileName().toString();
            scored.add(new Scored(name, ENGINE.evidence(text)));
            List<String> windows = windows(text);
            for (int w = 0; w < windows.size(); w++) {
                scored.add(new Scored(name + " #" + (w + 1), ENGINE.evidence(windows.get(w))));
            }
        }
        return scored;
    }

    /** Consecutive stretches of {@value #WINDOW} words; a short tail joins the window before it. */
    static List<String> windows(String text) {
        List<Token> words = Tokenizer.tokenize(text).stream().filter(Token::word).toList();
        List<String> windows = new ArrayList<>();
        int start = 0;
        while (start < words.size()) {
            int end = Math.min(start + WINDOW, words.size());
            if (words.size() - end < WINDOW / 2) {
                end = words.size();
            }
            int to = end == words.size() ? text.length() : words.get(end).start();
            windows.add(text.substring(words.get(start).start(), to));
            start = end;
        }
        return windows;
    }

    private static void summarise(String kind, List<Scored> scored) {
        scored.forEach(s -> System.out.println(kind + " " + s));
        List<Scored> windows = scored.stream().filter(s -> s.name().contains(" #")).toList();
        double min = windows.stream().mapToDouble(s -> s.evidence().score()).min().orElseThrow();
        double max = windows.stream().mapToDouble(s -> s.evidence().score()).max().orElseThrow();
        Comparator<Scored> byScore = Comparator.comparingDouble(s -> s.evidence().score());
        System.out.printf(Locale.ROOT, "%s: %d documents, %d windows of %d words; window scores %.1f (%s) to %.1f (%s)%n",
                kind, scored.size() - windows.size(), windows.size(), WINDOW,
                min, windows.stream().min(byScore).orElseThrow().name(), max, windows.stream().max(byScore).orElseThrow().name());
    }
}
