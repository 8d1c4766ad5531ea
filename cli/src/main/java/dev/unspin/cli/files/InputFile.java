package dev.unspin.cli.files;

import dev.unspin.document.DocumentFormat;
import dev.unspin.report.FileReport;
import java.nio.file.Path;

/**
 * One text to process: a file found from a command-line argument, or standard input.
 *
 * @param path        the file as the user would name it (the argument joined with the walked
 *                    sub-path); null for standard input
 * @param relative    the path below the argument's folder, or the file name for a file argument;
 *                    {@code --out} mirrors the tree by it
 * @param argument    the index of the command-line argument it came from
 * @param explicit    true when the argument named this file itself rather than a folder holding it
 */
public record InputFile(Path path, Path relative, int argument, boolean explicit) {
    /** How standard input is named in messages and reports, as compilers do. */
    public static final String STDIN_NAME = FileReport.STDIN_PATH;

    public static InputFile stdin(int argument) {
        return new InputFile(null, Path.of("stdin"), argument, true);
    }

    public boolean isStdin() {
        return path == null;
    }

    /** The format its extension means (plain text for standard input and unknown extensions). */
    public DocumentFormat format() {
        return isStdin() ? DocumentFormat.PLAIN_TEXT
                : DocumentFormat.forFileName(path.getFileName().toString()).orElse(DocumentFormat.PLAIN_TEXT);
    }

    /** The name users see in reports and messages. */
    public String displayName() {
        return isStdin() ? STDIN_NAME : path.toString();
    }
}
