package dev.unspin.spark;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.Serializable;

/**
 * One document of the corpus, as read on an executor: its identity in the output, and either its
 * content or why it could not be read.
 */
final class Document implements Serializable {
    enum Kind { FILE, JSON_LINE, WARC_RECORD }

    final Kind kind;
    /** The file's path, the JSON line's id, or the WARC record's target URI. */
    final String id;
    /** The JSON Lines or WARC file the document came from; null for a file of its own. */
    final String source;
    /** The byte offset of the line or record in {@link #source}; -1 for a file of its own. */
    final long offset;
    /** The WARC record's own id. */
    final String recordId;
    /** A file's bytes, decoded as {@code unspin check} decodes them; null otherwise. */
    final byte[] bytes;
    /** The text of a JSON line or of a WARC record's HTML; null for a file. */
    final String text;
    /** Whether {@link #text} is HTML, whose prose is checked. */
    final boolean html;
    /** Why the document could not be read, or null. */
    final String error;

    private Document(Kind kind, String id, String source, long offset, String recordId, byte[] bytes, String text,
            boolean html, String error) {
        this.kind = kind;
        this.id = id;
        this.source = source;
        this.offset = offset;
        this.recordId = recordId;
        this.bytes = bytes;
        this.text = text;
        this.html = html;
        this.error = error;
    }

    static Document file(String path, byte[] bytes) {
        return new Document(Kind.FILE, path, null, -1, null, bytes, null, false, null);
    }

    static Document unreadableFile(String path, String error) {
        return new Document(Kind.FILE, path, null, -1, null, null, null, false, error);
    }

    static Document jsonLine(String id, String source, long offset, String text) {
        return new Document(Kind.JSON_LINE, id, source, offset, null, null, text, false, null);
    }

    static Document badJsonLine(String id, String source, long offset, String error) {
        return new Document(Kind.JSON_LINE, id, source, offset, null, null, null, false, error);
    }

    static Document warcRecord(String uri, String recordId, String source, long offset, String html) {
        return new Document(Kind.WARC_RECORD, uri, source, offset, recordId, null, html, true, null);
    }

    static Document badWarcRecord(String uri, String recordId, String source, long offset, String error) {
        return new Document(Kind.WARC_RECORD, uri, source, offset, recordId, null, null, true, error);
    }

    /** A name for messages: the path, or the id or URI with where it came from. */
    String name() {
        return source == null ? id : (id == null ? "" : id + " ") + "(" + source + ", byte " + offset + ")";
    }

    /** The fields that say which document a line of output is about. */
    void writeIdentity(JsonWriter json) throws IOException {
        switch (kind) {
            case FILE -> json.name("path").value(id);
            case JSON_LINE -> json.name("id").value(id);
            case WARC_RECORD -> {
                json.name("uri").value(id);
                json.name("recordId").value(recordId);
            }
        }
        if (source != null) {
            json.name("source").value(source);
            json.name("offset").value(offset);
        }
    }
}
