package dev.unspin.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Decodes UTF-8 strictly, locating the first invalid byte by line and column. */
public final class StrictUtf8 {
    private StrictUtf8() {
    }

    /** A decoding failure at a 1-based line and column (column counted in characters before it). */
    public record Failure(int line, int column, String message) {
    }

    /**
     * Bytes decoded: the text without a leading byte-order mark, and where the bytes first are not
     * UTF-8, if anywhere (then the text has U+FFFD for the bad bytes).
     */
    public record Decoded(String text, Optional<Failure> failure) {
    }

    /**
     * Decodes once: the String constructor is the JDK's fastest decoder and puts U+FFFD for bad
     * bytes, so only a text with U+FFFD in it (bad bytes, or the character itself) needs the
     * strict pass that locates the first bad byte.
     */
    public static Decoded decode(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        Optional<Failure> failure = text.indexOf('\uFFFD') < 0 ? Optional.empty() : firstFailure(bytes);
        return new Decoded(text.startsWith("\uFEFF") ? text.substring(1) : text, failure);
    }

    private static Optional<Failure> firstFailure(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        CoderResult result;
        do {
            out.clear();
            result = decoder.decode(in, out, true);
        } while (result.isOverflow());
        if (!result.isError()) {
            return Optional.empty();
        }
        int offset = in.position();
        String before = new String(bytes, 0, offset, StandardCharsets.UTF_8);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < before.length(); i++) {
            if (before.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = before.length() - lineStart + 1;
        String message = String.format("invalid UTF-8 (byte 0x%02X at byte offset %d): save the file as UTF-8",
                bytes[offset] & 0xFF, offset);
        return Optional.of(new Failure(line, column, message));
    }

}
