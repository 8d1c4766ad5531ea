package dev.unspin.context;

import java.util.List;

/**
 * What a masked language model says of a form, over all its occurrences: the candidate it prefers,
 * and how strongly.
 *
 * @param best      the candidate with the highest summed log-odds
 * @param share     the best candidate's share of the probability among the form and its candidates
 * @param margin    mean lead in log-odds of the best candidate over the second
 * @param formGap   mean lead of the best candidate over the form itself (0 when the model cannot weigh the form)
 * @param formScored whether the model could weigh the form (it is one piece of the model's vocabulary)
 * @param agrees    whether the trigram model's best candidate is the same word
 */
public record MaskedEvidence(String best, double share, double margin, double formGap, boolean formScored, boolean agrees) {

    /** The features this adds to the trigram evidence, in {@link #NAMES}' order. */
    public double[] features() {
        return new double[] {share, clip(margin), clip(formGap), formScored ? 1 : 0, agrees ? 1 : 0};
    }

    public static final List<String> NAMES = List.of("masked share", "masked margin", "masked gap to form", "masked form scored",
            "masked agrees");

    private static double clip(double value) {
        return Math.max(-15, Math.min(15, value));
    }
}
