package dev.unspin.cli;

import dev.unspin.report.PrintedText;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Explains a command line that failed because a file's name starts with a dash: picocli reads
 * {@code -dash.txt} as options, and its own message ("Missing required parameter", "Unknown
 * option") does not say that the file was meant.
 */
final class DashedFileNames {
    private DashedFileNames() {
    }

    /** The message for the first argument before {@code --} that looks like options but names an existing file. */
    static Optional<String> explain(String command, String[] arguments) {
        for (String argument : arguments) {
            if (argument.equals("--")) {
                return Optional.empty();
            }
            if (argument.length() > 1 && argument.startsWith("-") && exists(argument)) {
                String name = PrintedText.name(argument);
                return Optional.of(name + " is read as options, although a file of that name exists: to give the file,"
                        + " put -- before it (" + command + " -- " + name + ") or write ./" + name);
            }
        }
        return Optional.empty();
    }

    private static boolean exists(String argument) {
        try {
            return Files.exists(Path.of(argument));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
