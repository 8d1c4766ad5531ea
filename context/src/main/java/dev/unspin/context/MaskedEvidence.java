package dev.unspin.context;

import java.util.List;

/**
 * What a masked language model says of a form, over all its occurrences: the candidate it prefers,
 * how strongly, and what the document says of that candidate.
 *
 * @param best      the candidate with the highest summed log-odds
 * @param share     the best candidate's share of the probability among the form and its candidates
 * @param margin    mean lead in log-odds of the best candidate over the second
 * @param formGap   mean lead of the best candidate over the form itself (0 when the model cannot weigh the form)
 * @param formScored whether the model could weigh the form (it is one piece of the model's vocabulary)
 * @param agrees    whether the trigram model's best candidate is the same word
 * @param absent    whether the best candidate occurs nowhere in the document
 * @param prior     log10 unigram probability of the best candidate minus that of the form
 * @param expectedIfAbsent how often the best candidate would occur in a text of the document's length,
 *                  by its unigram probability, when it is absent (0 when present): the spinner
 *                  replaces every occurrence, so a common word missing from a long text is telling
 */
public record MaskedEvidence(String best, double share, double margin, double formGap, boolean formScored, boolean agrees,
        boolean absent, double prior, double expectedIfAbsent) {

    /** The features this adds to the trigram evidence, in {@link #NAMES}' order. */
    public double[] features() {
        return new double[] {share, clip(margin), clip(formGap), formScored ? 1 : 0, agrees ? 1 : 0, absent ? 1 : 0,
            Math.max(-8, Math.min(8, prior)), Math.log1p(expectedIfAbsent)};
    }

    public static final List<String> NAMES = List.of("masked share", "masked margin", "masked gap to form", "masked form scored",
            "masked agrees", "masked absent", "masked prior", "masked log expected if absent");

    private static double clip(double value) {
        return Math.max(-15, Math.min(15, value));
    }
}
