package dev.unspin.text;

import java.util.Locale;

/** The form tokens are compared in: lower case, with typographic apostrophes and hyphens folded. */
public final class Normalizer {
    private Normalizer() {
    }

    public static String normalize(CharSequence token) {
        if (token instanceof String s && isPlainLowerAscii(s)) {
            return s; // the common case: nothing to fold, no copy
        }
        StringBuilder out = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            out.append(fold(token.charAt(i)));
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isPlainLowerAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 || (c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    /**
     * The char {@link #normalize} makes of {@code c}, when one char settles that: ASCII lower-cased,
     * a typographic apostrophe or hyphen folded ("Russia’s"), a char lower-casing leaves alone
     * (quotes, dashes). Else 0: a capital or surrogate that lower-casing must see in its string.
     * For hashing tokens without making their normalized strings.
     */
    public static char normalizedChar(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        char folded = fold(c);
        if (folded != c) {
            return folded;
        }
        return !Character.isSurrogate(c) && Character.toLowerCase(c) == c ? c : 0;
    }

    /** Folds typographic variants so that straight and curly apostrophes match each other. */
    public static char fold(char c) {
        return switch (c) {
            case '\u2019', '\u2018', '\u02BC', '\u2032' -> '\'';
            case '\u2010', '\u2011' -> '-';
            default -> c;
        };
    }

    /** The text with typographic variants folded but case kept, for case-sensitive comparison. */
    public static String foldOnly(CharSequence token) {
        StringBuilder out = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            out.append(fold(token.charAt(i)));
        }
        return out.toString();
    }
}
