package dev.unspin.cli.report;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Turns the engine's UTF-16 offsets into lines and columns. Lines end at LF, CRLF or a lone CR;
 * columns count code points, so an emoji or an accented letter counts once.
 */
public final class LineIndex {
    private static final byte UNKNOWN = 0;
    private static final byte NO_PAIRS = 1;
    private static final byte PAIRS = 2;

    private final String text;
    private final int[] lineStarts;
    /**
     * Per line, whether it holds a surrogate pair, found out the first time a position falls on
     * it: without one a column is a subtraction, and most lines have none.
     */
    private final byte[] pairs;

    public LineIndex(String text) {
        this.text = text;
        this.lineStarts = text.indexOf('\r') < 0 ? lineFeedStarts(text) : anyLineEndStarts(text);
        this.pairs = new byte[lineStarts.length];
    }

    /** Line starts of a text whose lines all end at LF: String.indexOf, which the JIT vectorises, finds them. */
    private static int[] lineFeedStarts(String text) {
        IntStream.Builder starts = IntStream.builder().add(0);
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            starts.add(i + 1);
        }
        return starts.build().toArray();
    }

    private static int[] anyLineEndStarts(String text) {
        IntStream.Builder starts = IntStream.builder().add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        return starts.build().toArray();
    }

    public Position position(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside a text of " + text.length());
        }
        int found = Arrays.binarySearch(lineStarts, offset);
        int line = found >= 0 ? found : -found - 2;
        int lineStart = lineStarts[line];
        int column = hasPairs(line) ? text.codePointCount(lineStart, offset) : offset - lineStart;
        return new Position(line + 1, column + 1);
    }

    private boolean hasPairs(int line) {
        if (pairs[line] == UNKNOWN) {
            int end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
            boolean any = false;
            for (int i = lineStarts[line]; i < end && !any; i++) {
                any = Character.isSurrogate(text.charAt(i));
            }
            pairs[line] = any ? PAIRS : NO_PAIRS;
        }
        return pairs[line] == PAIRS;
    }
}
