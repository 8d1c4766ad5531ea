package dev.unspin.web;

import com.sun.net.httpserver.HttpExchange;
import dev.unspin.text.StrictUtf8;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;

/** Reads a request body within the size limit and decodes it as UTF-8, refusing anything else. */
final class RequestBody {
    /** Far above any article (the longest seed is 8 KB), far below what would strain the server. */
    static final int MAX_BYTES = 1 << 20;
    /** An oversized body is read and dropped up to this much, so the client sees the 413. */
    private static final long DRAIN_LIMIT = 64L << 20;

    private RequestBody() {
    }

    /** The media type without parameters, in lower case: application/json, text/plain or "". */
    static String mediaType(HttpExchange exchange) throws HttpError {
        String header = exchange.getRequestHeaders().getFirst("Content-Type");
        if (header == null || header.isBlank()) {
            throw new HttpError(415, "Content-Type is missing: send application/json (or text/plain) in UTF-8");
        }
        String[] parts = header.split(";");
        String type = parts[0].strip().toLowerCase(Locale.ROOT);
        for (int i = 1; i < parts.length; i++) {
            String[] pair = parts[i].split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
                String charset = pair[1].strip().replace("\"", "");
                if (!charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
                    throw new HttpError(415, "charset " + charset + " is not supported: send the body in UTF-8");
                }
            }
        }
        return type;
    }

    /** The body as text; 413 when it exceeds {@link #MAX_BYTES}, 400 when it is not UTF-8. */
    static String utf8(HttpExchange exchange) throws IOException, HttpError {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        long length = declared == null ? -1 : parseLength(declared);
        if (length > MAX_BYTES) {
            drain(exchange.getRequestBody());
            throw tooLarge(length + " bytes");
        }
        byte[] bytes = readAtMost(exchange.getRequestBody(), MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            drain(exchange.getRequestBody());
            throw tooLarge("more than " + MAX_BYTES + " bytes");
        }
        StrictUtf8.Decoded decoded = StrictUtf8.decode(bytes);
        Optional<StrictUtf8.Failure> failure = decoded.failure();
        if (failure.isPresent()) {
            throw new HttpError(400, "the body is not valid UTF-8 at line " + failure.get().line() + ", column "
                    + failure.get().column() + ": "
                    + failure.get().message().replace("save the file as UTF-8", "send the body in UTF-8"));
        }
        return decoded.text();
    }

    /** Reads and drops what is left of a body the server refuses, so the client can read the answer. */
    static void drain(InputStream in) {
        try {
            long dropped = 0;
            byte[] buffer = new byte[64 << 10];
            int n;
            while (dropped < DRAIN_LIMIT && (n = in.read(buffer)) > 0) {
                dropped += n;
            }
        } catch (IOException e) {
            // the client went away: nothing left to answer
        }
    }

    private static long parseLength(String declared) throws HttpError {
        try {
            return Long.parseLong(declared.strip());
        } catch (NumberFormatException e) {
            throw new HttpError(400, "Content-Length is not a number: " + declared);
        }
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        byte[] buffer = new byte[8192];
        int n;
        while (out.size() < limit && (n = in.read(buffer, 0, Math.min(buffer.length, limit - out.size()))) > 0) {
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static HttpError tooLarge(String size) {
        return new HttpError(413, "the body is too large (" + size + "): the limit is " + MAX_BYTES
                + " bytes (1 MiB) per request; send one article at a time");
    }
}
