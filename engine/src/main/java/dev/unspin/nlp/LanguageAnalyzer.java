package dev.unspin.nlp;

import java.util.List;

/**
 * Finds sentences and parts of speech in a text. Conditions that need linguistic context ask
 * for it through this interface, so that the dictionary and engine do not depend on a library.
 * Offsets are UTF-16 positions in the text given.
 */
public interface LanguageAnalyzer {

    /** The offset where each sentence of the text starts, ascending. */
    int[] sentenceStarts(String text);

    /** The tokens of {@code text[start, end)}, one sentence, with universal part-of-speech tags. */
    List<TaggedSpan> tagSentence(String text, int start, int end);

    /** An analysis of the text that tags each sentence only when something asks about it. */
    default Analysis analyze(String text) {
        return new Analysis(this, text);
    }
}
