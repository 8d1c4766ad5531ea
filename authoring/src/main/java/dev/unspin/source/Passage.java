package dev.unspin.source;

/**
 * A run of words the restored copy and its source share in the same order: evidence that one was
 * made from the other.
 *
 * @param inputLine  the 1-based line of the copy where it starts
 * @param sourceLine the 1-based line of the source where it starts
 * @param words      its length in words
 * @param text       the passage as the source writes it
 */
public record Passage(int inputLine, int sourceLine, int words, String text) {
}
