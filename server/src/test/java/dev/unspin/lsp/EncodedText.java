package dev.unspin.lsp;

import org.eclipse.lsp4j.Position;

/**
 * The test's own conversion between UTF-16 offsets and LSP positions, written from the protocol
 * rather than from the server's code: lines end at \r\n, \n or \r; a character counts UTF-8 bytes,
 * UTF-16 units or code points by the negotiated encoding.
 */
final class EncodedText {
    private EncodedText() {
    }

    static int width(int codePoint, String encoding) {
        return switch (encoding) {
            case "utf-8" -> new String(Character.toChars(codePoint)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            case "utf-32" -> 1;
            default -> Character.charCount(codePoint);
        };
    }

    static Position position(String text, int offset, String encoding) {
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        int character = 0;
        for (int i = lineStart; i < offset; ) {
            int cp = text.codePointAt(i);
            character += width(cp, encoding);
            i += Character.charCount(cp);
        }
        return new Position(line, character);
    }

    /** The offset of a position, or -1 when it lies outside the text or inside a character or line break. */
    static int offset(String text, Position position, String encoding) {
        int line = 0;
        int i = 0;
        while (line < position.getLine()) {
            if (i >= text.length()) {
                return -1;
            }
            char c = text.charAt(i++);
            if (c == '\r' && i < text.length() && text.charAt(i) == '\n') {
                i++;
            }
            if (c == '\n' || c == '\r') {
                line++;
            }
        }
        int units = 0;
        while (units < position.getCharacter()) {
            if (i >= text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                return -1;
            }
            int cp = text.codePointAt(i);
            units += width(cp, encoding);
            i += Character.charCount(cp);
        }
        return units == position.getCharacter() ? i : -1;
    }
}
