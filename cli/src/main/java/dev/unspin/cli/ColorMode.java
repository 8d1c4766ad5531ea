package dev.unspin.cli;

import picocli.CommandLine.Help.Ansi;

/** When the text format uses colour. */
enum ColorMode {
    AUTO, ALWAYS, NEVER;

    /** AUTO follows picocli's detection: a terminal, and neither NO_COLOR nor a dumb TERM. */
    boolean enabled() {
        return switch (this) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> Ansi.AUTO.enabled();
        };
    }
}
