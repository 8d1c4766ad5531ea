package dev.unspin.learn;

/**
 * An original article and its spun copy.
 *
 * @param source   names the spun copy in evidence ({@code source:line}); no whitespace
 * @param original the original text
 * @param spun     the spun copy
 */
public record TextPair(String source, String original, String spun) {
    public TextPair {
        if (source.isEmpty() || source.codePoints().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("'" + source + "' cannot name evidence: a source needs a name without spaces");
        }
    }
}
