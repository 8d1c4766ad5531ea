package dev.unspin.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unspin.nlp.OpenNlpAnalyzer;
import dev.unspin.text.TokenSpans;
import dev.unspin.text.Tokenizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shortcut that answers "does this word start its sentence?" without OpenNLP must never
 * contradict the sentence detector: checked on every word of the seed articles and clean corpus.
 */
class SentenceInitialShortcutTest {
    private static final Path SEEDS = Path.of(System.getProperty("unspin.repo", "..")).resolve("seeds");

    @Test
    void agreesWithTheSentenceDetectorOnEveryWordOfTheSeeds() throws IOException {
        int settled = 0;
        int words = 0;
        for (Path file : texts()) {
            String text = Files.readString(file);
            TokenSpans tokens = Tokenizer.spans(text);
            DocumentContext document = new DocumentContext(text, tokens, new int[tokens.size()], OpenNlpAnalyzer::shared);
            for (int i = 0; i < tokens.size(); i++) {
                if (!tokens.word(i)) {
                    continue;
                }
                words++;
                MatchSite site = new MatchSite(document, i, i);
                if (site.continuesSentence()) {
                    settled++;
                    int at = tokens.start(i);
                    assertFalse(site.sentenceInitialByDetector(), () -> file.getFileName() + " at " + at
                            + ": the shortcut says mid-sentence, the detector says sentence-initial: "
                            + text.substring(Math.max(0, at - 40), at + 10));
                }
            }
        }
        System.out.printf("sentence-initial shortcut: settled %d of %d words without the detector%n", settled, words);
        assertTrue(settled > words * 0.8, "the shortcut settles most words: " + settled + " of " + words);
    }

    @Test
    void leavesSentenceEndsAbbreviationsAndLineBreaksToTheDetector() {
        assertEquals(List.of(false, false, true, false),
                continues("He spoke. May was hot.", "the U.S. May", "In May", "Headline\nMay"));
    }

    private static List<Boolean> continues(String... texts) {
        List<Boolean> answers = new ArrayList<>();
        for (String text : texts) {
            TokenSpans tokens = Tokenizer.spans(text);
            DocumentContext document = new DocumentContext(text, tokens, new int[tokens.size()], OpenNlpAnalyzer::shared);
            for (int i = 0; i < tokens.size(); i++) {
                if (text.startsWith("May", tokens.start(i))) {
                    answers.add(new MatchSite(document, i, i).continuesSentence());
                }
            }
        }
        return answers;
    }

    private static List<Path> texts() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("spun", "clean", "corpus-clean")) {
            try (Stream<Path> list = Files.list(SEEDS.resolve(folder))) {
                list.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        }
        assertTrue(files.size() >= 10, "seed texts found in " + SEEDS);
        return files;
    }
}
