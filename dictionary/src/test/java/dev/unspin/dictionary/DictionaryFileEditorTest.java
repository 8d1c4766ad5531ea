package dev.unspin.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DictionaryFileEditorTest {
    private static final String FILE = "# my entries\r\n\r\nmentioned  =>  said ; likely\r\n# keep me\r\ncoverage => policy ; next: shift\r\n";

    private static Entry entry(String id, String spun, String original) {
        return new Entry(id, spun, List.of(original), Confidence.CERTAIN, List.of(), Optional.empty(),
                List.of(new Evidence("a.txt", 3)), new SourceLocation("t", 1, 1));
    }

    @Test
    void appendingKeepsEveryOtherLineAndTheLineEndings(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("d.unspin");
        Files.writeString(file, FILE);
        DictionaryFileEditor editor = DictionaryFileEditor.open(file);
        editor.append(entry("information-convention", "information convention", "news conference"));
        assertEquals(FILE, Files.readString(file), "nothing is written before save");
        editor.save();
        assertEquals(FILE + "information convention => news conference ; certain ; seen: a.txt:3\r\n", Files.readString(file));
        assertEquals(6, editor.entry("information-convention").orElseThrow().location().line());
    }

    @Test
    void replacingAndRemovingTouchOnlyTheirOwnLines(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("d.unspin");
        Files.writeString(file, FILE);
        DictionaryFileEditor editor = DictionaryFileEditor.open(file);
        editor.replace("coverage", entry("coverage", "coverage", "policy"));
        editor.remove("mentioned");
        editor.save();
        assertEquals("# my entries\r\n\r\n# keep me\r\ncoverage => policy ; certain ; seen: a.txt:3\r\n", Files.readString(file));
        assertEquals(List.of("coverage"), DictionaryFileEditor.open(file).entries().stream().map(Entry::id).toList());
    }

    @Test
    void aFileWithoutFinalNewlineGetsOneBeforeTheNewLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("d.unspin");
        Files.writeString(file, "mentioned => said");
        DictionaryFileEditor editor = DictionaryFileEditor.open(file);
        editor.append(entry("x", "navy", "military"));
        editor.save();
        assertEquals("mentioned => said\nnavy => military ; certain ; id: x ; seen: a.txt:3\n", Files.readString(file));
    }

    @Test
    void aMissingFileIsCreatedOnSave(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("new.unspin");
        DictionaryFileEditor editor = DictionaryFileEditor.open(file);
        assertEquals(List.of(), editor.entries());
        editor.save();
        assertFalse(Files.exists(file), "an unchanged editor writes nothing");
        editor.append(entry("navy", "navy", "military"));
        editor.save();
        assertEquals("navy => military ; certain ; seen: a.txt:3\n", Files.readString(file));
    }

    @Test
    void savingLeavesNoTemporaryFileAndKeepsPermissions(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("d.unspin");
        Files.writeString(file, FILE);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        DictionaryFileEditor editor = DictionaryFileEditor.open(file);
        editor.remove("coverage");
        editor.save();
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aBrokenFileIsRefusedWithItsPosition(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.unspin");
        Files.writeString(file, "ok => fine\nmentioned said\n");
        DictionaryFormatException e = assertThrows(DictionaryFormatException.class, () -> DictionaryFileEditor.open(file));
        assertEquals(new SourceLocation(file.toString(), 2, 1), e.location());
    }

    @Test
    void idsStayUnique(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("d.unspin");
        Files.writeString(file, FILE);
        DictionaryFileEditor editor = DictionaryFileEditor.open(file);
        assertEquals("mentioned-2", editor.freeId("mentioned"));
        assertEquals("navy", editor.freeId("navy"));
        assertThrows(IllegalArgumentException.class, () -> editor.append(entry("mentioned", "mentioned", "said")));
        assertTrue(editor.entry("mentioned").isPresent());
    }
}
