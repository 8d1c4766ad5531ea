package dev.unspin.text;

import java.util.Arrays;

/**
 * The tokens of a text as offsets only, without their strings: what the engine scans, so that a
 * document costs three array slots per token instead of a {@link Token} and two strings. Built by
 * {@link Tokenizer#spans(String)}; the same boundaries as {@link Tokenizer#tokenize(CharSequence)}.
 */
public final class TokenSpans {
    private final char[] chars;
    private int[] starts;
    private int[] ends;
    private boolean[] words;
    private int size;
    private int wordCount;

    TokenSpans(char[] chars, int capacity) {
        this.chars = chars;
        starts = new int[capacity];
        ends = new int[capacity];
        words = new boolean[capacity];
    }

    void add(int start, int end, boolean word) {
        if (size == starts.length) {
            int grown = Math.max(16, size * 2);
            starts = Arrays.copyOf(starts, grown);
            ends = Arrays.copyOf(ends, grown);
            words = Arrays.copyOf(words, grown);
        }
        starts[size] = start;
        ends[size] = end;
        words[size] = word;
        size++;
        if (word) {
            wordCount++;
        }
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
        return words[i];
    }

    /** How many of the tokens are words. */
    public int wordCount() {
        return wordCount;
    }
}
