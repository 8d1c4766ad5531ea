package dev.unspin.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CleanCorpusTest {

    @Test
    void readsTheTextFilesOfAFolderInNameOrder(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("b.txt"), "second");
        Files.writeString(dir.resolve("a.txt"), "first");
        Files.writeString(dir.resolve("MANIFEST.tsv"), "not a text");
        Files.createDirectory(dir.resolve("sub.txt"));
        List<CleanText> texts = CleanCorpus.read(List.of(dir));
        assertEquals(List.of("first", "second"), texts.stream().map(CleanText::text).toList());
        assertEquals(dir.resolve("a.txt").toString(), texts.get(0).name());
    }

    @Test
    void aFolderWithoutTextsIsAnError(@TempDir Path dir) {
        IOException e = assertThrows(IOException.class, () -> CleanCorpus.read(List.of(dir)));
        assertTrue(e.getMessage().contains("no .txt files"), e.getMessage());
        assertThrows(NoSuchFileException.class, () -> CleanCorpus.read(List.of(dir.resolve("absent"))));
    }

    @Test
    void invalidUtf8IsNamedWithItsPosition(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("x.txt"), "ok\ncaf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        IOException e = assertThrows(IOException.class, () -> CleanCorpus.read(List.of(dir)));
        assertTrue(e.getMessage().startsWith(dir.resolve("x.txt") + ":2:4: invalid UTF-8"), e.getMessage());
    }
}
