package dev.unspin.source;

/**
 * One document of the corpus a spun copy is compared with.
 *
 * @param id    how reports and evidence name it: a path, or a JSON Lines record's id
 * @param text  its prose (markup already removed)
 * @param lines where the prose's characters are in the document as written
 */
public record CorpusDocument(String id, String text, ProseLines lines) {
    /** A document that is its own prose: plain text. */
    public CorpusDocument(String id, String text) {
        this(id, text, ProseLines.of(text));
    }
}
