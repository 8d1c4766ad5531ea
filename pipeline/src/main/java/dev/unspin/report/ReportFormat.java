package dev.unspin.report;

/** The formats {@code check --format} offers. */
public enum ReportFormat {
    TEXT, GCC, JSON, SARIF
}
