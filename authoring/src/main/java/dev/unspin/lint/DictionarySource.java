package dev.unspin.lint;

import dev.unspin.io.BoundedRead;
import dev.unspin.text.StrictUtf8;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A dictionary file to lint: its name as findings should show it, and its content. An editor
 * passes the unsaved text of a buffer; the CLI reads files.
 *
 * @param invalidUtf8 where the file's bytes stop being UTF-8, if they do (then {@code text} is
 *                    only the lines before, and the lint reports the problem as a syntax error)
 */
public record DictionarySource(String name, String text, Optional<StrictUtf8.Failure> invalidUtf8) {

    public static DictionarySource of(String name, String text) {
        return new DictionarySource(name, text, Optional.empty());
    }

    public static DictionarySource read(Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = BoundedRead.read(file, file.toString());
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "dictionary file not found");
        }
        StrictUtf8.Decoded decoded = StrictUtf8.decode(bytes);
        if (decoded.failure().isEmpty()) {
            return of(file.toString(), decoded.text());
        }
        // Keep the lines before the bad one, so that their entries are still checked.
        List<String> lines = List.of(decoded.text().split("\r?\n|\r", -1));
        String before = String.join("\n", lines.subList(0, Math.min(lines.size(), decoded.failure().get().line() - 1)));
        return new DictionarySource(file.toString(), before, decoded.failure());
    }
}
