package dev.unspin.engine;

/**
 * The apostrophe a text mostly uses, straight or curly, so that replacements match its
 * typography. Counted on the first replacement that has an apostrophe: most have none, and
 * counting walks the whole text.
 */
final class ApostropheStyle {
    private final String text;
    private char apostrophe;

    ApostropheStyle(String text) {
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

    static char dominant(String text) {
        int straight = 0;
        int curly = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                straight++;
            } else if (c == '\u2019') {
                curly++;
            }
        }
        return curly > straight ? '\u2019' : '\'';
    }
}
