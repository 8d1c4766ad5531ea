package dev.unspin.document;

import org.jsoup.parser.Parser;

/**
 * Decodes HTML character references ({@code &amp;}, {@code &rsquo;}, {@code &#8217;},
 * {@code &#x2019;}) with jsoup's complete HTML5 table.
 */
final class CharacterReferences {
    /** The longest named reference in HTML5 is 31 characters plus '&' and ';'. */
    private static final int LONGEST = 33;

    private CharacterReferences() {
    }

    /** A reference found at an offset: it ends (exclusively) at {@code end} and means {@code text}. */
    record Reference(int end, String text) {
    }

    /** The reference starting with the '&' at {@code at}, or null if none starts there. */
    static Reference at(String source, int at) {
        int semicolon = -1;
        int limit = Math.min(source.length(), at + LONGEST);
        for (int i = at + 1; i < limit; i++) {
            char c = source.charAt(i);
            if (c == ';') {
                semicolon = i;
                break;
            }
            if (!(Character.isLetterOrDigit(c) || c == '#') || c > 127) {
                return null;
            }
        }
        if (semicolon < at + 2) {
            return null;
        }
        String candidate = source.substring(at, semicolon + 1);
        String decoded = Parser.unescapeEntities(candidate, false);
        return decoded.equals(candidate) ? null : new Reference(semicolon + 1, decoded);
    }
}
