package dev.unspin.lsp;

import dev.unspin.io.AtomicFileWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
     * Appends a line to a UTF-8 text file, creating it and its folders if needed; the new content
     * replaces the file atomically ({@link AtomicFileWriter}), keeping its permissions.
     *
     * @return the 1-based number of the appended line
     */
    static synchronized int appendLine(Path file, String line) throws IOException {
        String existing = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        String separator = existing.isEmpty() || existing.endsWith("\n") ? "" : "\n";
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFileWriter.write(file, existing + separator + line + "\n");
        return (int) (existing + separator).lines().count() + 1;
    }
}
