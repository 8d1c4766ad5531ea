package dev.unspin.cli.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Tells a symbolic link that leads back to itself ({@code a -> a}, {@code a -> b -> a}) from one
 * that is merely broken, by following its chain by hand: the JDK reports both as an exception
 * whose only difference is the operating system's wording.
 */
final class LinkLoops {
    /** Linux's own limit on links followed in one lookup. */
    private static final int MAX_HOPS = 40;

    private LinkLoops() {
    }

    static boolean isLoop(Path link) {
        Set<Path> visited = new HashSet<>();
        Path current = link.toAbsolutePath().normalize();
        for (int hop = 0; hop <= MAX_HOPS && Files.isSymbolicLink(current); hop++) {
            if (!visited.add(current)) {
                return true;
            }
            try {
                Path parent = current.getParent();
                Path target = Files.readSymbolicLink(current);
                current = (parent == null ? target : parent.resolve(target)).normalize();
            } catch (IOException e) {
                return false;
            }
        }
        return Files.isSymbolicLink(current); // still a link after the kernel's limit: it loops too
    }
}
