package dev.unspin.cli.files;

import dev.unspin.report.InputProblem;
import java.nio.file.Path;
import java.util.List;

/**
 * What the command-line arguments expand to.
 *
 * @param files       the inputs in command-line order, each folder's files sorted by path
 * @param problems    missing or unreadable arguments and skipped files, in the order met
 * @param conflicts   one message per file that two arguments both name, to be refused
 * @param staleTemps  temporary files a killed run left in the walked folders
 * @param folders     the folder arguments, as real paths
 */
public record InputSet(List<InputFile> files, List<InputProblem> problems, List<String> conflicts,
                       List<Path> staleTemps, List<Path> folders) {
    public InputSet {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
        conflicts = List.copyOf(conflicts);
        staleTemps = List.copyOf(staleTemps);
        folders = List.copyOf(folders);
    }
}
