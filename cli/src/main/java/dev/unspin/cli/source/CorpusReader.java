package dev.unspin.cli.source;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import dev.unspin.cli.TextInput;
import dev.unspin.document.CheckableText;
import dev.unspin.document.DocumentFormat;
import dev.unspin.source.CorpusDocument;
import dev.unspin.source.ProseLines;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads the corpus {@code unspin source} compares spun copies with: folders (searched recursively)
 * and files of text, Markdown or HTML (the prose of each, markup left out, as the language server
 * extracts it), and JSON Lines files with an {@code id} and a {@code text} per line. A corpus that
 * cannot be read whole is refused, naming the file: a missing document could make another one
 * look like the source.
 */
public final class CorpusReader {
    private static final String JSON_LINES = "jsonl";

    /**
     * A document, the file it came from (empty for a JSON Lines record), so an input is never its
     * own source, and where it was read, for messages (a file, or a JSON Lines file:line).
     */
    public record Entry(CorpusDocument document, Optional<Path> file, String where) {
    }

    /** Why the corpus cannot be used; the message names the path, and the line where there is one. */
    public static final class CorpusException extends Exception {
        CorpusException(String message) {
            super(message);
        }
    }

    private CorpusReader() {
    }

    public static List<Entry> read(List<Path> paths) throws CorpusException {
        List<Entry> entries = new ArrayList<>();
        Map<String, String> ids = new HashMap<>(); // id -> where it was first seen
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new CorpusException(path + ": no such file or folder (--corpus)");
            }
            List<Path> files = Files.isDirectory(path) ? documentsIn(path) : List.of(path);
            if (files.isEmpty()) {
                throw new CorpusException(path + ": no .txt, .md, .html or .jsonl files in it, so the corpus is empty");
            }
            for (Path file : files) {
                List<Entry> read = extension(file).equals(JSON_LINES) ? jsonLines(file) : List.of(document(file));
                for (Entry entry : read) {
                    String first = ids.putIfAbsent(entry.document().id(), entry.where());
                    if (first != null) {
                        throw new CorpusException(entry.where() + ": the corpus already has a document '" + entry.document().id()
                                + "' (" + first + "); ids must be unique");
                    }
                    entries.add(entry);
                }
            }
        }
        return entries;
    }

    private static List<Path> documentsIn(Path folder) throws CorpusException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> !hidden(folder.relativize(file)))
                    .filter(file -> extension(file).equals(JSON_LINES) || DocumentFormat.forFileName(file.getFileName().toString()).isPresent())
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
            String why = cause instanceof AccessDeniedException denied ? denied.getFile() + ": permission denied" : cause.getMessage();
            throw new CorpusException(folder + ": cannot read the corpus folder (" + why + ")");
        }
    }

    /** Whether a file or a folder on its way below the corpus folder is hidden (.git, .DS_Store). */
    private static boolean hidden(Path relative) {
        for (Path name : relative) {
            if (name.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static Entry document(Path file) throws CorpusException {
        String text = text(file);
        DocumentFormat format = DocumentFormat.forFileName(file.getFileName().toString()).orElse(DocumentFormat.PLAIN_TEXT);
        CheckableText prose = format.extract(text);
        return new Entry(new CorpusDocument(file.toString(), prose.text(), ProseLines.mapped(text, prose.map()::sourceStart)),
                Optional.of(file), file.toString());
    }

    /** Each non-blank line an object with a string or number {@code id} and a string {@code text}. */
    private static List<Entry> jsonLines(Path file) throws CorpusException {
        List<Entry> entries = new ArrayList<>();
        String[] lines = text(file).split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String where = file + ":" + (i + 1);
            JsonElement element;
            try {
                element = JsonParser.parseString(lines[i]);
            } catch (JsonParseException e) {
                // Gson's own message, without the exception's class and the link to its troubleshooting page.
                String why = (e.getCause() != null ? e.getCause() : e).getMessage();
                throw new CorpusException(where + ": not valid JSON (" + why.lines().findFirst().orElse(why).strip() + ")");
            }
            if (!(element instanceof JsonObject record)) {
                throw new CorpusException(where + ": expected a JSON object with \"id\" and \"text\"");
            }
            Optional<String> id = scalar(record.get("id"), false);
            Optional<String> text = scalar(record.get("text"), true);
            if (id.isEmpty() || id.get().isBlank()) {
                throw new CorpusException(where + ": no \"id\" (a string or a number) in this record");
            }
            if (text.isEmpty()) {
                throw new CorpusException(where + ": no \"text\" (a string) in this record");
            }
            entries.add(new Entry(new CorpusDocument(id.get(), text.get()), Optional.empty(), where));
        }
        if (entries.isEmpty()) {
            throw new CorpusException(file + ": no records in it, so it adds nothing to the corpus");
        }
        return entries;
    }

    private static Optional<String> scalar(JsonElement element, boolean stringOnly) {
        if (element instanceof JsonPrimitive primitive && (primitive.isString() || !stringOnly && primitive.isNumber())) {
            return Optional.of(primitive.getAsString());
        }
        return Optional.empty();
    }

    private static String text(Path file) throws CorpusException {
        try {
            return TextInput.read(file);
        } catch (TextInput.UnreadableInput e) {
            throw new CorpusException(e.getMessage());
        }
    }

    private static String extension(Path file) {
        return DocumentFormat.extension(file.getFileName().toString());
    }
}
