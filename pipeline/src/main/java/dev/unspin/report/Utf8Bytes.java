package dev.unspin.report;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growing buffer of UTF-8 for reports written as bytes. ASCII, nearly all of a report, goes in
 * byte for byte; a string with other characters goes through the JDK's encoder from its first
 * one. Saves building UTF-16 text and encoding it again, which took a third of the gcc format's time.
 */
final class Utf8Bytes {
    private byte[] bytes;
    private int size;

    Utf8Bytes(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    Utf8Bytes append(String text) {
        int length = text.length();
        room(length);
        byte[] to = bytes; // locals, not fields, in the loop: C1, which runs a short command, keeps fields in memory
        int at = size;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                size = at;
                return append(text.substring(i).getBytes(StandardCharsets.UTF_8));
            }
            to[at++] = (byte) c;
        }
        size = at;
        return this;
    }

    Utf8Bytes append(byte[] encoded) {
        room(encoded.length);
        System.arraycopy(encoded, 0, bytes, size, encoded.length);
        size += encoded.length;
        return this;
    }

    /** An ASCII character. */
    Utf8Bytes append(char ascii) {
        room(1);
        bytes[size++] = (byte) ascii;
        return this;
    }

    /** A non-negative number in decimal. */
    Utf8Bytes append(int number) {
        int digits = 1;
        for (int rest = number / 10; rest > 0; rest /= 10) {
            digits++;
        }
        room(digits);
        for (int i = size + digits - 1, rest = number; i >= size; i--, rest /= 10) {
            bytes[i] = (byte) ('0' + rest % 10);
        }
        size += digits;
        return this;
    }

    /** The bytes so far, not copied: the buffer must not be appended to afterwards. */
    ByteBuffer toByteBuffer() {
        return ByteBuffer.wrap(bytes, 0, size);
    }

    private void room(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(size + more, bytes.length * 2));
        }
    }
}
