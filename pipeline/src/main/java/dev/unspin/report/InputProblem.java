package dev.unspin.report;

/**
 * An input that could not be processed.
 *
 * @param path     the input as the user named it
 * @param message  the whole message, starting with the path
 * @param error    true when the run must end with exit code 2; false for a file found in a folder
 *                 and skipped (binary, invalid UTF-8, a symlink not followed)
 */
public record InputProblem(String path, String message, boolean error) {
    public static InputProblem error(String path, String message) {
        return new InputProblem(path, message, true);
    }

    public static InputProblem skipped(String path, String message) {
        return new InputProblem(path, message, false);
    }
}
