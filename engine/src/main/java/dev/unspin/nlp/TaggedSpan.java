package dev.unspin.nlp;

/**
 * A token as the analyzer sees it, with its Universal Dependencies part of speech
 * (NOUN, VERB, AUX, ADJ, PROPN...).
 *
 * @param start UTF-16 offset of the token in the analysed text
 * @param end   UTF-16 offset just past it
 * @param tag   the universal part-of-speech tag
 */
public record TaggedSpan(int start, int end, String tag) {
}
