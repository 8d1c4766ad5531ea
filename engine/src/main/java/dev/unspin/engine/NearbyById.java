package dev.unspin.engine;

import dev.unspin.dictionary.Condition;
import java.util.BitSet;

/**
 * {@link Condition.Nearby} over token ids: one of the condition's words is among the nearest
 * words either side of the match. Punctuation does not count towards the window.
 */
final class NearbyById implements SiteCondition {
    private final boolean negated;
    private final BitSet words;
    private final int window;

    private NearbyById(boolean negated, BitSet words, int window) {
        this.negated = negated;
        this.words = words;
        this.window = window;
    }

    static NearbyById of(Condition.Nearby condition, Vocabulary vocabulary) {
        BitSet words = new BitSet();
        for (String word : condition.words()) {
            words.set(vocabulary.intern(word)); // a word of several tokens gets an id no token has
        }
        return new NearbyById(condition.negated(), words, condition.window());
    }

    @Override
    public boolean holds(MatchSite site) {
        return near(site) != negated;
    }

    private boolean near(MatchSite site) {
        return nearFrom(site, site.first() - 1, -1) || nearFrom(site, site.last() + 1, 1);
    }

    /** Whether one of the words is among the {@code window} words from token {@code from} on, going by {@code step}. */
    private boolean nearFrom(MatchSite site, int from, int step) {
        int[] ids = site.ids();
        for (int i = from, seen = 0; i >= 0 && i < ids.length && seen < window; i += step) {
            if (site.isWord(i)) {
                seen++;
                if (ids[i] >= 0 && words.get(ids[i])) {
                    return true;
                }
            }
        }
        return false;
    }
}
