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

    /** Each word's number; a pair's key is the two numbers in one long. */
    private final Map<String, Integer> words;
    private final PairCounts pairs;

    private GlossBigrams(Map<String, Integer> words, PairCounts pairs) {
        this.words = words;
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
        Integer a = words.get(first);
        Integer b = words.get(second);
        return a == null || b == null ? 0 : pairs.get(key(a, b));
    }

    private static GlossBigrams load() {
        Map<String, Integer> words = new HashMap<>(1 << 17);
        PairCounts pairs = new PairCounts(1 << 20);
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
                        countPairs(line, gloss + 3, words, pairs);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new GlossBigrams(words, pairs);
    }

    /** Counts adjacent words (letters only, lower-cased); punctuation breaks a pair. */
    private static void countPairs(String line, int from, Map<String, Integer> words, PairCounts pairs) {
        StringBuilder word = new StringBuilder();
        int previous = -1;
        for (int i = from; i <= line.length(); i++) {
            char c = i < line.length() ? line.charAt(i) : '.';
            if (Character.isLetter(c)) {
                word.append(Character.toLowerCase(c));
            } else if (!word.isEmpty()) {
                int current = words.computeIfAbsent(word.toString(), w -> words.size());
                word.setLength(0);
                if (previous >= 0) {
                    pairs.increment(key(previous, current));
                }
                previous = c == ' ' ? current : -1;
            } else if (c != ' ') {
                previous = -1;
            }
        }
    }

    private static long key(int first, int second) {
        return ((long) first << 32) | second;
    }

    /** Counts by long key in open addressing: half a million pairs without a boxed object each. */
    private static final class PairCounts {
        private long[] keys;
        private int[] counts;
        private int size;

        PairCounts(int capacity) {
            keys = new long[capacity];
            counts = new int[capacity];
        }

        int get(long key) {
            int slot = slot(key, keys.length);
            while (counts[slot] != 0) {
                if (keys[slot] == key) {
                    return counts[slot];
                }
                slot = (slot + 1) & (keys.length - 1);
            }
            return 0;
        }

        void increment(long key) {
            int slot = slot(key, keys.length);
            while (counts[slot] != 0 && keys[slot] != key) {
                slot = (slot + 1) & (keys.length - 1);
            }
            if (counts[slot] == 0) {
                keys[slot] = key;
                if (++size * 2 > keys.length) {
                    counts[slot] = 1;
                    grow();
                    return;
                }
            }
            counts[slot]++;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldCounts = counts;
            keys = new long[oldKeys.length * 2];
            counts = new int[oldKeys.length * 2];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldCounts[i] != 0) {
                    int slot = slot(oldKeys[i], keys.length);
                    while (counts[slot] != 0) {
                        slot = (slot + 1) & (keys.length - 1);
                    }
                    keys[slot] = oldKeys[i];
                    counts[slot] = oldCounts[i];
                }
            }
        }

        private static int slot(long key, int length) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 40) & (length - 1);
        }
    }
}
