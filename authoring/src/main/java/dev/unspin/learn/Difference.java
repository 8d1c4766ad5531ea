package dev.unspin.learn;

/**
 * One place where a spun text differs from its original.
 *
 * @param spun     the spun wording, as written in the spun text
 * @param original the original wording, as written in the original text
 * @param kind     what sort of difference it is
 * @param line     1-based line of the spun text where it starts
 * @param offset   UTF-16 offset in the spun text where it starts
 */
public record Difference(String spun, String original, Kind kind, int line, int offset) {

    /** Only wording differences are the spinner's; the others are reported but not learned. */
    public enum Kind {
        /** A word or phrase swapped for a synonym: what the dictionary learns. */
        WORDING,
        /** A name spelled differently (Antony / Anthony): not a spin. */
        PROPER_NOUN,
        /** Different numbers (3 / 4): a factual edit, not a spin. */
        NUMBER,
        /** Punctuation or symbols only. */
        PUNCTUATION
    }
}
