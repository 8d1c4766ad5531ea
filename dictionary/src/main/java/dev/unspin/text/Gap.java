package dev.unspin.text;

/** What separates two consecutive tokens, which decides whether a phrase may span them. */
public enum Gap {
    /** Directly adjacent, as "{" and "that" in "{that a}". */
    NONE,
    /** Spaces, tabs, or a single line break. */
    SPACE,
    /** A blank line or other paragraph break: no phrase spans it. */
    BREAK;

    public static Gap between(CharSequence text, int from, int to) {
        if (from == to) {
            return NONE;
        }
        int lineBreaks = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lineBreaks++;
            }
        }
        return lineBreaks > 1 ? BREAK : SPACE;
    }
}
