package dev.unspin.lsp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes the workspace's unspin files (dictionary, ignore list) atomically, so a reader never sees half a file. */
final class WorkspaceFiles {
    private WorkspaceFiles() {
    }

    /**
     * Whether {@code file} is inside {@code root} once symbolic links are resolved: its deepest
     * existing ancestor's real path, plus the names not yet created, must start with the root's.
     */
    static boolean isInside(Path root, Path file) {
        try {
            Path realRoot = root.toRealPath();
            Path existing = file.toAbsolutePath().normalize();
            Path missing = existing.getFileSystem().getPath("");
            while (existing != null && !Files.exists(existing)) {
                missing = existing.getFileName().resolve(missing);
                existing = existing.getParent();
            }
            return existing != null && existing.toRealPath().resolve(missing).normalize().startsWith(realRoot);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Appends a line to a UTF-8 text file, creating it and its folders if needed, by writing the
     * whole new content to a temporary file beside it and moving that over the original.
     *
     * @return the 1-based number of the appended line
     */
    static synchronized int appendLine(Path file, String line) throws IOException {
        String existing = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        String separator = existing.isEmpty() || existing.endsWith("\n") ? "" : "\n";
        String content = existing + separator + line + "\n";
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, "." + file.getFileName(), ".tmp");
        try {
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        return (int) (existing + separator).lines().count() + 1;
    }
}
