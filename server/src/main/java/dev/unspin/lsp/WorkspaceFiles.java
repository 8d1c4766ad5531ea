package dev.unspin.lsp;

import dev.unspin.io.AtomicFileWriter;
import dev.unspin.io.BoundedRead;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

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
     * What a workspace file holds, line by line: a settings file may name any file in the folder
     * (.git/config, a README) as the ignore list or the dictionary, and a line must not be appended
     * to one that is something else. Blank lines and '#' comments are allowed in both.
     */
    enum Kind {
        IGNORE_LIST("a list of entry ids", line -> line.replaceFirst("#.*", "").strip().matches("([a-z0-9][a-z0-9._-]*)?")),
        DICTIONARY("an unspin dictionary", line -> line.isBlank() || line.strip().startsWith("#") || line.contains("=>"));

        private final String description;
        private final Predicate<String> line;

        Kind(String description, Predicate<String> line) {
            this.description = description;
            this.line = line;
        }
    }

    /** The lines of a workspace file, none if it is missing; read as {@link BoundedRead#readRegularFile} reads. */
    static List<String> lines(Path file) throws IOException {
        return Files.exists(file) ? text(file).lines().toList() : List.of();
    }

    private static String text(Path file) throws IOException {
        return new String(BoundedRead.readRegularFile(file, file.toString()), StandardCharsets.UTF_8);
    }

    /**
     * Appends a line to a UTF-8 text file of the given kind, creating it and its folders if needed;
     * the new content replaces the file atomically ({@link AtomicFileWriter}), keeping its
     * permissions. A file that is not of that kind is refused, and left as it was.
     *
     * @return the 1-based number of the appended line
     */
    static synchronized int appendLine(Path file, String line, Kind kind) throws IOException {
        String existing = Files.exists(file) ? text(file) : "";
        List<String> lines = existing.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (!kind.line.test(lines.get(i))) {
                throw new IOException(file + " is not " + kind.description + " (line " + (i + 1) + " reads '"
                        + lines.get(i).strip() + "'), so nothing was added to it; name another file in the settings");
            }
        }
        String separator = existing.isEmpty() || existing.endsWith("\n") ? "" : "\n";
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFileWriter.write(file, existing + separator + line + "\n");
        return (int) (existing + separator).lines().count() + 1;
    }
}
