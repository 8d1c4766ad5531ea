package dev.unspin.report;

import dev.unspin.check.SourceFinding;

/** A finding with where it starts and where it ends (the column just past its last character). */
public record LocatedFinding(SourceFinding finding, Position start, Position end) {
    public static LocatedFinding of(SourceFinding finding, LineIndex lines) {
        return new LocatedFinding(finding, lines.position(finding.start()), lines.position(finding.end()));
    }
}
