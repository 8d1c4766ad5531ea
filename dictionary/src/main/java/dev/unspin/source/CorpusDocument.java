package dev.unspin.source;

/**
 * One document of the corpus a spun copy is compared with.
 *
 * @param id   how reports and evidence name it: a path, or a JSON Lines record's id
 * @param text its prose (markup already removed)
 */
public record CorpusDocument(String id, String text) {
}
