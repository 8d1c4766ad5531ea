package dev.unspin.cli.dict;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Matches original articles with their spun copies: two files, or two folders in which each spun
 * file has a same-named original (extra files among the originals, such as notes, are ignored).
 */
final class PairFiles {
    /** An original article and its spun copy. */
    record FilePair(Path original, Path spun) {
    }

    /** Why the given paths do not make pairs; the message says what to fix. */
    static final class Unpaired extends Exception {
        Unpaired(String message) {
            super(message);
        }
    }

    private PairFiles() {
    }

    static List<FilePair> pair(Path original, Path spun) throws IOException, Unpaired {
        for (Path path : List.of(original, spun)) {
            if (!Files.exists(path)) {
                throw new Unpaired(path + ": no such file or folder");
            }
        }
        boolean folders = Files.isDirectory(original);
        if (folders != Files.isDirectory(spun)) {
            throw new Unpaired("--original and --spun must both be files or both be folders");
        }
        if (!folders) {
            return List.of(new FilePair(original, spun));
        }
        List<FilePair> pairs = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        try (Stream<Path> listing = Files.list(spun)) {
            for (Path file : listing.filter(Files::isRegularFile).sorted().toList()) {
                Path twin = original.resolve(file.getFileName());
                if (Files.isRegularFile(twin)) {
                    pairs.add(new FilePair(twin, file));
                } else {
                    missing.add(twin.toString());
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new Unpaired("no original for " + missing.size() + " spun file(s); missing: " + String.join(", ", missing));
        }
        if (pairs.isEmpty()) {
            throw new Unpaired(spun + ": no files to learn from");
        }
        return pairs;
    }
}
