package dev.unspin.engine;

import dev.unspin.dictionary.Confidence;
import java.util.List;
import java.util.Optional;

/**
 * Which findings a check shows: those of a fixed least confidence, or, by default, those its
 * document's own spin evidence warrants ({@link SpinEvidence#minimumShown()}). The one place every
 * front end's "let the evidence decide" goes through.
 */
public final class ShownConfidence {
    public static final ShownConfidence BY_EVIDENCE = new ShownConfidence(null);

    private final Confidence fixed;

    private ShownConfidence(Confidence fixed) {
        this.fixed = fixed;
    }

    public static ShownConfidence atLeast(Confidence minimum) {
        return new ShownConfidence(minimum);
    }

    /** A fixed minimum when one is given, else the evidence's choice. */
    public static ShownConfidence of(Optional<Confidence> minimum) {
        return minimum.map(ShownConfidence::atLeast).orElse(BY_EVIDENCE);
    }

    public Optional<Confidence> fixed() {
        return Optional.ofNullable(fixed);
    }

    /** The least confidence to search for: the evidence weighs every finding, so without a fixed minimum, all. */
    public Confidence searched() {
        return fixed != null ? fixed : Confidence.POSSIBLE;
    }

    /** The least confidence shown, given every finding searched for in a document of {@code words} words. */
    public Confidence shown(int words, List<Finding> searched) {
        return fixed != null ? fixed : SpinEvidence.of(words, searched).minimumShown();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ShownConfidence that && that.fixed == fixed;
    }

    @Override
    public int hashCode() {
        return fixed == null ? 0 : fixed.hashCode();
    }

    @Override
    public String toString() {
        return fixed == null ? "by evidence" : "at least " + fixed.label();
    }
}
