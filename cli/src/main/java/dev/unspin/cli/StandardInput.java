package dev.unspin.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Whether standard input was closed when unspin started ({@code unspin restore - <&-}). The JVM
 * then opens its own files at the free descriptor 0 (its module image, the jar), and reading
 * System.in read those: the run said "<stdin>: larger than 64 MiB". Linux's /proc tells what
 * descriptor 0 is; elsewhere it is taken as open.
 */
final class StandardInput {
    private static final Path DESCRIPTOR = Path.of("/proc/self/fd/0");

    private StandardInput() {
    }

    static boolean closed() {
        if (!Files.isDirectory(DESCRIPTOR.getParent())) {
            return false; // no /proc: nothing to tell by
        }
        Path target;
        try {
            target = Files.readSymbolicLink(DESCRIPTOR);
        } catch (NoSuchFileException e) {
            return true; // descriptor 0 is not open at all
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
        return openedByTheJvm(target);
    }

    /** A file of the Java runtime or of unspin's own class path: never what a user pipes in. */
    private static boolean openedByTheJvm(Path target) {
        String name = target.getFileName() == null ? "" : target.getFileName().toString();
        if (name.endsWith(".jar") || name.endsWith(".jsa") || target.startsWith(Path.of(System.getProperty("java.home")))) {
            return true;
        }
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isEmpty() && target.equals(Path.of(entry).toAbsolutePath().normalize())) {
                return true;
            }
        }
        return false;
    }
}
