package dev.unspin.evaluation;

import java.util.List;

/**
 * A clean text as a simulated spinner left it, with its changes. Every change swaps one word for
 * one word, so the n-th word of the spun text stands where the n-th word of the original stood.
 */
public record SimulatedSpin(String original, String spun, List<Change> changes) {
    public SimulatedSpin {
        changes = List.copyOf(changes);
    }

    /**
     * One swapped word.
     *
     * @param word     the index of the word among the text's words
     * @param original the word the spinner replaced
     * @param spun     the synonym it wrote instead
     */
    public record Change(int word, String original, String spun) {
    }
}
