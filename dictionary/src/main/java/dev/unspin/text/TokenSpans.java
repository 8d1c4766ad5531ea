package dev.unspin.text;

import java.util.Arrays;

/**
 * The tokens of a text as offsets only, without their strings: what the engine scans, so that a
 * document costs a few array slots per token instead of a {@link Token} and two strings. Built by
 * {@link Tokenizer#spans(String)}; the same boundaries as {@link Tokenizer#tokenize(CharSequence)}.
 * Also what the tokenizer learns on the way: the word count, most tokens' normalized hashes, and
 * the apostrophes.
 */
public final class TokenSpans {
    static final int WORD = 1;
    static final int HASHED = 2;

    private final char[] chars;
    private int[] starts;
    private int[] ends;
    private int[] hashes;
    /** Per token: {@link #WORD} if a word, {@link #HASHED} if its normalized hash is known. */
    private byte[] kinds;
    private int size;
    private int wordCount;
    /** The text's apostrophes, each inside a word or a token of its own, counted by the tokenizer. */
    int straightApostrophes;
    int curlyApostrophes;

    TokenSpans(char[] chars, int capacity) {
        this.chars = chars;
        starts = new int[capacity];
        ends = new int[capacity];
        hashes = new int[capacity];
        kinds = new byte[capacity];
    }

    /**
     * A token of a kind ({@link #WORD}, {@link #HASHED}, both or neither); {@code hash} is its
     * normalized form's {@link String#hashCode()} if {@link #HASHED}.
     */
    void add(int start, int end, int kind, int hash) {
        if (size == starts.length) {
            grow();
        }
        starts[size] = start;
        ends[size] = end;
        kinds[size] = (byte) kind;
        hashes[size] = hash;
        size++;
        wordCount += kind & WORD;
    }

    private void grow() {
        int grown = Math.max(16, size * 2);
        starts = Arrays.copyOf(starts, grown);
        ends = Arrays.copyOf(ends, grown);
        hashes = Arrays.copyOf(hashes, grown);
        kinds = Arrays.copyOf(kinds, grown);
    }

    /** The text's chars, for scanning without String bounds checks; callers must not change them. */
    public char[] chars() {
        return chars;
    }

    public int size() {
        return size;
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    /** True for words, false for punctuation and symbols. */
    public boolean word(int i) {
        return (kinds[i] & WORD) != 0;
    }

    /**
     * Whether {@link #normalizedHash} is known: for ASCII tokens of one char or of letters and
     * digits only, hashed while tokenizing.
     */
    public boolean hasNormalizedHash(int i) {
        return (kinds[i] & HASHED) != 0;
    }

    /**
     * {@code Normalizer.normalize(token).hashCode()}, where {@link #hasNormalizedHash} says it
     * is known; such a token normalizes to its ASCII chars lower-cased.
     */
    public int normalizedHash(int i) {
        return hashes[i];
    }

    /** How many of the tokens are words. */
    public int wordCount() {
        return wordCount;
    }

    /** How many straight apostrophes (') the text has. */
    public int straightApostrophes() {
        return straightApostrophes;
    }

    /** How many curly apostrophes (’, which is also the closing single quote) the text has. */
    public int curlyApostrophes() {
        return curlyApostrophes;
    }
}
