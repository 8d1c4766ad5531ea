package dev.unspin.cli;

import java.util.Arrays;
import java.util.BitSet;

/**
 * One pass over an input's bytes that learns what reading it needs: whether it is text (no NUL
 * byte, well-formed UTF-8) and where its lines start, as offsets in the decoded UTF-16 text. One
 * pass instead of three (a NUL search, a search of the decoded text for U+FFFD, a line search)
 * matters when {@code check} reads hundreds of megabytes.
 */
final class InputScan {
    /** The first NUL byte, or -1. */
    final int firstNul;
    /** The first byte that does not start a well-formed UTF-8 sequence, or -1. */
    final int firstMalformed;
    /** Where each line starts in the decoded text; only meaningful when the bytes are well-formed. */
    int[] lineStarts = new int[64];
    int lines = 1;
    /** The lines with a char beyond the BMP, which UTF-16 writes as a surrogate pair. */
    final BitSet linesWithPairs = new BitSet();

    /** Scans {@code bytes} from {@code from} (past any byte-order mark). */
    InputScan(byte[] bytes, int from) {
        int nul = -1;
        int malformed = -1;
        int charsLessBytes = 0; // UTF-16 chars so far minus bytes so far
        for (int i = from; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b > '\r') {
                continue; // ASCII after CR: nearly every byte
            }
            if (b >= 0) {
                if (b == '\n' || (b == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n'))) {
                    lineStart(i + 1 - from + charsLessBytes);
                } else if (b == 0 && nul < 0) {
                    nul = i;
                }
                continue;
            }
            int length = sequenceLength(bytes, i);
            if (length == 0) {
                if (malformed < 0) {
                    malformed = i;
                }
                continue; // on to find any NUL, which makes the input binary whatever else it holds
            }
            // Two and three bytes make one char; four make a surrogate pair, two chars.
            charsLessBytes -= length == 4 ? 2 : length - 1;
            if (length == 4) {
                linesWithPairs.set(lines - 1);
            }
            i += length - 1;
        }
        firstNul = nul;
        firstMalformed = malformed;
    }

    /**
     * The length of the well-formed UTF-8 sequence that starts with the non-ASCII byte at
     * {@code i}, or 0 (the Unicode Standard's table 3-7: no overlong forms, no surrogates,
     * nothing past U+10FFFF).
     */
    static int sequenceLength(byte[] bytes, int i) {
        int lead = bytes[i] & 0xFF;
        if (lead < 0xC2 || lead > 0xF4) {
            return 0;
        }
        int length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        if (i + length > bytes.length) {
            return 0;
        }
        int second = bytes[i + 1] & 0xFF;
        int low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
        int high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
        if (second < low || second > high) {
            return 0;
        }
        for (int k = 2; k < length; k++) {
            if ((bytes[i + k] & 0xC0) != 0x80) {
                return 0;
            }
        }
        return length;
    }

    private void lineStart(int offset) {
        if (lines == lineStarts.length) {
            lineStarts = Arrays.copyOf(lineStarts, lines * 2);
        }
        lineStarts[lines++] = offset;
    }
}
