package dev.unspin.cli.files;

import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/**
 * Chooses the files taken from folders by glob. A glob without a slash matches a file or folder
 * name ({@code *.txt}, {@code drafts}); one with a slash matches the path below the folder given
 * on the command line ({@code 2024/**}).
 */
public final class InputFilter {
    public static final List<String> DEFAULT_INCLUDES = List.of("*.txt", "*.md", "*.html");

    private final List<Glob> includes;
    private final List<Glob> excludes;

    private record Glob(PathMatcher matcher, boolean wholePath) {
        boolean matches(Path relative) {
            Path candidate = wholePath ? relative : relative.getFileName();
            return candidate != null && matcher.matches(candidate);
        }
    }

    public InputFilter(List<String> includes, List<String> excludes) {
        this.includes = compile(includes.isEmpty() ? DEFAULT_INCLUDES : includes);
        this.excludes = compile(excludes);
    }

    private static List<Glob> compile(List<String> patterns) {
        FileSystem fs = FileSystems.getDefault();
        return patterns.stream()
                .map(p -> new Glob(fs.getPathMatcher("glob:" + p), p.contains("/")))
                .toList();
    }

    /** Whether a file found in a folder is processed. */
    public boolean acceptsFile(Path relative) {
        return includes.stream().anyMatch(g -> g.matches(relative)) && !excluded(relative);
    }

    /** Whether a folder found in a folder is walked into. */
    public boolean entersFolder(Path relative) {
        return !excluded(relative);
    }

    private boolean excluded(Path relative) {
        return excludes.stream().anyMatch(g -> g.matches(relative));
    }
}
