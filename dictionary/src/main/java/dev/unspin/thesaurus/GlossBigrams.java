package dev.unspin.thesaurus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Word-pair counts from WordNet's own definitions and examples (about 1.5 million words of
 * English): a small, openly licensed picture of which words go together, read from the same data
 * jar. Loaded once, on first use. Thread-safe once built.
 */
public final class GlossBigrams {
    private static final String DATA = "/net/sf/extjwnl/data/wordnet/wn31/data.";
    private static volatile GlossBigrams shared;

    private final Map<String, Integer> pairs;

    private GlossBigrams(Map<String, Integer> pairs) {
        this.pairs = pairs;
    }

    public static GlossBigrams shared() {
        GlossBigrams result = shared;
        if (result == null) {
            synchronized (GlossBigrams.class) {
                result = shared;
                if (result == null) {
                    result = load();
                    shared = result;
                }
            }
        }
        return result;
    }

    /** How often the lower-case word pair occurs in the glosses. */
    public int count(String first, String second) {
        return pairs.getOrDefault(first + ' ' + second, 0);
    }

    private static GlossBigrams load() {
        Map<String, Integer> pairs = new HashMap<>(1 << 20);
        for (String part : new String[] {"noun", "verb", "adj", "adv"}) {
            try (InputStream in = GlossBigrams.class.getResourceAsStream(DATA + part)) {
                if (in == null) {
                    throw new IllegalStateException("WordNet data not on the class path: " + DATA + part);
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
                String line;
                while ((line = reader.readLine()) != null) {
                    int gloss = line.indexOf(" | ");
                    if (!line.startsWith("  ") && gloss >= 0) {
                        countPairs(line, gloss + 3, pairs);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new GlossBigrams(pairs);
    }

    /** Counts adjacent words (letters only, lower-cased); punctuation breaks a pair. */
    private static void countPairs(String line, int from, Map<String, Integer> pairs) {
        StringBuilder word = new StringBuilder();
        String previous = null;
        for (int i = from; i <= line.length(); i++) {
            char c = i < line.length() ? line.charAt(i) : '.';
            if (Character.isLetter(c)) {
                word.append(Character.toLowerCase(c));
            } else if (!word.isEmpty()) {
                String current = word.toString();
                word.setLength(0);
                if (previous != null) {
                    pairs.merge(previous + ' ' + current, 1, Integer::sum);
                }
                previous = c == ' ' ? current : null;
            } else if (c != ' ') {
                previous = null;
            }
        }
    }
}
