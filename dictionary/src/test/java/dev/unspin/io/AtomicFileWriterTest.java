package dev.unspin.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {
    @TempDir
    Path dir;

    private long filesIn(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.count();
        }
    }

    @Test
    void replacesContentKeepingPermissionsAndLeavesNoTempFile() throws IOException {
        Path file = dir.resolve("a.txt");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFileWriter.write(file, "new".getBytes());
        assertEquals("new", Files.readString(file));
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(1, filesIn(dir));
    }

    @Test
    void aNewFileIsReadableByOthersLikeAnyOther() throws IOException {
        Path file = dir.resolve("new.txt");
        AtomicFileWriter.write(file, "x".getBytes());
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aCopyTakesThePermissionsOfItsSource() throws IOException {
        Path source = dir.resolve("private.txt");
        Files.writeString(source, "secret");
        Files.setPosixFilePermissions(source, PosixFilePermissions.fromString("rw-------"));
        Path backup = dir.resolve("private.txt.orig");
        AtomicFileWriter.write(backup, "secret".getBytes(), source);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(backup)));
        Files.setPosixFilePermissions(source, PosixFilePermissions.fromString("rw-r-----"));
        AtomicFileWriter.write(backup, "secret".getBytes(), source);
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(backup)),
                "an existing backup is rewritten with the source's permissions, not its own");
    }

    @Test
    void aFailedWriteLeavesTheOriginalAndNoTempFile() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("target-is-a-folder"));
        Files.writeString(folder.resolve("inside"), "x");
        assertThrows(IOException.class, () -> AtomicFileWriter.write(folder, "new".getBytes()));
        assertEquals(1, filesIn(dir), "only the folder remains: no temp file");
        assertEquals("x", Files.readString(folder.resolve("inside")));
    }

    @Test
    void tempFileNamesAreRecognisableAndOnlyThoseAreRemovedAsStale() throws IOException {
        Path target = dir.resolve("story.txt");
        Path temp = Files.createTempFile(dir, TempFiles.prefixFor(target), "");
        assertTrue(TempFiles.isTempFile(temp), temp.toString());
        assertFalse(TempFiles.isTempFile(target));
        assertFalse(TempFiles.isTempFile(Path.of("story.unspin-tmp-1")), "a visible file is a user's");
        assertTrue(AtomicFileWriter.removeStale(temp));
        assertThrows(IllegalArgumentException.class, () -> AtomicFileWriter.removeStale(target));
    }

    @Test
    void aNewFileIsWrittenOnlyWhereNothingIs() throws IOException {
        Path source = dir.resolve("private.txt");
        Files.writeString(source, "secret");
        Files.setPosixFilePermissions(source, PosixFilePermissions.fromString("rw-------"));
        Path backup = dir.resolve("private.txt.orig");
        assertTrue(AtomicFileWriter.writeNew(backup, "secret".getBytes(), source));
        assertEquals("secret", Files.readString(backup));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(backup)));
        assertFalse(AtomicFileWriter.writeNew(backup, "other".getBytes(), source), "an existing file is never replaced");
        assertEquals("secret", Files.readString(backup));
        Path link = dir.resolve("link");
        Files.createSymbolicLink(link, dir.resolve("nowhere"));
        assertFalse(AtomicFileWriter.writeNew(link, "x".getBytes(), source), "nor is a link, even a dangling one");
        assertFalse(Files.exists(dir.resolve("nowhere")));
        assertEquals(3, filesIn(dir), "no temporary file is left");
    }

    @Test
    void aReadOnlyFileIsNotReplaced() throws IOException {
        Path file = dir.resolve("read-only.txt");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        assertThrows(AtomicFileWriter.ReadOnlyFileException.class, () -> AtomicFileWriter.write(file, "new".getBytes()));
        assertEquals("old", Files.readString(file));
        assertEquals(1, filesIn(dir));
    }

    @Test
    void aNameTheLocaleCannotDecodeStillGetsATempFile() {
        String prefix = TempFiles.prefixFor("\uFFFD\uFFFDt\uFFFD.txt");
        assertEquals(".__t_.txt.unspin-tmp-", prefix);
    }
}
