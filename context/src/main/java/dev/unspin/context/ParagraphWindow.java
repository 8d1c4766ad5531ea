package dev.unspin.context;

/**
 * How much of its paragraph the masked model is given around a gap or a passage: up to a number of
 * characters either side, never past a line break.
 */
final class ParagraphWindow {
    private ParagraphWindow() {
    }

    /** Where the text before {@code start} begins. */
    static int from(String text, int start, int chars) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
        return Math.max(lineStart, start - chars);
    }

    /** Where the text after {@code end} stops. */
    static int to(String text, int end, int chars) {
        int lineEnd = text.indexOf('\n', end);
        return Math.min(lineEnd < 0 ? text.length() : lineEnd, end + chars);
    }
}
