package dev.unspin.context;

import java.util.List;

/**
 * One word form of a document as the contextual restorer weighs it: every place it
 * occurs, the candidate original that fits all of them best, and the evidence that it was spun.
 * The spinner replaces every occurrence of a form it knows with the same word, so the decision is
 * taken once per form, with all its occurrences as evidence.
 *
 * @param form        the lower-case form
 * @param occurrences the first and last word index of each occurrence in the document's reading (the same for a word)
 * @param best        the candidate original that the scorer finds likeliest over all occurrences
 * @param evidence    the detector's features
 */
public record SpunForm(String form, List<int[]> occurrences, String best, FormEvidence evidence) {
}
