package dev.unspin.context.evaluation;

import dev.unspin.context.ContextualFinder;
import dev.unspin.engine.Finding;
import dev.unspin.engine.FindingSupplement;
import dev.unspin.thesaurus.ModelReading;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The finder cut at one threshold, its decisions on a text taken once and kept for every
 * threshold tried: BERT's passes are the cost, and they do not depend on the threshold.
 */
final class ThresholdedFinder {
    private record Decided(ModelReading reading, List<Finding> found, List<ContextualFinder.Decision> decisions) {
    }

    private final ContextualFinder finder;
    private final Map<String, Decided> decided = new HashMap<>();

    /** @param finder a finder that keeps every decision (threshold 0) */
    ThresholdedFinder(ContextualFinder finder) {
        this.finder = finder;
    }

    /** The finder's findings from {@code threshold} up, as a stage of the engine. */
    FindingSupplement at(double threshold) {
        return (text, found) -> {
            Decided d = decided.get(text);
            if (d == null || !d.found().equals(found)) {
                ModelReading reading = new ModelReading(finder.reader().model(), text);
                d = new Decided(reading, found, finder.decisions(reading, found));
                decided.put(text, d);
            }
            return finder.findings(d.reading(), found, d.decisions(), threshold);
        };
    }
}
