package dev.unspin.lsp;

import java.io.IOException;
import java.io.InputStream;
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
 */
final class BoundedMessageProducer extends StreamMessageProducer {
    /** The largest message read, in bytes: a 50 MB document fits; one over it is refused with a message. */
    static final int DEFAULT_MAX_MESSAGE_BYTES = 64 * 1024 * 1024;
    private static final String LENGTH = "content-length:";
    private static final String TYPE = "content-type:";

    private final int maxBytes;
    private final Consumer<String> refused;

    BoundedMessageProducer(InputStream input, MessageJsonHandler jsonHandler, MessageIssueHandler issueHandler,
            int maxBytes, Consumer<String> refused) {
        super(input, jsonHandler, issueHandler);
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
            return skip(input, headers.contentLength);
        }
        try {
            return super.handleMessage(input, headers);
        } catch (StackOverflowError e) {
            fireError(new IllegalArgumentException("a message nested too deeply was dropped"));
            return true;
        }
    }

    /** Reads past a message's bytes; false at the end of the stream, as LSP4J's reader does. */
    private static boolean skip(InputStream input, long bytes) {
        byte[] buffer = new byte[64 * 1024];
        try {
            for (long left = bytes; left > 0; ) {
                int n = input.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    return false;
                }
                left -= n;
            }
        } catch (IOException e) {
            throw new JsonRpcException(e);
        }
        return true;
    }
}
