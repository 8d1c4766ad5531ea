package dev.unspin.cli;

/** The exit codes every command shares, as documented in {@code --help} and the README. */
final class ExitCodes {
    static final int OK = 0;
    static final int FINDINGS = 1;
    static final int USAGE_OR_IO = 2;

    private ExitCodes() {
    }
}
