package dev.unspin.lint;

import java.util.Locale;

/** How bad a lint finding is: errors fail {@code unspin dict check}, warnings do not. */
public enum Severity {
    ERROR,
    WARNING;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
