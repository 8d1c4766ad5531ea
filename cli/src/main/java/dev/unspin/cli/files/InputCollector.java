package dev.unspin.cli.files;

import dev.unspin.report.InputProblem;
import dev.unspin.io.TempFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Expands command-line arguments into the files to process: a file stands for itself, a folder
 * for the files below it that the filter accepts (sorted, so output order never depends on the
 * file system), {@code -} for standard input. Symlinks met inside a folder are not followed unless
 * asked, so a walk never leaves the tree it was given. A file named twice by different arguments
 * is a conflict; met twice within one walk (through followed links), it is taken once.
 */
public final class InputCollector {
    private static final String LOOP = ": symbolic link loop (it leads back to itself)";

    private final InputFilter filter;
    private final boolean followSymlinks;

    private final List<InputFile> files = new ArrayList<>();
    private final List<InputProblem> problems = new ArrayList<>();
    private final List<String> conflicts = new ArrayList<>();
    private final List<Path> staleTemps = new ArrayList<>();
    private final List<Path> folders = new ArrayList<>();
    /** Real path (or "-" for stdin) to the first input that named it. */
    private final Map<Object, InputFile> seen = new HashMap<>();

    public InputCollector(InputFilter filter, boolean followSymlinks) {
        this.filter = filter;
        this.followSymlinks = followSymlinks;
    }

    public static InputSet collect(List<String> arguments, InputFilter filter, boolean followSymlinks) {
        InputCollector collector = new InputCollector(filter, followSymlinks);
        for (int i = 0; i < arguments.size(); i++) {
            collector.addArgument(arguments.get(i), i);
        }
        return new InputSet(collector.files, collector.problems, collector.conflicts, collector.staleTemps, collector.folders);
    }

    private void addArgument(String argument, int index) {
        if ("-".equals(argument)) {
            add(InputFile.stdin(index), "-");
            return;
        }
        Path path = Path.of(argument);
        if (Files.isDirectory(path)) {
            try {
                Path root = path.toRealPath();
                folders.add(root);
                walk(path, path, root, index, new HashSet<>(Set.of(root)));
            } catch (IOException e) {
                problems.add(InputProblem.error(argument, argument + ": cannot read folder (" + reason(e) + ")"));
            }
        } else if (Files.exists(path)) {
            Path name = path.getFileName();
            InputFile file = new InputFile(path, name == null ? path : name, index, true);
            try {
                add(file, path.toRealPath());
            } catch (IOException e) {
                problems.add(InputProblem.error(argument, argument + ": cannot read (" + reason(e) + ")"));
            }
        } else if (Files.isSymbolicLink(path)) {
            problems.add(InputProblem.error(argument, argument + (LinkLoops.isLoop(path) ? LOOP : ": broken symbolic link")));
        } else {
            problems.add(InputProblem.error(argument, argument + ": no such file or folder"));
        }
    }

    /** Walks a folder in sorted order; {@code ancestors} holds the real paths above, against link loops. */
    private void walk(Path folder, Path top, Path topReal, int index, Set<Path> ancestors) {
        List<Path> children;
        try (Stream<Path> listing = Files.list(folder)) {
            children = listing.sorted().toList();
        } catch (IOException e) {
            problems.add(InputProblem.error(folder.toString(), folder + ": cannot read folder (" + reason(e) + ")"));
            return;
        }
        for (Path child : children) {
            Path relative = top.relativize(child);
            try {
                BasicFileAttributes attributes = Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (attributes.isSymbolicLink()) {
                    if (!followSymlinks) {
                        noteUnfollowedLink(child, topReal);
                        continue;
                    }
                    attributes = Files.readAttributes(child, BasicFileAttributes.class);
                }
                if (attributes.isDirectory()) {
                    Path real = child.toRealPath();
                    if (ancestors.contains(real)) {
                        problems.add(InputProblem.skipped(child.toString(), child + ": symbolic link loop, not followed"));
                    } else if (filter.entersFolder(relative)) {
                        ancestors.add(real);
                        walk(child, top, topReal, index, ancestors);
                        ancestors.remove(real);
                    }
                } else if (attributes.isRegularFile()) {
                    if (TempFiles.isTempFile(child)) {
                        staleTemps.add(child);
                    } else if (filter.acceptsFile(relative)) {
                        add(new InputFile(child, relative, index, false), child.toRealPath());
                    }
                }
            } catch (NoSuchFileException e) {
                // Gone since the listing, or a dangling followed link: nothing to process.
                if (Files.isSymbolicLink(child)) {
                    problems.add(InputProblem.skipped(child.toString(), child + ": broken symbolic link, skipped"));
                }
            } catch (IOException e) {
                if (LinkLoops.isLoop(child)) { // a warning, as when links are not followed
                    problems.add(InputProblem.skipped(child.toString(), child + LOOP + ", skipped"));
                } else {
                    problems.add(InputProblem.error(child.toString(), child + ": cannot read (" + reason(e) + ")"));
                }
            }
        }
    }

    private void noteUnfollowedLink(Path link, Path topReal) {
        try {
            if (!link.toRealPath().startsWith(topReal)) {
                problems.add(InputProblem.skipped(link.toString(),
                        link + ": symbolic link out of the folder, not followed (use --follow-symlinks)"));
            }
            // A link within the tree is skipped quietly: its target is processed under its own name.
        } catch (IOException e) {
            problems.add(InputProblem.skipped(link.toString(),
                    link + (LinkLoops.isLoop(link) ? LOOP : ": broken symbolic link") + ", skipped"));
        }
    }

    private void add(InputFile file, Object identity) {
        InputFile first = seen.putIfAbsent(identity, file);
        if (first == null) {
            files.add(file);
        } else if (first.argument() != file.argument()) {
            conflicts.add(file.displayName() + " is the same file as " + first.displayName()
                    + ": give each file once");
        }
    }

    private static String reason(IOException e) {
        String message = e.getMessage();
        return e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : message == null ? e.getClass().getSimpleName() : message;
    }
}
