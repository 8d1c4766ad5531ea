package dev.unspin.languagemodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrieLanguageModelTest {
    private static final Path SEEDS = Path.of(System.getProperty("unspin.repo", "..")).resolve("seeds");
    /** sphinx_lm_eval's verbose line: "log P(said|white house ) = -48711". */
    private static final Pattern SCORE = Pattern.compile("log P\\((\\S+)\\|([^)]*)\\) = (-?\\d+)");

    private final TrieLanguageModel model = InstalledModel.model();

    /**
     * Every trigram, bigram and unigram probability of the seed articles' sentences, with every
     * kind of back-off among them, as sphinxbase's own evaluator reads the same file. It prints
     * logarithms to the base 1.0001 cut to integers.
     */
    @Test
    void agreesWithSphinxbaseOnEveryWordOfTheSeeds(@TempDir Path dir) throws Exception {
        List<String> sentences = seedSentences();
        assertTrue(sentences.size() > 100, "seed sentences: " + sentences.size());
        Path text = dir.resolve("sentences.txt");
        Files.write(text, sentences, StandardCharsets.UTF_8);
        int compared = 0;
        for (String line : sphinxLmEval(text)) {
            Matcher m = SCORE.matcher(line);
            if (!m.find()) {
                continue;
            }
            int word = model.id(m.group(1));
            String[] context = m.group(2).trim().isEmpty() ? new String[0] : m.group(2).trim().split(" ");
            int[] history = new int[context.length];
            for (int i = 0; i < context.length; i++) {
                history[i] = model.id(context[context.length - 1 - i]); // nearest first
            }
            double expected = Integer.parseInt(m.group(3));
            double ours = model.log10Probability(word, history) / TrieLanguageModel.log10PerUnit();
            assertEquals(expected, ours, 1.0, line);
            compared++;
        }
        assertTrue(compared > 1000, "compared " + compared + " probabilities");
    }

    @Test
    void scoresASequenceAsTheSumOfItsWordsGivenTheWordsBefore() {
        int[] words = model.ids(List.of("the", "white", "house", "said")).orElseThrow();
        double sum = model.log10Probability(words[2], words[1], words[0]) + model.log10Probability(words[3], words[2], words[1]);
        assertEquals(sum, model.log10Probability(words, 2), 1e-9);
        assertTrue(model.log10Probability(model.ids(List.of("the", "white", "house")).orElseThrow(), 0)
                > model.log10Probability(model.ids(List.of("the", "white", "home")).orElseThrow(), 0));
    }

    @Test
    void knowsItsVocabulary() {
        assertEquals(3, model.order());
        assertTrue(model.id("conference") >= 0);
        assertEquals(-1, model.id("Conference"), "the vocabulary is lower case");
        assertEquals(-1, model.id("qqqzzz"));
        assertTrue(model.ids(List.of("news", "qqqzzz")).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> model.log10Probability(-1));
    }

    @Test
    void rejectsFilesThatAreNotTrieModelsNamingTheFileAndOffset(@TempDir Path dir) throws IOException {
        Path empty = Files.write(dir.resolve("empty.lm.bin"), new byte[0]);
        assertError(empty, "byte 0: the file ends inside the header");
        Path arpa = Files.writeString(dir.resolve("model.arpa"), "\\data\\\nngram 1=3\n\n\\1-grams:\n-1.0 the\n");
        assertError(arpa, "byte 0: not a trie language model");
        assertError(Files.writeString(dir.resolve("short.lm.bin"), "hello"), "byte 0: not a trie language model");
        assertError(Files.writeString(dir.resolve("cut.lm.bin"), "Trie Lang"), "byte 0: the file ends inside the header");
        byte[] whole = Files.readAllBytes(NewsLanguageModel.location());
        Path truncated = Files.write(dir.resolve("truncated.lm.bin"), Arrays.copyOf(whole, 1_000_000));
        assertError(truncated, "the file ends inside the unigrams");
        byte[] badOrder = Arrays.copyOf(whole, 64);
        badOrder["Trie Language Model".length()] = 9;
        assertError(Files.write(dir.resolve("order.lm.bin"), badOrder), "byte 20: order 9 is not between 2 and 5");
    }

    @Test
    void sizesBitFieldsAsSphinxbaseDoes() {
        assertEquals(0, TrieLanguageModel.requiredBits(0));
        assertEquals(1, TrieLanguageModel.requiredBits(1));
        assertEquals(17, TrieLanguageModel.requiredBits(72_547));
        assertEquals(17, TrieLanguageModel.requiredBits(131_071));
        assertEquals(18, TrieLanguageModel.requiredBits(131_072));
    }

    private static void assertError(Path file, String expected) {
        LanguageModelFormatException e = assertThrows(LanguageModelFormatException.class, () -> TrieLanguageModel.open(file));
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    /** The seeds' sentences in lower case, cut at anything but letters, of words the model knows. */
    private List<String> seedSentences() throws IOException {
        List<String> sentences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SEEDS)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (String piece : Files.readString(file).toLowerCase(Locale.ROOT).split("[^a-z ]+")) {
                    List<String> words = Arrays.stream(piece.trim().split(" +")).filter(w -> !w.isEmpty()).toList();
                    if (words.size() >= 3 && words.stream().allMatch(w -> model.id(w) >= 0)) {
                        sentences.add(String.join(" ", words));
                    }
                }
            }
        }
        return sentences;
    }

    private static List<String> sphinxLmEval(Path text) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder("sphinx_lm_eval", "-lm", NewsLanguageModel.location().toString(), "-lsn", text.toString(),
                    "-verbose", "yes").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new IllegalStateException("sphinx_lm_eval is needed (Debian package sphinxbase-utils; scripts/test-all installs it)", e);
        }
        List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), "sphinx_lm_eval failed");
        return lines;
    }
}
