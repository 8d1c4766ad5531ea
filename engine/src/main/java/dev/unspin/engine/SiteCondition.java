package dev.unspin.engine;

import dev.unspin.dictionary.Condition;

/**
 * A dictionary condition as the engine tests it on a candidate match. Conditions on neighbouring
 * words compare token ids, which the scan has already looked up, rather than build and compare
 * strings of normalized words for every candidate; the rest ask the {@link MatchSite} as the
 * dictionary defines them.
 */
interface SiteCondition {
    boolean holds(MatchSite site);

    /** The condition compiled for the vocabulary, whose ids then include its words. */
    static SiteCondition of(Condition condition, Vocabulary vocabulary) {
        if (condition instanceof Condition.Neighbour neighbour) {
            return NeighbourById.of(neighbour, vocabulary);
        }
        if (condition instanceof Condition.Nearby nearby) {
            return NearbyById.of(nearby, vocabulary);
        }
        return condition::holds;
    }
}
