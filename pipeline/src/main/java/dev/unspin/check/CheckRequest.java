package dev.unspin.check;

import dev.unspin.document.DocumentFormat;
import dev.unspin.engine.ShownConfidence;
import java.util.Set;

/**
 * What a front end asks the {@link Checker}: a document's source and format, which findings to
 * show, and the entries the user turned off.
 *
 * @param source         the document as written
 * @param format         how to find its prose
 * @param confidence     a fixed least confidence, or the document's evidence decides
 * @param ignoredEntries ids of entries whose findings are left out
 */
public record CheckRequest(String source, DocumentFormat format, ShownConfidence confidence, Set<String> ignoredEntries) {
    public CheckRequest {
        ignoredEntries = Set.copyOf(ignoredEntries);
    }
}
