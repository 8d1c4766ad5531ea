package dev.unspin.languagemodel;

import java.nio.file.Path;

/** The language model a feature needs is not installed; the message says how to install it. */
public final class MissingLanguageModelException extends Exception {
    private static final long serialVersionUID = 1L;

    public MissingLanguageModelException(Path expected) {
        super("the news language model is not installed at " + expected + ": install it with 'apt-get install pocketsphinx-en-us', "
                + "or set " + NewsLanguageModel.ENVIRONMENT_VARIABLE + " to a CMU Sphinx trie model (.lm.bin)");
    }
}
