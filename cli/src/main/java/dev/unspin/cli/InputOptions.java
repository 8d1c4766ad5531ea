package dev.unspin.cli;

import dev.unspin.cli.files.InputCollector;
import dev.unspin.cli.files.InputFile;
import dev.unspin.cli.files.InputFilter;
import dev.unspin.report.InputProblem;
import dev.unspin.cli.files.InputSet;
import dev.unspin.cli.run.OrderedParallel;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The input options {@code restore} and {@code check} share: which files, and how many threads. */
final class InputOptions {
    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Files, folders (searched recursively) or '-' for standard input.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--include", paramLabel = "GLOB",
            description = "Take only the files in folders that match (repeatable; default: *.txt, *.md, *.html). "
                    + "A glob with a '/' matches the path below the folder, one without matches the file name. "
                    + "Files named on the command line are always taken.")
    List<String> include = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "Skip files and folders that match (repeatable); matched like --include.")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--follow-symlinks",
            description = "Follow symbolic links met in folders, even out of the folder given (by default they are not followed).")
    boolean followSymlinks;

    @Option(names = "--threads", paramLabel = "N",
            description = "Files processed at once (default: the number of processors, ${DEFAULT-VALUE}).")
    int threads = OrderedParallel.defaultThreads();

    InputSet collect() {
        return InputCollector.collect(paths, new InputFilter(include, exclude), followSymlinks);
    }

    /** The total size of the files, for deciding whether a progress bar is worth showing. */
    static long totalBytes(List<InputFile> files) {
        long total = 0;
        for (InputFile file : files) {
            try {
                total += file.isStdin() ? 0 : Files.size(file.path());
            } catch (IOException e) {
                // Reported when the file is read.
            }
        }
        return total;
    }

    /**
     * The problem for an input that cannot be read as text: an error when the user named the file,
     * a skip when it was merely found in a folder.
     */
    static InputProblem unreadable(InputFile file, TextInput.UnreadableInput e) {
        return file.explicit() ? InputProblem.error(file.displayName(), e.getMessage())
                : InputProblem.skipped(file.displayName(), e.getMessage() + ", skipped");
    }

    static TextInput.Document read(InputFile file) throws TextInput.UnreadableInput {
        if (file.isStdin() && StandardInput.closed()) {
            throw new TextInput.UnreadableInput(InputFile.STDIN_NAME
                    + ": standard input is closed, so there is nothing to read: pipe the text in or give a file");
        }
        return file.isStdin() ? TextInput.document(System.in, InputFile.STDIN_NAME)
                : TextInput.document(file.path(), file.displayName());
    }
}
