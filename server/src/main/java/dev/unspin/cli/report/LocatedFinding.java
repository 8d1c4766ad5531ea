package dev.unspin.cli.report;

import dev.unspin.engine.Finding;

/** A finding with where it starts and where it ends (the column just past its last character). */
public record LocatedFinding(Finding finding, Position start, Position end) {
    public static LocatedFinding of(Finding finding, LineIndex lines) {
        return new LocatedFinding(finding, lines.position(finding.start()), lines.position(finding.end()));
    }
}
