package dev.unspin.lsp;

import dev.unspin.document.DocumentFormat;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * One version of a document the client has open: immutable, so that a check running on another
 * thread always sees a consistent text.
 *
 * @param format  the format the settings check it as; {@link #format()} is empty when it is not checked at all
 * @param refusal why it is not checked whatever the settings ({@link DocumentLimits}), or null
 */
record OpenDocument(String uri, String languageId, int version, String text, Optional<DocumentFormat> format,
        LineIndex lines, DocumentLimits.Refusal refusal) {

    static OpenDocument of(String uri, String languageId, int version, String text, Optional<DocumentFormat> format) {
        return new OpenDocument(uri, languageId, version, text, format, LineIndex.of(text), DocumentLimits.refusal(text));
    }

    /** The format it is checked as; empty when it is not checked, by the settings or by its size or content. */
    @Override
    public Optional<DocumentFormat> format() {
        return refusal == null ? format : Optional.empty();
    }

    /** The next version, with the client's changes applied in order (full or incremental). */
    OpenDocument changed(int newVersion, List<TextDocumentContentChangeEvent> changes, PositionEncoding encoding) {
        String current = text;
        LineIndex index = lines;
        for (TextDocumentContentChangeEvent change : changes) {
            if (change.getRange() == null) {
                current = change.getText();
            } else {
                int start = index.offset(change.getRange().getStart(), encoding);
                int end = index.offset(change.getRange().getEnd(), encoding);
                if (end < start) {
                    throw new IllegalArgumentException("change range ends before it starts");
                }
                current = new StringBuilder(current.length() - (end - start) + change.getText().length())
                        .append(current, 0, start).append(change.getText()).append(current, end, current.length())
                        .toString();
            }
            index = LineIndex.of(current);
        }
        return new OpenDocument(uri, languageId, newVersion, current, format, index, DocumentLimits.refusal(current));
    }

    OpenDocument withFormat(Optional<DocumentFormat> newFormat) {
        return new OpenDocument(uri, languageId, version, text, newFormat, lines, refusal);
    }
}
