package dev.unspin.seeds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The seed corpus in the repository's seeds/ folder, for tests. */
final class Seeds {
    static final Path ROOT = Path.of(System.getProperty("unspin.repo", "..")).resolve("seeds");

    private Seeds() {
    }

    static List<Path> spun() {
        return list(ROOT.resolve("spun"));
    }

    /** The clean seed articles and the clean corpus: text that must not be flagged with certainty. */
    static List<Path> clean() {
        return Stream.concat(list(ROOT.resolve("clean")).stream(), list(ROOT.resolve("corpus-clean")).stream()).toList();
    }

    static Path restored(Path spun) {
        return ROOT.resolve("restored").resolve(spun.getFileName());
    }

    static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> result = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            if (result.isEmpty()) {
                throw new IllegalStateException("no seed articles in " + folder);
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
