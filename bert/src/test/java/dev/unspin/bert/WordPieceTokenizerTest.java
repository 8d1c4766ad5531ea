package dev.unspin.bert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordPieceTokenizerTest {
    @Test
    void splitsPunctuationFoldsCaseAndStripsAccents() {
        assertEquals(List.of("cafe", "'", "s", "u", ".", "s", ".", "-", "made"), WordPieceTokenizer.words("Café's U.S.-made"));
    }

    @Test
    void takesTheLongestPiecesAndMarksAnUnknownWord(@TempDir Path dir) throws IOException {
        Path vocabulary = dir.resolve("vocab.txt");
        Files.write(vocabulary, List.of("[PAD]", "[UNK]", "util", "##izing", "##iz", "##ing", "news", "."));
        WordPieceTokenizer tokenizer = WordPieceTokenizer.read(vocabulary);
        assertEquals(List.of(2, 3, 6, 7), tokenizer.pieces("Utilizing news."));
        assertEquals(List.of(1), tokenizer.pieces("xyz"), "no piece starts it");
        assertEquals(List.of(1), tokenizer.pieces("utilx"), "a word that cannot be finished is one unknown piece");
        assertTrue(tokenizer.require("[UNK]") == 1);
    }
}
