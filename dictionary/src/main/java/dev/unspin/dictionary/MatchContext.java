package dev.unspin.dictionary;

import java.util.List;
import java.util.Optional;

/**
 * What a condition may look at around a candidate match. The engine supplies it, so that the
 * dictionary stays independent of how text is tokenized and analysed. Methods that need
 * linguistic analysis ({@link #partOfSpeech()}, {@link #sentenceInitial()}) may run it on first
 * call; conditions that do not call them cost nothing extra.
 */
public interface MatchContext {
    /** The normalized token just before the match, or "" at the start of the text. */
    default String previousToken() {
        return previousTokens(1);
    }

    /** The normalized token just after the match, or "" at the end of the text. */
    default String nextToken() {
        return nextTokens(1);
    }

    /**
     * Up to {@code count} normalized tokens just before the match, in text order, joined by single
     * spaces (fewer at the start of the text).
     */
    String previousTokens(int count);

    /** Up to {@code count} normalized tokens just after the match, joined by single spaces. */
    String nextTokens(int count);

    /** The match as written in the text. */
    String surface();

    /** Up to {@code count} normalized words before the match, nearest first; punctuation skipped. */
    List<String> wordsBefore(int count);

    /** Up to {@code count} normalized words after the match, nearest first; punctuation skipped. */
    List<String> wordsAfter(int count);

    /** The universal part of speech (NOUN, VERB, AUX, ADJ, PROPN...) of the match's last word. */
    Optional<String> partOfSpeech();

    /** True when no word comes before the match in its sentence. */
    boolean sentenceInitial();
}
