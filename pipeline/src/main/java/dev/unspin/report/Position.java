package dev.unspin.report;

/** A 1-based line and column; columns count Unicode code points, as editors show them. */
public record Position(int line, int column) {
}
