package dev.unspin.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
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
     * backup of a private file must stay as private as the file.
     */
    public static void write(Path target, byte[] content, Path permissionsFrom) throws IOException {
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
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException(target + ": the file system cannot replace files atomically", e);
            }
        } finally {
            Files.deleteIfExists(temp);
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
