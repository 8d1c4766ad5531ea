package dev.unspin.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoundedReadTest {
    @TempDir
    Path dir;

    @Test
    void readsUpToTheLimitAndRefusesOneByteMore() throws IOException {
        Path file = dir.resolve("a.txt");
        Files.write(file, new byte[100]);
        assertArrayEquals(new byte[100], BoundedRead.read(file, "a.txt", 100));
        BoundedRead.TooLargeException e = assertThrows(BoundedRead.TooLargeException.class,
                () -> BoundedRead.read(new ByteArrayInputStream(new byte[101]), "stdin", 100));
        assertEquals("stdin: larger than 0 MiB, the most unspin reads", e.getMessage());
    }

    @Test
    void anEndlessStreamIsRefusedAfterTheLimit() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        };
        assertThrows(BoundedRead.TooLargeException.class, () -> BoundedRead.read(endless, "endless", 4096));
    }

    @Test
    void aDeviceThatReportsNoSizeIsRefusedNotReadForever() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.isReadable(zero), "no /dev/zero on this system");
        BoundedRead.TooLargeException e = assertThrows(BoundedRead.TooLargeException.class, () -> BoundedRead.read(zero, "/dev/zero"));
        assertEquals("/dev/zero: larger than 64 MiB, the most unspin reads", e.getMessage());
    }

    @Test
    void aFolderIsNamedInTheError() {
        IOException e = assertThrows(IOException.class, () -> BoundedRead.read(dir, "dict"));
        assertEquals("dict: is a directory", e.getMessage());
    }
}
