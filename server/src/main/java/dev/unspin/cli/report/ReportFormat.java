package dev.unspin.cli.report;

/** The formats {@code check --format} offers. */
public enum ReportFormat {
    TEXT, GCC, JSON, SARIF
}
