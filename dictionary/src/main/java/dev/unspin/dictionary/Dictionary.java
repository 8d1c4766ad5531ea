package dev.unspin.dictionary;

import dev.unspin.io.BoundedRead;
import dev.unspin.text.StrictUtf8;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The entries of one or more dictionary files. When several files define the same id, the one
 * loaded last wins, so a user's dictionary can override a shipped entry.
 */
public final class Dictionary {
    private final Map<String, Entry> byId;

    private Dictionary(Map<String, Entry> byId) {
        this.byId = byId;
    }

    public static Dictionary of(Collection<Entry> entries) {
        Map<String, Entry> byId = new LinkedHashMap<>();
        for (Entry entry : entries) {
            byId.remove(entry.id());
            byId.put(entry.id(), entry);
        }
        return new Dictionary(byId);
    }

    /** Loads files in order; later files override earlier entries with the same id. */
    public static Dictionary load(List<Path> files) throws IOException, DictionaryFormatException {
        List<Entry> entries = new ArrayList<>();
        for (Path file : files) {
            entries.addAll(read(file));
        }
        return of(entries);
    }

    /** Reads one dictionary file, naming it in every error. */
    public static List<Entry> read(Path file) throws IOException, DictionaryFormatException {
        byte[] bytes;
        try {
            bytes = BoundedRead.read(file, file.toString());
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "dictionary file not found");
        }
        String name = file.toString();
        StrictUtf8.Decoded decoded = StrictUtf8.decode(bytes);
        if (decoded.failure().isPresent()) {
            StrictUtf8.Failure f = decoded.failure().get();
            throw new DictionaryFormatException(new SourceLocation(name, f.line(), f.column()), f.message());
        }
        return DictionaryParser.parse(name, decoded.text());
    }

    public Dictionary plus(Dictionary other) {
        List<Entry> all = new ArrayList<>(byId.values());
        all.addAll(other.entries());
        return of(all);
    }

    public Collection<Entry> entries() {
        return Collections.unmodifiableCollection(byId.values());
    }

    public Optional<Entry> entry(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** True when an entry asks for a part of speech, which needs the tagger for most texts. */
    public boolean usesPartOfSpeech() {
        return byId.values().stream()
                .anyMatch(entry -> entry.conditions().stream().anyMatch(Condition.PartOfSpeech.class::isInstance));
    }

    public int size() {
        return byId.size();
    }
}
