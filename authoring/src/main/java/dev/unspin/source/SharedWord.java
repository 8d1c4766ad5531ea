package dev.unspin.source;

/**
 * A word the copy and its source share, with the number of corpus documents that have it: the
 * fewer, the more it says that the two belong together.
 */
public record SharedWord(String word, long documents) {
}
