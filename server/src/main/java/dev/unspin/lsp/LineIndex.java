package dev.unspin.lsp;

import java.util.Arrays;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Converts between UTF-16 offsets in a text and LSP positions in any {@link PositionEncoding}.
 * Lines end at {@code \n}, {@code \r\n} or {@code \r}, as the protocol says. A position past the
 * end of its line means the end of the line, and one past the last line the end of the text.
 */
final class LineIndex {
    private final String text;
    private final int[] starts;
    private final int lines;

    private LineIndex(String text, int[] starts, int lines) {
        this.text = text;
        this.starts = starts;
        this.lines = lines;
    }

    static LineIndex of(String text) {
        int[] starts = new int[64];
        int lines = 1;
        if (text.indexOf('\r') < 0) {
            // Line feeds only, as most text: found by the JDK's vectorized search, not a walk over every char.
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                starts = room(starts, lines);
                starts[lines++] = i + 1;
            }
            return new LineIndex(text, starts, lines);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                starts = room(starts, lines);
                starts[lines++] = i + 1;
            }
        }
        return new LineIndex(text, starts, lines);
    }

    private static int[] room(int[] starts, int used) {
        return used == starts.length ? Arrays.copyOf(starts, used * 2) : starts;
    }

    int lineCount() {
        return lines;
    }

    /** The offset just past the last character of a line, before its terminator. */
    int lineEnd(int line) {
        if (line + 1 >= lines) {
            return text.length();
        }
        int end = starts[line + 1];
        if (end > 0 && text.charAt(end - 1) == '\n') {
            end--;
        }
        if (end > starts[line] && text.charAt(end - 1) == '\r') {
            end--;
        }
        return end;
    }

    int lineStart(int line) {
        return starts[line];
    }

    /** The 0-based line containing an offset. */
    int line(int offset) {
        int i = Arrays.binarySearch(starts, 0, lines, offset);
        return i >= 0 ? i : -i - 2;
    }

    int offset(Position position, PositionEncoding encoding) {
        if (position.getLine() < 0 || position.getCharacter() < 0) {
            throw new IllegalArgumentException("negative position " + position.getLine() + ":" + position.getCharacter());
        }
        if (position.getLine() >= lines) {
            return text.length();
        }
        int start = starts[position.getLine()];
        int end = lineEnd(position.getLine());
        if (encoding == PositionEncoding.UTF16) {
            return (int) Math.min((long) start + position.getCharacter(), end); // in long: a huge character overflows int
        }
        int units = 0;
        int i = start;
        while (i < end) {
            int cp = text.codePointAt(i);
            units += encoding.width(cp);
            if (units > position.getCharacter()) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    Position position(int offset, PositionEncoding encoding) {
        int line = line(offset);
        int start = starts[line];
        if (encoding == PositionEncoding.UTF16) {
            return new Position(line, offset - start);
        }
        int units = 0;
        for (int i = start; i < offset; ) {
            int cp = text.codePointAt(i);
            units += encoding.width(cp);
            i += Character.charCount(cp);
        }
        return new Position(line, units);
    }

    Range range(int start, int end, PositionEncoding encoding) {
        return new Range(position(start, encoding), position(end, encoding));
    }
}
