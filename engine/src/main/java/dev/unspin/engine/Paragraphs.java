package dev.unspin.engine;

/**
 * Paragraph boundaries as matching sees them: a run of whitespace holding two or more line breaks
 * (a blank line), which no finding spans ({@link dev.unspin.text.Gap#BREAK}). Positions returned
 * lie at or inside such a run, or at either end of the text.
 */
final class Paragraphs {
    private Paragraphs() {
    }

    /** The start of the paragraph holding {@code offset}: just after the blank line before it, or 0. */
    static int startOf(String text, int offset) {
        int newlines = 0;
        for (int i = offset - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                newlines = 0;
            } else if (c == '\n' && ++newlines == 2) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The end of the paragraph holding {@code offset}: where the blank line after it starts, or the text's end. */
    static int endOf(String text, int offset) {
        int newlines = 0;
        int run = offset;
        for (int i = offset; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                newlines = 0;
                run = i + 1;
            } else if (c == '\n' && ++newlines == 2) {
                return run;
            }
        }
        return text.length();
    }

    /** The end of the text before the blank line that ends just before {@code start}. */
    static int previousEnd(String text, int start) {
        int i = start;
        while (i > 0 && isSpace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** The first non-space position from {@code end} on: the start of the next paragraph. */
    static int nextStart(String text, int end) {
        int i = end;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Whether the text before {@code start} ends a sentence (., !, ? or …, then closing quotes or brackets); true at the start. */
    static boolean endsSentence(String text, int start) {
        int i = previousEnd(text, start) - 1;
        while (i >= 0 && "\"'\u201D\u2019)]".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i < 0 || ".!?\u2026".indexOf(text.charAt(i)) >= 0;
    }

    /** The tokenizer's whitespace (UTF-16 units: no whitespace character is outside the BMP). */
    private static boolean isSpace(char c) {
        return c == ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
