package dev.unspin.lsp;

import java.util.Locale;

/**
 * Which open documents are too large or too odd to check: past the size limit a check on every
 * change costs seconds, and a NUL character means a binary file the editor decoded as text.
 */
final class DocumentLimits {
    /** Documents longer than this many characters (UTF-16 units; about 10 MB of English) are not checked. */
    static final int MAX_CHARS = 10_000_000;

    /** Why a document is not checked. */
    enum Refusal {
        TOO_LARGE, BINARY;

        String message(String uri, int length) {
            String name = uri.substring(uri.lastIndexOf('/') + 1);
            return switch (this) {
                case TOO_LARGE -> String.format(Locale.ROOT, "unspin: %s is not checked: it has %,d characters, over the limit of %,d",
                        name, length, MAX_CHARS);
                case BINARY -> "unspin: " + name + " is not checked: it contains NUL characters, so it is taken for a binary file";
            };
        }
    }

    private DocumentLimits() {
    }

    /** Why the text is not checked, or null when it is. */
    static Refusal refusal(String text) {
        if (text.length() > MAX_CHARS) {
            return Refusal.TOO_LARGE;
        }
        return text.indexOf('\0') >= 0 ? Refusal.BINARY : null;
    }
}
