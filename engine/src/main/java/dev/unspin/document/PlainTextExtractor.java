package dev.unspin.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain text is checked as written. Plain text has no comment syntax, so a line whose text starts
 * with a suppression marker ({@code unspin-disable...}, {@code unspin-enable}) counts as a comment.
 */
final class PlainTextExtractor {
    private PlainTextExtractor() {
    }

    static CheckableText extract(String source) {
        if (!source.contains(Suppressions.PREFIX)) {
            return CheckableText.verbatim(source, List.of()); // most text: one vectorized search, not a walk over every line
        }
        List<Comment> comments = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= source.length()) {
            int lineEnd = lineEnd(source, lineStart);
            int text = lineStart;
            while (text < lineEnd && Character.isWhitespace(source.charAt(text))) {
                text++; // as String.strip, without a substring for every line
            }
            if (source.startsWith(Suppressions.PREFIX, text) && text + Suppressions.PREFIX.length() <= lineEnd) {
                comments.add(new Comment(lineStart, lineEnd, source.substring(lineStart, lineEnd)));
            }
            lineStart = nextLine(source, lineEnd);
            if (lineStart < 0) {
                break;
            }
        }
        return CheckableText.verbatim(source, comments);
    }

    /** Offset of the line terminator (or the end) of the line starting at {@code from}. */
    static int lineEnd(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    /** Start of the next line after a line ending at {@code lineEnd}, or -1 at the end of the text. */
    static int nextLine(String s, int lineEnd) {
        if (lineEnd >= s.length()) {
            return -1;
        }
        return s.startsWith("\r\n", lineEnd) ? lineEnd + 2 : lineEnd + 1;
    }
}
