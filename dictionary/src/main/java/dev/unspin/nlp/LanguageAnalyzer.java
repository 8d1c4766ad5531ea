package dev.unspin.nlp;

/**
 * Finds sentences and parts of speech in a text. Conditions that need linguistic context ask
 * for it through this interface, so that the dictionary and engine do not depend on a library.
 */
public interface LanguageAnalyzer {

    /** Analyses the whole text; offsets in the result are UTF-16 positions in {@code text}. */
    Analysis analyze(String text);
}
