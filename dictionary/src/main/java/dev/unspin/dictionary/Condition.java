package dev.unspin.dictionary;

import java.util.Set;

/** A context condition an entry's match must satisfy, written in the dictionary as {@code key: value}. */
public sealed interface Condition permits Condition.Neighbour {

    boolean holds(MatchContext context);

    /** The condition as written in a dictionary file, e.g. {@code next: shift|change}. */
    String source();

    /** Which neighbouring token a {@link Neighbour} condition looks at. */
    enum Side { PREVIOUS, NEXT }

    /**
     * The token before or after the match is (or, negated, is not) one of the given words.
     * Words are normalized like tokens: lower case, straight apostrophes.
     */
    record Neighbour(Side side, boolean negated, Set<String> words) implements Condition {
        public Neighbour {
            words = Set.copyOf(words);
        }

        @Override
        public boolean holds(MatchContext context) {
            String token = side == Side.PREVIOUS ? context.previousToken() : context.nextToken();
            return words.contains(token) != negated;
        }

        @Override
        public String source() {
            return key() + ": " + String.join("|", words.stream().sorted().toList());
        }

        public String key() {
            return (negated ? "not-" : "") + (side == Side.PREVIOUS ? "prev" : "next");
        }
    }
}
