package dev.unspin.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordCountAfterEditTest {
    private static final Path SPUN = Path.of(System.getProperty("unspin.repo", ".."))
            .resolve("seeds/spun/washingtonpost-2024-05-30-blinken-moldova-policy-shift.txt");
    /** What edits insert: letters, the characters words keep inside them, spaces, line breaks, punctuation, an emoji. */
    private static final String[] PIECES = {"a", "Z", "9", "'", "’", "-", ".", " ", "\n", "\r\n", ",", "—", "😀", "word", "two words", "U.S."};

    @Test
    void countsAsAWholeRecountDoesAfterEveryKindOfEdit() throws IOException {
        String text = Files.readString(SPUN);
        int count = DocumentReport.wordCount(text);
        Random random = new Random(7);
        for (int edit = 0; edit < 3000; edit++) {
            int start = random.nextInt(text.length() + 1);
            int end = Math.min(text.length(), start + random.nextInt(4));
            String inserted = random.nextInt(3) == 0 ? "" : PIECES[random.nextInt(PIECES.length)];
            String edited = text.substring(0, start) + inserted + text.substring(end);
            int incremental = DocumentReport.wordCountAfterEdit(text, count, edited);
            assertEquals(DocumentReport.wordCount(edited), incremental, "edit " + edit + " at " + start + ": '" + inserted + "'");
            text = edited;
            count = incremental;
        }
    }

    @Test
    void handlesEditsAtBothEndsAndOfEverything() {
        assertEquals(3, DocumentReport.wordCountAfterEdit("one two", 2, "zero one two"));
        assertEquals(2, DocumentReport.wordCountAfterEdit("one two", 2, "one twofold"));
        assertEquals(1, DocumentReport.wordCountAfterEdit("one two", 2, "onetwo"));
        assertEquals(0, DocumentReport.wordCountAfterEdit("one two", 2, ""));
        assertEquals(2, DocumentReport.wordCountAfterEdit("", 0, "one two"));
        assertEquals(2, DocumentReport.wordCountAfterEdit("one two", 2, "one two"));
    }
}
