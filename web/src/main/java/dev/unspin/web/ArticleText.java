package dev.unspin.web;

/**
 * Refuses an article the CLI would refuse, so the API and {@code check} agree: a NUL character (the
 * CLI reads it as a binary file) and a lone surrogate (no character at all: JSON's {@code \ud800}
 * can spell one, and the answer's UTF-8 would carry it as {@code ?}). The message places it at
 * {@code name:line:column}, the column counted in UTF-16 units as the CLI's are.
 */
final class ArticleText {
    private ArticleText() {
    }

    static void require(String name, String text) throws HttpError {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if (c == '\0') {
                throw refused(name, line, i - lineStart + 1, "looks binary (NUL character at character offset " + i
                        + "); send text without NUL characters");
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw refused(name, line, i - lineStart + 1, String.format("a lone surrogate (\\u%04X at character offset %d)"
                        + " is not a character; send the text as valid Unicode", (int) c, i));
            }
        }
    }

    private static HttpError refused(String name, int line, int column, String problem) {
        return new HttpError(422, name + ":" + line + ":" + column + ": " + problem);
    }
}
