package dev.unspin.engine;

import dev.unspin.text.Normalizer;
import dev.unspin.text.TokenSpans;
import java.util.Arrays;

/**
 * The normalized tokens of a dictionary's phrasings and of its conditions' words, each with a
 * small int id. A text token is looked up by the key the tokenizer made of it (a short ASCII
 * token), by the hash it worked out (a longer one), or by its chars, hashed on the fly; scanning a
 * document makes no strings. The tables are flat (hash and id side by side, the tokens' chars in
 * one pool), so a lookup in a 100,000-entry dictionary touches two or three cache lines rather
 * than chasing String objects across the heap.
 */
final class Vocabulary {
    static final int ABSENT = -1;

    /** Per slot: the token's hash, then its id + 1 (0 marks an empty slot). */
    private int[] table = new int[2 * 64];
    /**
     * The tokens that have an ASCII key (see {@link TokenSpans#asciiKey(CharSequence)}), by key:
     * a text token with a key is found by comparing numbers, not chars. Per slot: the key, and in
     * {@link #keyIds} the id + 1 (0 marks an empty slot).
     */
    private long[] keys = new long[64];
    private int[] keyIds = new int[64];
    private int keyed;
    /** Token {@code id}'s chars are {@code pool[offsets[id], offsets[id + 1])}. */
    private char[] pool = new char[256];
    private int[] offsets = new int[65];
    private int size;
    /**
     * One bit per shape (first two chars, length up to 15) of the tokens, when both chars are
     * ASCII: most words of a text have a shape no token has, and are turned away without hashing.
     */
    private final long[] shapes = new long[(128 * 128 * 16) / 64];

