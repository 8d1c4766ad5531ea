package dev.unspin.dictionary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The dictionary shipped with unspin: the files listed in {@code dev/unspin/data/DEFAULT} on the
 * class path (kept in the repository under {@code dictionary/data/}).
 */
public final class DefaultDictionary {
    static final String DATA = "/dev/unspin/data/";

    private DefaultDictionary() {
    }

    public static Dictionary load() {
        List<Entry> entries = new ArrayList<>();
        for (String name : fileNames()) {
            entries.addAll(parseResource(name));
        }
        return Dictionary.of(entries);
    }

    /** The shipped files, in load order. */
    public static List<String> fileNames() {
        return resourceText("DEFAULT").lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    public static List<Entry> parseResource(String name) {
        try {
            return DictionaryParser.parse(name, resourceText(name));
        } catch (DictionaryFormatException e) {
            throw new IllegalStateException("the shipped dictionary is broken: " + e.getMessage(), e);
        }
    }

    /** The text of one shipped file, as listed by {@link #fileNames()}. */
    public static String resourceText(String name) {
        try (InputStream in = DefaultDictionary.class.getResourceAsStream(DATA + name)) {
            if (in == null) {
                throw new IllegalStateException("missing shipped dictionary resource " + DATA + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
