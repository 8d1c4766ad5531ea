package dev.unspin.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The unspin checkout the running code was built in, found from where the classes are loaded:
 * {@code cli/target/unspin.jar}, {@code dictionary/target/classes} and the like, two folders
 * below it. It holds the clean seed texts that the dictionary commands and the language server's
 * dictionary lint use by default.
 */
public final class UnspinCheckout {
    /** The clean texts shipped in the repository, relative to its root. */
    public static final List<String> CLEAN_CORPUS = List.of("seeds/clean", "seeds/corpus-clean");

    private UnspinCheckout() {
    }

    public static Optional<Path> root() {
        try {
            Path code = Path.of(UnspinCheckout.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path root = code.toAbsolutePath().getParent().getParent().getParent();
            return root != null && Files.isDirectory(root.resolve("seeds")) ? Optional.of(root) : Optional.empty();
        } catch (Exception e) { // no code source, or not a file: not run from a checkout
            return Optional.empty();
        }
    }

    /** The shipped clean-corpus folders, shown relative to the working folder when inside it. */
    public static List<Path> cleanCorpus() {
        Optional<Path> root = root();
        if (root.isEmpty()) {
            return List.of();
        }
        Path here = Path.of("").toAbsolutePath();
        return CLEAN_CORPUS.stream()
                .map(root.get()::resolve)
                .filter(Files::isDirectory)
                .map(p -> p.startsWith(here) ? here.relativize(p) : p)
                .toList();
    }
}
