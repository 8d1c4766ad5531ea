package dev.unspin.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a whole file or stream, refusing one larger than a limit. Files.readAllBytes trusts the
 * size the file system reports, so a device such as /dev/zero, a pipe or a file of gigabytes ran
 * the JVM out of memory instead of failing with a message.
 */
public final class BoundedRead {
    /** The largest article or dictionary read: 64 MiB, above any real one (see README, Reliability). */
    public static final int LIMIT = 64 * 1024 * 1024;

    /** Thrown when the input goes past the limit; the message names the input. */
    public static final class TooLargeException extends IOException {
        TooLargeException(String name, int limit) {
            super(name + ": larger than " + (limit / (1024 * 1024)) + " MiB, the most unspin reads");
        }
    }

    /** Thrown for a path that is not a regular file; the message names it. */
    public static final class NotRegularFileException extends IOException {
        NotRegularFileException(String name) {
            super(name + ": not a regular file (a folder, a device or a pipe): only regular files are read");
        }
    }

    private BoundedRead() {
    }

    /**
     * Reads a regular file (through symbolic links), refusing anything else before opening it: a
     * pipe would block the reader until something writes to it, {@code /dev/stdin} or
     * {@code /proc/self/fd/0} would read the process's own input, {@code /dev/zero} would never end.
     * For paths that others choose, such as a workspace's settings.
     */
    public static byte[] readRegularFile(Path file, String name) throws IOException {
        requireRegularFile(file, name);
        return read(file, name);
    }

    /** Refuses a path that is not a regular file, as {@link #readRegularFile} does, before something else opens it. */
    public static void requireRegularFile(Path file, String name) throws IOException {
        if (!Files.isRegularFile(file)) {
            if (!Files.exists(file)) {
                throw new NoSuchFileException(file.toString());
            }
            throw new NotRegularFileException(name);
        }
    }

    public static byte[] read(Path file, String name) throws IOException {
        return read(file, name, LIMIT);
    }

    static byte[] read(Path file, String name, int limit) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException(name + ": is a directory");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, name, limit);
        }
    }

    public static byte[] read(InputStream in, String name) throws IOException {
        return read(in, name, LIMIT);
    }

    static byte[] read(InputStream in, String name, int limit) throws IOException {
        byte[] bytes = in.readNBytes(limit + 1);
        if (bytes.length > limit) {
            throw new TooLargeException(name, limit);
        }
        return bytes;
    }
}
