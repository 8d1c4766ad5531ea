package dev.unspin.dictionary;

import dev.unspin.io.AtomicFileWriter;
import dev.unspin.io.BoundedRead;
import dev.unspin.text.StrictUtf8;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Changes the entries of one dictionary file while leaving every other line (comments, blank
 * lines, other entries, line endings) exactly as it was. Nothing is written until {@link #save()},
 * which replaces the file atomically. A file that does not exist yet starts empty.
 */
public final class DictionaryFileEditor {
    private final Path file;
    private final boolean byteOrderMark;
    private final String newline;
    private boolean endsWithNewline;
    /** The file's lines; a removed line becomes null so that the other indexes stay valid. */
    private final List<String> lines;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Map<String, Integer> lineIndexById = new LinkedHashMap<>();
    private boolean changed;

    private DictionaryFileEditor(Path file, String content, boolean byteOrderMark) throws DictionaryFormatException {
        this.file = file;
        this.byteOrderMark = byteOrderMark;
        this.newline = content.contains("\r\n") ? "\r\n" : "\n";
        this.lines = new ArrayList<>(content.isEmpty() ? List.of() : List.of(content.split("\r?\n|\r", -1)));
        this.endsWithNewline = !lines.isEmpty() && lines.get(lines.size() - 1).isEmpty();
        if (endsWithNewline) {
            lines.remove(lines.size() - 1);
        }
        for (Entry entry : DictionaryParser.parse(file.toString(), content)) {
            entries.put(entry.id(), entry);
            lineIndexById.put(entry.id(), entry.location().line() - 1);
        }
    }

    /** Opens a dictionary file for editing; a broken file is refused with its file:line:column. */
    public static DictionaryFileEditor open(Path file) throws IOException, DictionaryFormatException {
        if (!Files.exists(file)) {
            return new DictionaryFileEditor(file, "", false);
        }
        byte[] bytes = BoundedRead.read(file, file.toString());
        StrictUtf8.Decoded decoded = StrictUtf8.decode(bytes);
        if (decoded.failure().isPresent()) {
            StrictUtf8.Failure f = decoded.failure().get();
            throw new DictionaryFormatException(new SourceLocation(file.toString(), f.line(), f.column()), f.message());
        }
        String content = decoded.text();
        return new DictionaryFileEditor(file, content, bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF);
    }

    public Path file() {
        return file;
    }

    /** The file's entries in file order, appended ones last. */
    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    public Optional<Entry> entry(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    /** An id based on {@code wanted} that no entry of the file uses yet: wanted, wanted-2, ... */
    public String freeId(String wanted) {
        String id = wanted;
        for (int n = 2; entries.containsKey(id); n++) {
            id = wanted + "-" + n;
        }
        return id;
    }

    /** Adds the entry as a new last line. */
    public void append(Entry entry) {
        if (entries.containsKey(entry.id())) {
            throw new IllegalArgumentException("the file already has an entry with id '" + entry.id() + "'");
        }
        lines.add(EntryFormatter.format(entry));
        endsWithNewline = true;
        entries.put(entry.id(), located(entry, lines.size() - 1));
        lineIndexById.put(entry.id(), lines.size() - 1);
        changed = true;
    }

    /** Rewrites the line of the entry with {@code id}; the updated entry keeps that id. */
    public void replace(String id, Entry updated) {
        int index = indexOf(id);
        if (!updated.id().equals(id)) {
            throw new IllegalArgumentException("an updated entry keeps its id '" + id + "'");
        }
        lines.set(index, EntryFormatter.format(updated));
        entries.put(id, located(updated, index));
        changed = true;
    }

    /** Deletes the line of the entry with {@code id}. */
    public void remove(String id) {
        lines.set(indexOf(id), null);
        entries.remove(id);
        lineIndexById.remove(id);
        changed = true;
    }

    public boolean changed() {
        return changed;
    }

    /** The file's content as it would be saved. */
    public String text() {
        List<String> kept = lines.stream().filter(line -> line != null).toList();
        String body = String.join(newline, kept);
        return (byteOrderMark ? "\uFEFF" : "") + body + (endsWithNewline && !kept.isEmpty() ? newline : "");
    }

    /** Writes the changes, if any, atomically (a temporary file renamed over the original). */
    public void save() throws IOException {
        if (changed) {
            AtomicFileWriter.write(file, text());
            changed = false;
        }
    }

    private int indexOf(String id) {
        Integer index = lineIndexById.get(id);
        if (index == null) {
            throw new IllegalArgumentException(file + " has no entry with id '" + id + "'");
        }
        return index;
    }

    /** Line numbers count removed lines too until saved; they only serve messages. */
    private Entry located(Entry entry, int index) {
        return new Entry(entry.id(), entry.spun(), entry.originals(), entry.confidence(), entry.conditions(),
                entry.example(), entry.evidence(), new SourceLocation(file.toString(), index + 1, 1));
    }
}
