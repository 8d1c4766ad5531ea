package dev.unspin.cli;

import dev.unspin.report.LineIndex;
import dev.unspin.io.BoundedRead;
import dev.unspin.text.StrictUtf8;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads an article as UTF-8 text, refusing binary data and invalid UTF-8 with a clear reason. The
 * only place that decodes input, so every command treats bytes alike.
 */
public final class TextInput {
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** Why an input could not be read as text; the message names the input. */
    public static final class UnreadableInput extends Exception {
        UnreadableInput(String message) {
            super(message);
        }
    }

    /**
     * A decoded article.
     *
     * @param text           the text, without a byte-order mark
     * @param byteOrderMark  whether the bytes started with one, so a rewrite can keep it
     * @param size           the number of bytes read
     * @param lines          where the text's lines start, found in its bytes
     */
    record Document(String text, boolean byteOrderMark, int size, LineIndex lines) {
        /** The bytes of a new text for this document, with its byte-order mark if it had one. */
        byte[] encode(String newText) {
            byte[] body = newText.getBytes(StandardCharsets.UTF_8);
            if (!byteOrderMark) {
                return body;
            }
            byte[] bytes = new byte[BYTE_ORDER_MARK.length + body.length];
            System.arraycopy(BYTE_ORDER_MARK, 0, bytes, 0, BYTE_ORDER_MARK.length);
            System.arraycopy(body, 0, bytes, BYTE_ORDER_MARK.length, body.length);
            return bytes;
        }
    }

    private TextInput() {
    }

    public static String read(Path path) throws UnreadableInput {
        return document(path, path.toString()).text();
    }

    static Document document(Path path, String name) throws UnreadableInput {
        try {
            if (Files.isDirectory(path)) {
                throw new UnreadableInput(name + ": is a directory");
            }
            return decode(BoundedRead.read(path, name), name);
        } catch (NoSuchFileException e) {
            throw new UnreadableInput(name + ": no such file");
        } catch (AccessDeniedException e) {
            throw new UnreadableInput(name + ": cannot read (permission denied)");
        } catch (BoundedRead.TooLargeException e) {
            throw new UnreadableInput(e.getMessage());
        } catch (IOException e) {
            throw new UnreadableInput(name + ": cannot read (" + e.getMessage() + ")");
        }
    }

    static String read(InputStream in, String name) throws UnreadableInput {
        return document(in, name).text();
    }

    static Document document(InputStream in, String name) throws UnreadableInput {
        try {
            return decode(BoundedRead.read(in, name), name);
        } catch (BoundedRead.TooLargeException e) {
            throw new UnreadableInput(e.getMessage());
        } catch (IOException e) {
            throw new UnreadableInput(name + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /** "line:column" of a byte offset, the column counted in characters as editors do. */
    private static String lineAndColumn(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return line + ":" + (new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8).length() + 1);
    }

    static Document decode(byte[] bytes, String name) throws UnreadableInput {
        boolean bom = bytes.length >= 3 && bytes[0] == BYTE_ORDER_MARK[0] && bytes[1] == BYTE_ORDER_MARK[1] && bytes[2] == BYTE_ORDER_MARK[2];
        int from = bom ? BYTE_ORDER_MARK.length : 0;
        InputScan scan = new InputScan(bytes, from);
        if (scan.firstNul >= 0) {
            throw new UnreadableInput(name + ":" + lineAndColumn(bytes, scan.firstNul)
                    + ": looks binary (NUL byte at byte offset " + scan.firstNul + ")");
        }
        if (scan.firstMalformed >= 0) { // the strict decoder words the problem and places it
            StrictUtf8.Failure f = StrictUtf8.decode(bytes).failure().orElseThrow(() -> new IllegalStateException(
                    name + ": byte " + scan.firstMalformed + " is not UTF-8 here but the JDK's decoder reads it"));
            throw new UnreadableInput(name + ":" + f.line() + ":" + f.column() + ": " + f.message());
        }
        String text = new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
        return new Document(text, bom, bytes.length, new LineIndex(text, scan.lineStarts, scan.lines, scan.linesWithPairs));
    }
}