    /** The id of a normalized token, adding it if new. */
    int intern(String normalized) {
        char[] chars = normalized.toCharArray();
        int hash = normalized.hashCode();
        int id = find(chars, 0, chars.length, hash, false);
        if (id != ABSENT) {
            return id;
        }
        if (4 * (size + 1) > table.length) { // at most half the slots in use
            grow();
        }
        int start = offsets[size];
        if (start + chars.length > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, start + chars.length));
        }
        System.arraycopy(chars, 0, pool, start, chars.length);
        if (size + 2 > offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        offsets[size + 1] = start + chars.length;
        place(hash, size);
        long key = TokenSpans.asciiKey(normalized);
        if (key >= 0) {
            placeKey(key, size);
        }
        // Lower-casing makes two chars of one only for "İ" ("i" and a combining dot): a token with
        // m of them is m chars shorter than its normalized form.
        for (int m = 0; m <= dottedCapitals(normalized); m++) {
            int shape = shape(chars.length > 0 ? chars[0] : 0, chars.length > 1 ? chars[1] : 0, chars.length - m);
            if (shape >= 0) {
                shapes[shape >>> 6] |= 1L << shape;
            }
        }
        return size++;
    }

    private static int dottedCapitals(String normalized) {
        int count = 0;
        for (int i = normalized.indexOf("i\u0307"); i >= 0; i = normalized.indexOf("i\u0307", i + 2)) {
            count++;
        }
        return count;
    }

    /** The shape's bit index, or -1 when a char is not ASCII (such tokens are always looked up). */
    private static int shape(char first, char second, int length) {
        if (first >= 0x80 || second >= 0x80) {
            return -1;
        }
        return ((first << 7) | second) << 4 | Math.min(length, 15);
    }

    int size() {
        return size;
    }

    /** The id of a text's token {@code i} once normalized, or {@link #ABSENT}. */
    int id(TokenSpans tokens, int i) {
        if (tokens.hasAsciiKey(i)) {
            long key = tokens.asciiKey(i);
            int mask = keys.length - 1;
            for (int slot = mix(key) & mask; keyIds[slot] != 0; slot = (slot + 1) & mask) {
                if (keys[slot] == key) {
                    return keyIds[slot] - 1;
                }
            }
            return ABSENT;
        }
        char[] text = tokens.chars();
        int start = tokens.start(i);
        int end = tokens.end(i);
        if (!tokens.hasNormalizedHash(i)) {
            return id(text, start, end);
        }
        // ASCII, hashed by the tokenizer: its shape is always known, and it needs no hashing here.
        int shape = shape(lowerAscii(text[start]), end - start > 1 ? lowerAscii(text[start + 1]) : 0, end - start);
        if ((shapes[shape >>> 6] & (1L << shape)) == 0) {
            return ABSENT;
        }
        return find(text, start, end, tokens.normalizedHash(i), true);
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** The id of the token {@code text[start, end)} once normalized, or {@link #ABSENT}. */
    int id(char[] text, int start, int end) {
        char first = Normalizer.normalizedChar(text[start]);
        char second = end - start > 1 ? Normalizer.normalizedChar(text[start + 1]) : 0;
        int shape = first == 0 || (second == 0 && end - start > 1) ? -1 : shape(first, second, end - start);
        if (shape >= 0 && (shapes[shape >>> 6] & (1L << shape)) == 0) {
            return ABSENT;
        }
        int hash = 0;
        for (int i = start; i < end; i++) {
            char c = Normalizer.normalizedChar(text[i]);
            if (c == 0) { // Unicode lower-casing of capitals: rare in English, take the slow path
                char[] normalized = Normalizer.normalize(new String(text, start, end - start)).toCharArray();
                return find(normalized, 0, normalized.length, new String(normalized).hashCode(), false);
            }
            hash = 31 * hash + c;
        }
        return find(text, start, end, hash, false);
    }

    /**
     * Looks up chars that are normalized, or that {@link Normalizer#normalizedChar} normalizes one
     * by one (ASCII chars: that lower-casing normalizes), with their normalized hash.
     */
    private int find(char[] text, int start, int end, int hash, boolean ascii) {
        int mask = table.length / 2 - 1;
        for (int slot = mix(hash) & mask; table[2 * slot + 1] != 0; slot = (slot + 1) & mask) {
            if (table[2 * slot] == hash) {
                int id = table[2 * slot + 1] - 1;
                if (ascii ? equalsLowerAscii(id, text, start, end) : equalsNormalized(id, text, start, end)) {
                    return id;
                }
            }
        }
        return ABSENT;
    }

    private boolean equalsLowerAscii(int id, char[] text, int start, int end) {
        int from = offsets[id];
        if (offsets[id + 1] - from != end - start) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (pool[from + i - start] != lowerAscii(text[i])) {
                return false;
            }
        }
        return true;
    }

    private boolean equalsNormalized(int id, char[] text, int start, int end) {
        int from = offsets[id];
        if (offsets[id + 1] - from != end - start) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = Normalizer.normalizedChar(text[i]);
            if (pool[from + i - start] != (c == 0 ? text[i] : c)) { // 0: already normalized, from the slow path
                return false;
            }
        }
        return true;
    }

    /** Spreads String hash codes, whose low bits are poor for short words. */
    private static int mix(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** Spreads a key's bits over the table's slots. */
    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    private void placeKey(long key, int id) {
        if (2 * (keyed + 1) > keys.length) { // at most half the slots in use
            long[] oldKeys = keys;
            int[] oldIds = keyIds;
            keys = new long[oldKeys.length * 2];
            keyIds = new int[oldIds.length * 2];
            keyed = 0;
            for (int slot = 0; slot < oldKeys.length; slot++) {
                if (oldIds[slot] != 0) {
                    placeKey(oldKeys[slot], oldIds[slot] - 1);
                }
            }
        }
        int mask = keys.length - 1;
        int slot = mix(key) & mask;
        while (keyIds[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        keyIds[slot] = id + 1;
        keyed++;
    }

    private void place(int hash, int id) {
        int mask = table.length / 2 - 1;
        int slot = mix(hash) & mask;
        while (table[2 * slot + 1] != 0) {
            slot = (slot + 1) & mask;
        }
        table[2 * slot] = hash;
        table[2 * slot + 1] = id + 1;
    }

    private void grow() {
        int[] old = table;
        table = new int[old.length * 2];
        for (int slot = 0; slot < old.length / 2; slot++) {
            if (old[2 * slot + 1] != 0) {
                place(old[2 * slot], old[2 * slot + 1] - 1);
            }
        }
    }
}
