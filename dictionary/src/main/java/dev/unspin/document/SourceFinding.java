package dev.unspin.document;

import dev.unspin.engine.Finding;

/**
 * A finding located in a document's source.
 *
 * @param start       UTF-16 offset of the spun phrasing in the source
 * @param end         UTF-16 offset just past it
 * @param finding     what the engine found in the checkable text
 * @param replacements the finding's replacements as they must be written into the source
 */
public record SourceFinding(int start, int end, Finding finding, java.util.List<String> replacements) {
    public SourceFinding {
        replacements = java.util.List.copyOf(replacements);
    }

    public String entryId() {
        return finding.entryId();
    }
}
