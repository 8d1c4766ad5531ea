package dev.unspin.lint;

import dev.unspin.dictionary.Condition;
import dev.unspin.dictionary.Entry;
import java.util.Set;
import java.util.TreeSet;

/**
 * The neighbouring tokens an entry accepts on one side: either only the listed words (from
 * {@code prev}/{@code next}) or any token but the listed ones (from {@code not-prev}/{@code
 * not-next}, or no condition at all). Both forms are closed under intersection, which is what
 * deciding whether two entries can match in the same place needs.
 */
final class NeighbourSet {
    private final boolean only;
    private final Set<String> words;

    private NeighbourSet(boolean only, Set<String> words) {
        this.only = only;
        this.words = Set.copyOf(words);
    }

    static NeighbourSet any() {
        return new NeighbourSet(false, Set.of());
    }

    static NeighbourSet none() {
        return new NeighbourSet(true, Set.of());
    }

    static NeighbourSet of(Entry entry, Condition.Side side) {
        NeighbourSet result = any();
        for (Condition condition : entry.conditions()) {
            if (condition instanceof Condition.Neighbour n && n.side() == side) {
                result = result.intersect(n.negated() ? new NeighbourSet(false, n.words()) : new NeighbourSet(true, n.words()));
            }
        }
        return result;
    }

    NeighbourSet intersect(NeighbourSet other) {
        if (only && other.only) {
            return new NeighbourSet(true, filter(words, other::contains));
        }
        if (only || other.only) {
            NeighbourSet listed = only ? this : other;
            NeighbourSet open = only ? other : this;
            return new NeighbourSet(true, filter(listed.words, open::contains));
        }
        Set<String> excluded = new TreeSet<>(words);
        excluded.addAll(other.words);
        return new NeighbourSet(false, excluded);
    }

    boolean contains(String token) {
        return words.contains(token) == only;
    }

    boolean isEmpty() {
        return only && words.isEmpty();
    }

    /** True when every token this set accepts, the other accepts too. */
    boolean within(NeighbourSet other) {
        if (only) {
            return words.stream().allMatch(other::contains);
        }
        return !other.only && words.containsAll(other.words);
    }

    /** A token of the set for messages: the first listed word, or null when any word would do. */
    String example() {
        return only ? new TreeSet<>(words).first() : null;
    }

    private static Set<String> filter(Set<String> words, java.util.function.Predicate<String> keep) {
        Set<String> kept = new TreeSet<>();
        for (String word : words) {
            if (keep.test(word)) {
                kept.add(word);
            }
        }
        return kept;
    }
}
