package dev.unspin.engine;

import dev.unspin.dictionary.Confidence;

/** What a document's findings say about it as a whole, and so which findings are worth showing. */
public enum SpinVerdict {
    /** Hardly any spin evidence: only certain findings are shown; the rest are ordinary English here. */
    CLEAN(Confidence.CERTAIN),
    /** Some evidence: certain and likely findings are shown. */
    UNCLEAR(Confidence.LIKELY),
    /** Dense evidence: possible findings are shown too, since in a spun text they are probably spins. */
    SPUN(Confidence.POSSIBLE);

    private final Confidence minimumShown;

    SpinVerdict(Confidence minimumShown) {
        this.minimumShown = minimumShown;
    }

    /** The least sure confidence shown or applied in a document with this verdict. */
    public Confidence minimumShown() {
        return minimumShown;
    }
}
