package dev.unspin.dictionary;

/**
 * What a condition may look at around a candidate match. The engine supplies it, so that the
 * dictionary stays independent of how text is tokenized.
 */
public interface MatchContext {
    /** The normalized token just before the match, or "" at the start of the text. */
    String previousToken();

    /** The normalized token just after the match, or "" at the end of the text. */
    String nextToken();
}
