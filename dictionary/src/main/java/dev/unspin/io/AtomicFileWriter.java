package dev.unspin.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes files so that a reader, or a run killed at any moment, sees either the old content or the
 * new, never a mix: the bytes go to a temporary file in the same folder (see {@link TempFiles}),
 * are flushed to disk, get the permissions of the file they replace, and are renamed over it in
 * one atomic step. Temporary files still open when the JVM shuts down (Ctrl-C, SIGTERM) are
 * removed; after a SIGKILL they stay, and a later {@code restore --in-place} of their folder removes them.
 */
public final class AtomicFileWriter {
    private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(AtomicFileWriter::removeInFlight, "unspin-temp-cleanup"));
    }

    private AtomicFileWriter() {
    }

    /**
     * Replaces {@code target}'s content (or creates it). An existing target keeps its permissions;
     * a new one gets rw-r--r--. Pass a real path: a symbolic link would be replaced, not followed.
     */
    public static void write(Path target, byte[] content) throws IOException {
        write(target, content, target);
    }

    /** {@link #write(Path, byte[])} for UTF-8 text. */
    public static void write(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes {@code target} with the permissions of {@code permissionsFrom} (when it exists): a
     * backup of a private file must stay as private as the file. A read-only target is refused
     * ({@link #requireWritable}), as an ordinary write would be.
     */
    public static void write(Path target, byte[] content, Path permissionsFrom) throws IOException {
        requireWritable(target);
        Path temp = completeTemp(target, content, permissionsFrom);
        try {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException(target + ": the file system cannot replace files atomically", e);
            }
        } finally {
            discard(temp);
        }
    }

    /**
     * Creates {@code target} with {@code content} and the permissions of {@code permissionsFrom},
     * complete or not at all, unless something already has its name: then nothing is written and
     * the answer is false. The new file appears as a hard link to a complete temporary file, which
     * the system refuses to make over an existing name, so a file that appears meanwhile is never
     * replaced either.
     */
    public static boolean writeNew(Path target, byte[] content, Path permissionsFrom) throws IOException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        Path temp = completeTemp(target, content, permissionsFrom);
        try {
            Files.createLink(target, temp);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (UnsupportedOperationException | FileSystemException e) {
            // No hard links here (some network and FAT file systems): a move that refuses to replace.
            try {
                Files.move(temp, target);
                return true;
            } catch (FileAlreadyExistsException again) {
                return false;
            }
        } finally {
            discard(temp);
        }
    }

    /**
     * Refuses to replace a file the user made read-only: one that cannot be written, or that has
     * no write permission for anyone (which the superuser could write, but should not).
     */
    public static void requireWritable(Path target) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        boolean writable = Files.isWritable(target) && (view == null || view.readAttributes().permissions().stream()
                .anyMatch(p -> p == PosixFilePermission.OWNER_WRITE || p == PosixFilePermission.GROUP_WRITE
                        || p == PosixFilePermission.OTHERS_WRITE));
        if (!writable) {
            throw new ReadOnlyFileException(target);
        }
    }

    /** A file that {@link #requireWritable} refuses to replace. */
    public static final class ReadOnlyFileException extends AccessDeniedException {
        ReadOnlyFileException(Path file) {
            super(file.toString(), null, "read-only file");
        }
    }

    /** A temporary file beside {@code target} holding {@code content}, flushed to disk, with its permissions set. */
    private static Path completeTemp(Path target, byte[] content, Path permissionsFrom) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Set<PosixFilePermission> permissions = permissionsOf(permissionsFrom);
        Path temp = Files.createTempFile(folder, TempFiles.prefixFor(target), "");
        IN_FLIGHT.add(temp);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            if (permissions != null) {
                Files.getFileAttributeView(temp, PosixFileAttributeView.class).setPermissions(permissions);
            }
            return temp;
        } catch (IOException | RuntimeException e) {
            discard(temp);
            throw e;
        }
    }

    private static void discard(Path temp) throws IOException {
        try {
            Files.deleteIfExists(temp);
        } finally {
            IN_FLIGHT.remove(temp);
        }
    }

    /** Removes a temporary file left by a killed run; only files named as {@link TempFiles} names them. */
    public static boolean removeStale(Path temp) throws IOException {
        if (!TempFiles.isTempFile(temp)) {
            throw new IllegalArgumentException(temp + " is not an unspin temporary file");
        }
        return Files.deleteIfExists(temp);
    }

    private static Set<PosixFilePermission> permissionsOf(Path target) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (view == null) {
            return null;
        }
        if (Files.exists(target)) {
            return view.readAttributes().permissions();
        }
        // createTempFile makes owner-only files; a new output file should be readable like any other.
        return Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
    }

    private static void removeInFlight() {
        for (Path temp : IN_FLIGHT) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // Shutting down: a leftover is recognisable by its name and removed by a later run.
            }
        }
    }
}
