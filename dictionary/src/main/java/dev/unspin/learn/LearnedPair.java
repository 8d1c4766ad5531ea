package dev.unspin.learn;

import dev.unspin.dictionary.Evidence;
import java.util.List;

/**
 * A spun wording and its original, learned from one or more (original, spun) text pairs.
 *
 * @param spun     the spun wording, in lower case unless it is capitalised mid-sentence
 * @param original the original wording, capitalised to match
 * @param evidence every place it was seen, in order
 * @param contexts the normalized tokens around it at each place, for proposing conditions
 */
public record LearnedPair(String spun, String original, List<Evidence> evidence, List<Context> contexts) {

    /** The tokens just before and after one occurrence ("" at either end of the text). */
    public record Context(String previous, String next) {
    }

    public LearnedPair {
        evidence = List.copyOf(evidence);
        contexts = List.copyOf(contexts);
    }

    public int count() {
        return evidence.size();
    }
}
