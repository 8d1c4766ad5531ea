package dev.unspin.report;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Turns the engine's UTF-16 offsets into lines and columns. Lines end at LF, CRLF or a lone CR;
 * columns count code points, so an emoji or an accented letter counts once. Not thread-safe.
 */
public final class LineIndex {
    private final String text;
    private int[] lineStarts = new int[64];
    private int lines = 1;
    /** The lines that hold a surrogate pair: on the others, most lines, a column is a subtraction. */
    private final BitSet linesWithPairs;
    /** The line of the last position asked for: one thread's, as each report locates its own findings. */
    private int lastLine;

    /**
     * The lines of a text, already found: {@code lineStarts[0, lines)} are their starts, and
     * {@code linesWithPairs} holds the lines with a surrogate pair. The arrays are not copied.
     */
    public LineIndex(String text, int[] lineStarts, int lines, BitSet linesWithPairs) {
        this.text = text;
        this.lineStarts = lineStarts;
        this.lines = lines;
        this.linesWithPairs = linesWithPairs;
    }

    /**
     * One pass over the text's chars. A text with curly quotes or dashes is UTF-16, where
     * String.charAt and String.indexOf cost several times an array read unless C2 compiles them,
     * and a short command runs C1 only.
     */
    public LineIndex(String text) {
        this.text = text;
        this.linesWithPairs = new BitSet();
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c > '\r' && c < Character.MIN_SURROGATE) {
                continue; // nearly every char
            }
            if (c == '\n' || (c == '\r' && (i + 1 == chars.length || chars[i + 1] != '\n'))) {
                lineStart(i + 1);
            } else if (Character.isSurrogate(c)) {
                linesWithPairs.set(lines - 1);
            }
        }
    }

    private void lineStart(int offset) {
        if (lines == lineStarts.length) {
            lineStarts = Arrays.copyOf(lineStarts, lines * 2);
        }
        lineStarts[lines++] = offset;
    }

    /**
     * The line of an offset. Reports ask in text order, so the line of the last answer, or the
     * next, is tried before a binary search.
     */
    private int lineOf(int offset) {
        int line = lastLine;
        if (offset >= lineStarts[line]) {
            for (int next = line + 1; next < Math.min(lines, line + 3) && offset >= lineStarts[next]; next++) {
                line = next;
            }
            if (line + 1 == lines || offset < lineStarts[line + 1]) {
                lastLine = line;
                return line;
            }
        }
        int found = Arrays.binarySearch(lineStarts, 0, lines, offset);
        lastLine = found >= 0 ? found : -found - 2;
        return lastLine;
    }

    public Position position(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside a text of " + text.length());
        }
        int line = lineOf(offset);
        int lineStart = lineStarts[line];
        int column = linesWithPairs.get(line) ? text.codePointCount(lineStart, offset) : offset - lineStart;
        return new Position(line + 1, column + 1);
    }
}
