package dev.unspin.cli;

/** The exit codes every command shares, as documented in {@code --help} and the README. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int USAGE_OR_IO = 2;

    private ExitCodes() {
    }
}
