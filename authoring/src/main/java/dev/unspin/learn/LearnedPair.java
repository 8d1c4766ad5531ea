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

    /**
     * Up to {@link #WIDTH} normalized tokens just before and just after one occurrence, each in
     * text order (fewer at either end of the text).
     */
    public record Context(List<String> before, List<String> after) {
        public static final int WIDTH = 3;

        public Context {
            before = List.copyOf(before.subList(Math.max(0, before.size() - WIDTH), before.size()));
            after = List.copyOf(after.subList(0, Math.min(WIDTH, after.size())));
        }

        /** The {@code n} tokens just before, joined by spaces, as a {@code prev:} condition reads them. */
        public String previous(int n) {
            return String.join(" ", before.subList(Math.max(0, before.size() - n), before.size()));
        }

        /** The {@code n} tokens just after, joined by spaces, as a {@code next:} condition reads them. */
        public String next(int n) {
            return String.join(" ", after.subList(0, Math.min(n, after.size())));
        }
    }

    public LearnedPair {
        evidence = List.copyOf(evidence);
        contexts = List.copyOf(contexts);
    }

    public int count() {
        return evidence.size();
    }
}
