package dev.unspin.cli.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where {@code --out DIR} puts each restored file: DIR joined with the file's path below the
 * folder argument it came from (a file argument lands directly in DIR). Checks the plan before
 * anything is written.
 */
public final class OutputTree {
    private final Path out;

    public OutputTree(Path out) {
        this.out = out;
    }

    public Path target(InputFile file) {
        return out.resolve(file.relative());
    }

    /** Reasons to refuse the plan; empty when it is safe to write. */
    public List<String> problems(InputSet inputs) throws IOException {
        List<String> problems = new ArrayList<>();
        Path realOut = realPathAllowingMissing(out);
        for (Path folder : inputs.folders()) {
            if (realOut.startsWith(folder)) {
                problems.add("--out " + out + " is inside the input folder " + folder
                        + ": a later run would read the restored copies; choose a folder outside it");
            }
        }
        Map<Path, InputFile> targets = new HashMap<>();
        for (InputFile file : inputs.files()) {
            if (file.isStdin()) {
                problems.add("standard input cannot be restored into --out; redirect standard output instead");
                continue;
            }
            Path target = realPathAllowingMissing(target(file));
            InputFile other = targets.putIfAbsent(target, file);
            if (other != null) {
                problems.add(file.displayName() + " and " + other.displayName() + " would both be written to " + target(file));
            }
            if (target.equals(file.path().toRealPath())) {
                problems.add(file.displayName() + " would be overwritten by its own restoration; use --in-place for that");
            }
        }
        return problems;
    }

    /** The real path of the nearest existing ancestor, joined with the part that does not exist yet. */
    static Path realPathAllowingMissing(Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        return existing.toRealPath().resolve(existing.relativize(absolute));
    }
}
