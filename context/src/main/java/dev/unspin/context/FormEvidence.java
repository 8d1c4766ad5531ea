package dev.unspin.context;

import java.util.List;

/**
 * What says that a word form was spun, as numbers a detector weighs.
 *
 * @param gain       mean log10 gain per occurrence when the best candidate replaces the form in its
 *                   language-model window
 * @param margin     mean log10 lead of the best candidate over the second best
 * @param absent     whether the best candidate occurs nowhere else in the document: the spinner
 *                   replaces every occurrence of a form it knows, so a restored original is usually absent
 * @param occurrences how often the form occurs
 * @param prior      log10 unigram probability of the candidate minus that of the form: a spinner's
 *                   table maps common words to rarer ones
 * @param formUnigram log10 unigram probability of the form
 * @param documentSpin the share of the document's other forms whose best candidate fits far better
 */
public record FormEvidence(double gain, double margin, boolean absent, int occurrences, double prior, double formUnigram,
        double documentSpin) {

    /**
     * The features in the detector's order, the constant term first. The products let the
     * document's spin and the candidate's absence strengthen the model's gain, as they do in real spins.
     */
    public double[] features() {
        double g = clip(gain);
        double a = absent ? 1 : 0;
        return new double[] {1, g, clip(margin), a, Math.log(occurrences), clip(prior), formUnigram, documentSpin,
            g * a, documentSpin * g, documentSpin * a};
    }

    /** The features' names, in {@link #features()}'s order. */
    public static final List<String> NAMES = List.of("bias", "gain", "margin", "absent", "log occurrences", "prior",
            "form unigram", "document spin", "gain x absent", "document spin x gain", "document spin x absent");

    private static double clip(double value) {
        return Math.max(-8, Math.min(8, value));
    }
}
