package dev.unspin.engine;

import java.util.List;

/** A restored text and the findings that were applied to produce it. */
public record Restoration(String text, List<Finding> applied) {
    public Restoration {
        applied = List.copyOf(applied);
    }
}
