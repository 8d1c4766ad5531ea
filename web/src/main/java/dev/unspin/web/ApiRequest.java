package dev.unspin.web;

import dev.unspin.check.CheckRequest;
import dev.unspin.dictionary.Confidence;
import dev.unspin.document.DocumentFormat;
import dev.unspin.engine.ShownConfidence;
import java.util.Optional;
import java.util.Set;

/**
 * One article to check.
 *
 * @param text          the article as written
 * @param path          what the report calls it
 * @param format        how to find its prose
 * @param minConfidence the least sure findings to report; empty lets the article's evidence decide
 */
record ApiRequest(String text, String path, DocumentFormat format, Optional<Confidence> minConfidence) {
    static final String DEFAULT_PATH = "<request>";

    /** A request with defaults filled in: the format follows the path's extension, else plain text. */
    static ApiRequest of(String text, String path, DocumentFormat format, Confidence minConfidence) {
        String name = path == null ? DEFAULT_PATH : path;
        DocumentFormat chosen = format != null ? format
                : DocumentFormat.forFileName(name).orElse(DocumentFormat.PLAIN_TEXT);
        return new ApiRequest(text, name, chosen, Optional.ofNullable(minConfidence));
    }

    /** What the check pipeline is asked. */
    CheckRequest toCheck() {
        return new CheckRequest(text, format, ShownConfidence.of(minConfidence), Set.of());
    }
}
