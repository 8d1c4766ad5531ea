package dev.unspin.languagemodel;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Reads a model file's header fields in order, failing with the file and offset of whatever is wrong. */
final class FormatReader {
    private final ByteBuffer file;
    private final Path source;
    private int position;

    FormatReader(ByteBuffer file, Path source) {
        this.file = file;
        this.source = source;
    }

    int position() {
        return position;
    }

    LanguageModelFormatException error(String problem) {
        return new LanguageModelFormatException(source, position, problem);
    }

    void expectMagic(String magic) {
        byte[] expected = magic.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < Math.min(expected.length, file.limit()); i++) {
            if (file.get(i) != expected[i]) {
                throw error("not a trie language model: it does not begin with \"" + magic + "\"");
            }
        }
        require(expected.length, "the header");
        position = expected.length;
    }

    int unsignedByte(String what) {
        require(1, what);
        return Byte.toUnsignedInt(file.get(position++));
    }

    int count(String what) {
        require(4, what);
        int value = file.getInt(position);
        if (value < 0) {
            throw error(what + " is negative");
        }
        position += 4;
        return value;
    }

    float[] floats(int count, String what) {
        require((long) count * 4, what);
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = file.getFloat(position + 4 * i);
        }
        position += 4 * count;
        return values;
    }

    void skip(long bytes, String what) {
        require(bytes, what);
        position += (int) bytes;
    }

    /** {@code count} NUL-terminated UTF-8 words, numbered in order. */
    Map<String, Integer> words(int count) {
        Map<String, Integer> ids = new HashMap<>(count * 2);
        int start = position;
        for (int i = 0; i < count; i++) {
            int end = start;
            while (end < file.limit() && file.get(end) != 0) {
                end++;
            }
            if (end == file.limit()) {
                position = start;
                throw error("the word list ends after " + i + " of " + count + " words");
            }
            byte[] bytes = new byte[end - start];
            file.get(start, bytes);
            ids.putIfAbsent(new String(bytes, StandardCharsets.UTF_8), i);
            start = end + 1;
        }
        position = start;
        return ids;
    }

    private void require(long bytes, String what) {
        if (position + bytes > file.limit()) {
            throw error("the file ends inside " + what + " (" + file.limit() + " bytes)");
        }
    }
}
