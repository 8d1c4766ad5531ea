package dev.unspin.languagemodel;

import java.nio.ByteBuffer;

/**
 * One order of a trie language model: fixed-width entries packed bit to bit, each a word id, a
 * quantized value field, and (in middle orders) the index of its first child in the next order.
 * Entries under one parent are sorted by word id, so a child is found by binary search.
 */
final class BitPackedLevel {
    private final int start;
    private final int wordBits;
    private final int valueBits;
    private final int nextBits;
    private final int entryBits;

    BitPackedLevel(int start, int wordBits, int valueBits, int nextBits) {
        this.start = start;
        this.wordBits = wordBits;
        this.valueBits = valueBits;
        this.nextBits = nextBits;
        this.entryBits = wordBits + valueBits + nextBits;
    }

    /**
     * Bytes the level takes for {@code entries} entries: one extra entry ends the last child
     * range, and 8 bytes of slack let every read take a whole long.
     */
    long sizeInBytes(int entries) {
        return ((1L + entries) * entryBits + 7) / 8 + Long.BYTES;
    }

    /** The index of the entry in [begin, end) whose word is {@code word}, or -1. */
    int find(ByteBuffer file, int begin, int end, int word) {
        int low = begin;
        int high = end - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int found = bits(file, (long) middle * entryBits, wordBits);
            if (found < word) {
                low = middle + 1;
            } else if (found > word) {
                high = middle - 1;
            } else {
                return middle;
            }
        }
        return -1;
    }

    /** A field of the value part of an entry, {@code offset} bits into it. */
    int field(ByteBuffer file, int entry, int offset, int length) {
        return bits(file, (long) entry * entryBits + wordBits + offset, length);
    }

    /** Where the entry's children begin in the next order (the next entry's value is where they end). */
    int next(ByteBuffer file, int entry) {
        return bits(file, (long) entry * entryBits + wordBits + valueBits, nextBits);
    }

    /** Little-endian bit packing: the field starts {@code bit & 7} bits into the byte at {@code bit / 8}. */
    private int bits(ByteBuffer file, long bit, int length) {
        long word = file.getLong(start + (int) (bit >>> 3));
        return (int) ((word >>> (bit & 7)) & ((1L << length) - 1));
    }
}
