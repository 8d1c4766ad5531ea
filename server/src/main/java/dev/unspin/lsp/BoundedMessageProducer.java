package dev.unspin.lsp;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.eclipse.lsp4j.jsonrpc.JsonRpcException;
import org.eclipse.lsp4j.jsonrpc.MessageIssueHandler;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageProducer;

/**
 * LSP4J's message reader, hardened against a hostile stream. A Content-Length over the limit is
 * skipped, not allocated (LSP4J would throw OutOfMemoryError, which ends the reader and so the
 * server). Header names are matched in any case, as in HTTP. After a broken frame (a wrong
 * Content-Length, a missing header) the rest of it runs into the next header line: the header is
 * found at the end of that line, so the stream recovers at the next message instead of losing all
 * that follow. A message nested too deeply to parse is dropped like any unparsable one.
 *
 * <p>A message over the limit is read past without being kept, as far as its Content-Length says
 * or until a header starts outside its JSON strings, whichever comes first: a valid message cannot
 * hold one there, so a length that lied (a short body under a huge Content-Length) costs that one
 * message, not every message until that many bytes have passed.
 */
final class BoundedMessageProducer extends StreamMessageProducer {
    /** The largest message read, in bytes: a 50 MB document fits; one over it is refused with a message. */
    static final int DEFAULT_MAX_MESSAGE_BYTES = 64 * 1024 * 1024;
    private static final String LENGTH = "content-length:";
    private static final String TYPE = "content-type:";
    private static final int SKIP_BUFFER = 64 * 1024;

    private final int maxBytes;
    private final Consumer<String> refused;

    BoundedMessageProducer(InputStream input, MessageJsonHandler jsonHandler, MessageIssueHandler issueHandler,
            int maxBytes, Consumer<String> refused) {
        // Room to put back what was read past the start of the next header (see skip).
        super(new PushbackInputStream(input, SKIP_BUFFER + LENGTH.length()), jsonHandler, issueHandler);
        this.maxBytes = maxBytes;
        this.refused = refused;
    }

    @Override
    protected void parseHeader(String line, Headers headers) {
        int length = lastIndexOfIgnoreCase(line, LENGTH);
        String trimmed = line.strip();
        if (length >= 0) {
            super.parseHeader(CONTENT_LENGTH_HEADER + ":" + line.substring(length + LENGTH.length()), headers);
        } else if (trimmed.regionMatches(true, 0, TYPE, 0, TYPE.length())) {
            super.parseHeader(CONTENT_TYPE_HEADER + ":" + trimmed.substring(TYPE.length()), headers);
        }
    }

    private static int lastIndexOfIgnoreCase(String line, String name) {
        for (int i = line.length() - name.length(); i >= 0; i--) {
            if (line.regionMatches(true, i, name, 0, name.length())) {
                return i;
            }
        }
        return -1;
    }

    @Override
    protected boolean handleMessage(InputStream input, Headers headers) {
        if (headers.contentLength > maxBytes) {
            refused.accept("unspin: a message of " + headers.contentLength + " bytes was skipped: the server reads messages of up to "
                    + maxBytes + " bytes");
            return skip((PushbackInputStream) input, headers.contentLength);
        }
        try {
            return super.handleMessage(input, headers);
        } catch (StackOverflowError e) {
            fireError(new IllegalArgumentException("a message nested too deeply was dropped"));
            return true;
        }
    }

    /**
     * Reads past a message's bytes, or up to a header outside its JSON strings, which is put back to
     * be read next; false at the end of the stream, as LSP4J's reader does.
     */
    private static boolean skip(PushbackInputStream input, long bytes) {
        byte[] buffer = new byte[SKIP_BUFFER];
        boolean inString = false;
        boolean escaped = false;
        int matched = 0; // characters of "content-length:" just read, outside strings
        try {
            for (long left = bytes; left > 0; ) {
                int n = input.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    return false;
                }
                for (int i = 0; i < n; i++) {
                    char c = (char) (buffer[i] & 0xFF);
                    if (inString) {
                        inString = escaped || c != '"';
                        escaped = !escaped && c == '\\';
                    } else if (c == '"') {
                        inString = true;
                        matched = 0;
                    } else {
                        char lower = Character.toLowerCase(c);
                        matched = lower == LENGTH.charAt(matched) ? matched + 1 : lower == LENGTH.charAt(0) ? 1 : 0;
                        if (matched == LENGTH.length()) {
                            input.unread(buffer, i + 1, n - i - 1);
                            input.unread("Content-Length:".getBytes(StandardCharsets.US_ASCII));
                            return true;
                        }
                    }
                }
                left -= n;
            }
        } catch (IOException e) {
            throw new JsonRpcException(e);
        }
        return true;
    }
}
