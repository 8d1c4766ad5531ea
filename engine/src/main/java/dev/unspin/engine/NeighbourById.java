package dev.unspin.engine;

import dev.unspin.dictionary.Condition;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * {@link Condition.Neighbour} over token ids: the tokens just before or after the match are one of
 * the condition's words, or phrases of several tokens. A text token matches a word exactly when
 * its normalized form is that word, which is when their ids are equal.
 */
final class NeighbourById implements SiteCondition {
    private final boolean previous;
    private final boolean negated;
    /** The ids of the one-token words. */
    private final BitSet words;
    /** The ids of each phrase's tokens. */
    private final int[][] phrases;

    private NeighbourById(boolean previous, boolean negated, BitSet words, int[][] phrases) {
        this.previous = previous;
        this.negated = negated;
        this.words = words;
        this.phrases = phrases;
    }

    static NeighbourById of(Condition.Neighbour condition, Vocabulary vocabulary) {
        BitSet words = new BitSet();
        List<int[]> phrases = new ArrayList<>();
        for (String word : condition.words()) {
            // The condition compares tokens joined by single spaces: its words' parts are tokens.
            String[] parts = word.split(" ", -1);
            if (parts.length == 1) {
                words.set(vocabulary.intern(word));
            } else if (!List.of(parts).contains("")) { // an empty part never matches a token
                int[] ids = new int[parts.length];
                for (int k = 0; k < parts.length; k++) {
                    ids[k] = vocabulary.intern(parts[k]);
                }
                phrases.add(ids);
            }
        }
        return new NeighbourById(condition.side() == Condition.Side.PREVIOUS, condition.negated(), words,
                phrases.toArray(int[][]::new));
    }

    @Override
    public boolean holds(MatchSite site) {
        return found(site) != negated;
    }

    private boolean found(MatchSite site) {
        int[] ids = site.ids();
        int next = previous ? site.first() - 1 : site.last() + 1;
        if (next >= 0 && next < ids.length && ids[next] >= 0 && words.get(ids[next])) {
            return true;
        }
        for (int[] phrase : phrases) {
            int from = previous ? site.first() - phrase.length : site.last() + 1;
            if (from >= 0 && from + phrase.length <= ids.length && startsAt(ids, from, phrase)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsAt(int[] ids, int from, int[] phrase) {
        for (int k = 0; k < phrase.length; k++) {
            if (ids[from + k] != phrase[k]) {
                return false;
            }
        }
        return true;
    }
}
