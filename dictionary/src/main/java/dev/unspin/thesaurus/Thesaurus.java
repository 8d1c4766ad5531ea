package dev.unspin.thesaurus;

import dev.unspin.engine.FindingSupplement;

/** The unseen-swap findings an engine gains with the thesaurus: names first, then single words. */
public final class Thesaurus {
    private Thesaurus() {
    }

    /** Both finders over the shared WordNet, which loads when text is first searched. */
    public static FindingSupplement supplement() {
        FixedExpressionFinder names = new FixedExpressionFinder();
        ContextFitFinder words = new ContextFitFinder();
        return (text, found) -> words.supplement(text, names.supplement(text, found));
    }
}
