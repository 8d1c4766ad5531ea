package dev.unspin.lsp;

import java.util.List;
import org.eclipse.lsp4j.PositionEncodingKind;

/** How a {@code Position}'s character counts: UTF-16 code units (the LSP default), UTF-8 bytes or code points. */
enum PositionEncoding {
    UTF8(PositionEncodingKind.UTF8),
    UTF16(PositionEncodingKind.UTF16),
    UTF32(PositionEncodingKind.UTF32);

    private final String kind;

    PositionEncoding(String kind) {
        this.kind = kind;
    }

    String kind() {
        return kind;
    }

    /** The first encoding in the client's order of preference that the server supports; UTF-16 otherwise. */
    static PositionEncoding negotiate(List<String> clientPreferences) {
        if (clientPreferences != null) {
            for (String preferred : clientPreferences) {
                for (PositionEncoding encoding : values()) {
                    if (encoding.kind.equals(preferred)) {
                        return encoding;
                    }
                }
            }
        }
        return UTF16;
    }

    /** The width of the code point {@code cp} in this encoding's units. */
    int width(int cp) {
        return switch (this) {
            case UTF16 -> Character.charCount(cp);
            case UTF32 -> 1;
            case UTF8 -> cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
        };
    }
}
