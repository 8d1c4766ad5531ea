package dev.unspin.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The HTML pages of a WARC file (plain or gzipped), one document per response record, read lazily
 * so that a large crawl file is never held in memory. Other records are passed over. A record whose
 * HTTP message or text cannot be read becomes a malformed document; a break in the file's framing
 * (a truncated or corrupt record) ends the file with one malformed document, since nothing after it
 * can be found again.
 */
final class WarcRecords implements Iterator<Document>, AutoCloseable {
    private final String source;
    private final WarcReader reader;
    private Document next;
    private boolean done;

    WarcRecords(String source, InputStream in) throws IOException {
        this.source = source;
        this.reader = new WarcReader(in);
    }

    @Override
    public boolean hasNext() {
        while (next == null && !done) {
            long offset = reader.position();
            Optional<WarcRecord> record;
            try {
                record = reader.next();
            } catch (IOException | RuntimeException e) {
                done = true;
                next = Document.badWarcRecord(null, null, source, offset,
                        source + ", record at byte " + offset + ": broken WARC record, the rest of the file is not read ("
                                + e.getMessage() + ")");
                break;
            }
            if (record.isEmpty()) {
                done = true;
                close();
            } else if (record.get() instanceof WarcResponse response) {
                next = page(response, offset);
            }
        }
        return next != null;
    }

    @Override
    public Document next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Document document = next;
        next = null;
        return document;
    }

    /** The response's HTML page, null when it is not HTML, or a malformed document. */
    private Document page(WarcResponse response, long offset) {
        String uri = response.target();
        String id = response.id().toString();
        try {
            HttpResponse http = response.http();
            MediaType type = http.contentType().base();
            if (!type.equals(MediaType.HTML) && !type.toString().equals("application/xhtml+xml")) {
                return null;
            }
            byte[] body;
            try (InputStream in = http.bodyDecoded().stream()) {
                body = in.readAllBytes();
            }
            return Document.warcRecord(uri, id, source, offset, decode(body, http.contentType()));
        } catch (IOException | RuntimeException e) {
            return Document.badWarcRecord(uri, id, source, offset,
                    uri + " (" + source + ", byte " + offset + "): " + (e.getMessage() == null ? e.toString() : e.getMessage()));
        }
    }

    /** The page's text in the charset its Content-Type names, UTF-8 when it names none; bytes that do not fit are an error. */
    private static String decode(byte[] body, MediaType type) throws IOException {
        Charset charset = StandardCharsets.UTF_8;
        String named = type.parameters().get("charset");
        if (named != null) {
            try {
                charset = Charset.forName(named.trim());
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new IOException("unknown charset '" + named + "'");
            }
        }
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("the page is not valid " + charset.name());
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            // Reading is over; nothing is lost.
        }
    }
}
