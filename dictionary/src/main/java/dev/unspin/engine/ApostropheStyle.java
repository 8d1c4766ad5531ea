package dev.unspin.engine;

/**
 * The apostrophe a text mostly uses, straight or curly, so that replacements match its
 * typography. Counted on the first replacement that has an apostrophe: most have none, and
 * counting walks the whole text.
 */
final class ApostropheStyle {
    private final char[] text;
    private char apostrophe;

    /** For the text's chars, which it only reads. */
    ApostropheStyle(char[] text) {
        this.text = text;
    }

    /** The replacement with its apostrophes in the text's style. */
    String apply(String replacement) {
        if (replacement.indexOf('\'') < 0 && replacement.indexOf('\u2019') < 0) {
            return replacement;
        }
        if (apostrophe == 0) {
            apostrophe = dominant(text);
        }
        return apostrophe == '\'' ? replacement.replace('\u2019', '\'') : replacement.replace('\'', apostrophe);
    }

    /** Counted over chars, not String.charAt: a text with curly apostrophes is UTF-16, where charAt is slow. */
    static char dominant(char[] text) {
        int straight = 0;
        int curly = 0;
        for (char c : text) {
            if (c == '\'') {
                straight++;
            } else if (c == '\u2019') {
                curly++;
            }
        }
        return curly > straight ? '\u2019' : '\'';
    }
}
