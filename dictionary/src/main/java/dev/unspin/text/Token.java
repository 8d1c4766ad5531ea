package dev.unspin.text;

/**
 * A token of a document: a word (letters and digits with inner apostrophes, hyphens and dots,
 * as in "we’ll", "long-range", "U.S.-made") or a single other visible character.
 *
 * @param start      UTF-16 offset of the first char in the document
 * @param end        UTF-16 offset just past the last char
 * @param text       the token as written
 * @param normalized the token as compared (see {@link Normalizer})
 * @param word       true for words, false for punctuation and symbols
 */
public record Token(int start, int end, String text, String normalized, boolean word) {
}
