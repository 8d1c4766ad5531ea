package dev.unspin.dictionary;

import java.util.Locale;
import java.util.Optional;

/** How sure an entry is that its spun phrasing is a spin, from most to least sure. */
public enum Confidence {
    /** The phrasing is practically never correct English where it occurs: always restore. */
    CERTAIN,
    /** Usually a spin in news prose, occasionally legitimate. */
    LIKELY,
    /** Ordinary English that is a spin only in some contexts. */
    POSSIBLE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this confidence is the given one or a surer one. */
    public boolean atLeast(Confidence minimum) {
        return ordinal() <= minimum.ordinal();
    }

    public static Optional<Confidence> parse(String label) {
        for (Confidence c : values()) {
            if (c.label().equals(label)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
