package dev.unspin.engine;

import dev.unspin.text.TokenSpans;

/**
 * The apostrophe a text mostly uses, straight or curly, so that replacements match its
 * typography. The tokenizer counts them as it reads the text.
 */
final class ApostropheStyle {
    private final char apostrophe;

    ApostropheStyle(TokenSpans tokens) {
        this.apostrophe = tokens.curlyApostrophes() > tokens.straightApostrophes() ? '\u2019' : '\'';
    }

    /** The replacement with its apostrophes in the text's style. */
    String apply(String replacement) {
        return apostrophe == '\'' ? replacement.replace('\u2019', '\'') : replacement.replace('\'', apostrophe);
    }
}
