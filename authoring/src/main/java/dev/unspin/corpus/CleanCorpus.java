package dev.unspin.corpus;

import dev.unspin.text.StrictUtf8;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads clean texts: the {@code .txt} files of folders (not their subfolders), or single files. */
public final class CleanCorpus {
    private CleanCorpus() {
    }

    /**
     * The texts of the given folders or files, each folder's in name order. A folder without any
     * {@code .txt} file is an error, so that a mistyped folder never silently empties the corpus.
     */
    public static List<CleanText> read(List<Path> foldersOrFiles) throws IOException {
        List<CleanText> texts = new ArrayList<>();
        for (Path item : foldersOrFiles) {
            if (!Files.exists(item)) {
                throw new NoSuchFileException(item.toString(), null, "clean corpus folder not found");
            }
            if (!Files.isDirectory(item)) {
                texts.add(readText(item));
                continue;
            }
            List<Path> files;
            try (Stream<Path> listing = Files.list(item)) {
                files = listing.filter(p -> p.getFileName().toString().endsWith(".txt"))
                        .filter(Files::isRegularFile).sorted().toList();
            }
            if (files.isEmpty()) {
                throw new IOException(item + ": no .txt files in this clean corpus folder");
            }
            for (Path file : files) {
                texts.add(readText(file));
            }
        }
        return texts;
    }

    private static CleanText readText(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        StrictUtf8.Decoded decoded = StrictUtf8.decode(bytes);
        if (decoded.failure().isPresent()) {
            StrictUtf8.Failure f = decoded.failure().get();
            throw new IOException(file + ":" + f.line() + ":" + f.column() + ": " + f.message());
        }
        return new CleanText(file.toString(), decoded.text());
    }
}
