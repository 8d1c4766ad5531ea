package dev.unspin.thesaurus;

import dev.unspin.engine.Finding;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parts of a text that findings already cover, for the finders to leave alone: an overlap
 * query costs a logarithm, not a pass over every finding, so a long document with thousands of
 * findings stays linear. Findings do not overlap one another.
 */
public final class OccupiedSpans {
    private final TreeMap<Integer, Integer> endByStart = new TreeMap<>();

    public OccupiedSpans(List<Finding> findings) {
        findings.forEach(this::add);
    }

    public void add(Finding finding) {
        endByStart.merge(finding.start(), finding.end(), Math::max);
    }

    /** True when a finding covers any character of [start, end). */
    public boolean overlaps(int start, int end) {
        Map.Entry<Integer, Integer> before = endByStart.floorEntry(start);
        if (before != null && before.getValue() > start) {
            return true;
        }
        Integer next = endByStart.ceilingKey(start);
        return next != null && next < end;
    }
}
