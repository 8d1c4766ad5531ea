package dev.unspin.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * The line of the document as written where a character of its prose is: the prose's own line for
 * plain text; for Markdown and HTML, whose prose leaves markup out, the line of the source
 * character it came from. Evidence names lines a reader can find in the file.
 */
@FunctionalInterface
public interface ProseLines {
    /** The 1-based line of the document that holds the prose's character at {@code proseOffset}. */
    int lineAt(int proseOffset);

    /** The lines of a text that is its own source. */
    static ProseLines of(String text) {
        return mapped(text, IntUnaryOperator.identity());
    }

    /** The lines of {@code source}, reached from the prose through {@code toSourceOffset}. */
    static ProseLines mapped(String source, IntUnaryOperator toSourceOffset) {
        List<Integer> breaks = new ArrayList<>();
        for (int i = 0; i < source.length(); i++) {
            if (source.charAt(i) == '\n') {
                breaks.add(i);
            }
        }
        int[] at = breaks.stream().mapToInt(Integer::intValue).toArray();
        return proseOffset -> {
            int found = Arrays.binarySearch(at, toSourceOffset.applyAsInt(proseOffset));
            return (found >= 0 ? found : -found - 1) + 1; // line breaks before the offset, plus one
        };
    }

    /** The offset where the 1-based {@code line} of {@code text} starts (its end when it has fewer lines). */
    static int lineStart(String text, int line) {
        int offset = 0;
        for (int l = 1; l < line; l++) {
            int next = text.indexOf('\n', offset);
            if (next < 0) {
                return text.length();
            }
            offset = next + 1;
        }
        return offset;
    }
}
