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
    static final int KEYED = 4;
    /** The longest token an {@link #asciiKey} holds: seven bits a char, and the length above them. */
    static final int KEY_CHARS = 8;

    private final char[] chars;
    private int[] starts;
    private int[] ends;
    /** Per token: its {@link #asciiKey} if {@link #KEYED}, its normalized hash if {@link #HASHED}. */
    private long[] codes;
    /** Per token: {@link #WORD} if a word, and {@link #KEYED} or {@link #HASHED} (or neither). */
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
        codes = new long[capacity];
        kinds = new byte[capacity];
    }

    /**
     * A token of a kind ({@link #WORD} or not, with {@link #KEYED}, {@link #HASHED} or neither);
     * {@code code} is its key or its normalized form's {@link String#hashCode()}.
     */
    void add(int start, int end, int kind, long code) {
        if (size == starts.length) {
            grow();
        }
        starts[size] = start;
        ends[size] = end;
        kinds[size] = (byte) kind;
        codes[size] = code;
        size++;
        wordCount += kind & WORD;
    }

    private void grow() {
        int grown = Math.max(16, size * 2);
        starts = Arrays.copyOf(starts, grown);
        ends = Arrays.copyOf(ends, grown);
        codes = Arrays.copyOf(codes, grown);
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
     * Whether {@link #normalizedHash} is known: for ASCII words of letters and digits longer than
     * {@link #KEY_CHARS}, hashed while tokenizing.
     */
    public boolean hasNormalizedHash(int i) {
        return (kinds[i] & HASHED) != 0;
    }

    /**
     * {@code Normalizer.normalize(token).hashCode()}, where {@link #hasNormalizedHash} says it
     * is known; such a token normalizes to its ASCII chars lower-cased.
     */
    public int normalizedHash(int i) {
        return (int) codes[i];
    }

    /**
     * Whether {@link #asciiKey(int)} is known: for ASCII tokens of one char, or of up to
     * {@link #KEY_CHARS} letters and digits, most tokens of English text.
     */
    public boolean hasAsciiKey(int i) {
        return (kinds[i] & KEYED) != 0;
    }

    /** The {@link #asciiKey(CharSequence)} of token {@code i}'s normalized form, where {@link #hasAsciiKey} says it is known. */
    public long asciiKey(int i) {
        return codes[i];
    }

    /**
     * A short ASCII string as a number, different for every such string, so that comparing two
     * of them is comparing two numbers: the chars seven bits each, and the length above them. -1
     * for a string that is empty, longer than {@link #KEY_CHARS} or not ASCII.
     */
    public static long asciiKey(CharSequence s) {
        if (s.isEmpty() || s.length() > KEY_CHARS) {
            return -1;
        }
        long packed = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return -1;
            }
            packed = packed << 7 | c;
        }
        return asciiKey(packed, s.length());
    }

    /** The key of {@code length} ASCII chars already packed seven bits each, the first highest. */
    static long asciiKey(long packed, int length) {
        return (long) length << (7 * KEY_CHARS) | packed;
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
