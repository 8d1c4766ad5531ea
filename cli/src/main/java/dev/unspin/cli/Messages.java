package dev.unspin.cli;

import dev.unspin.report.InputProblem;
import dev.unspin.report.PrintedText;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Error and skip messages on stderr, always UTF-8 and prefixed with the program's name. */
final class Messages {
    private final PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);

    /** One line, whatever the file names in the message hold (see {@link PrintedText}). */
    void error(String message) {
        err.println("unspin: " + PrintedText.escaped(message));
    }

    void warning(String message) {
        err.println("unspin: warning: " + message);
    }

    void problem(InputProblem problem) {
        err.println("unspin: " + (problem.error() ? "" : "warning: ") + PrintedText.escaped(problem.message()));
    }
}
