package dev.unspin.languagemodel;

import java.nio.file.Path;

/**
 * The language model a feature needs cannot be used: not installed (the message says how to
 * install it), or unreadable or malformed (the message names the file and what is wrong).
 */
public final class LanguageModelUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    private LanguageModelUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    static LanguageModelUnavailableException notInstalled(Path expected) {
        return new LanguageModelUnavailableException("the news language model is not installed at " + expected
                + ": install it with 'apt-get install pocketsphinx-en-us', or set " + NewsLanguageModel.ENVIRONMENT_VARIABLE
                + " to a CMU Sphinx trie model (.lm.bin)", null);
    }

    static LanguageModelUnavailableException unusable(RuntimeException problem) {
        return new LanguageModelUnavailableException("the news language model cannot be used: " + problem.getMessage(), problem);
    }
}
