package dev.unspin.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Random;

/**
 * The size and seed of a reliability run. {@code UNSPIN_RELIABILITY=long} scales the counts up for
 * a long run (the default fits the normal test command); {@code UNSPIN_SEED=N} replays a run. Every
 * test prints its seed first, so a failure can be replayed.
 */
final class Reliability {
    static final boolean LONG = "long".equals(System.getenv().getOrDefault("UNSPIN_RELIABILITY", "").toLowerCase(Locale.ROOT));

    private Reliability() {
    }

    /** The count for this run: {@code normal} by default, {@code longRun} with UNSPIN_RELIABILITY=long. */
    static int count(int normal, int longRun) {
        return LONG ? longRun : normal;
    }

    /** A seeded random for one test, its seed printed so that the run can be replayed. */
    static Random random(String test) {
        String given = System.getenv("UNSPIN_SEED");
        long seed = given == null || given.isBlank() ? System.nanoTime() : Long.parseLong(given.strip());
        System.out.printf("[reliability] %s: seed %d (replay with UNSPIN_SEED=%d)%s%n", test, seed, seed,
                LONG ? ", long run" : "");
        return new Random(seed);
    }

    /** Where the figures are also collected, for scripts/test-all to print at the end. */
    static final Path FIGURES = Path.of(System.getProperty("unspin.jar")).resolveSibling("reliability-figures.txt");

    /** Prints one figure line, the form every reliability test ends with, and keeps it in {@link #FIGURES}. */
    static void figures(String test, String text) {
        String line = String.format("%s: %s%n", test, text);
        System.out.print("[reliability] " + line);
        try {
            Files.writeString(FIGURES, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.out.println("[reliability] cannot keep the figures in " + FIGURES + ": " + e.getMessage());
        }
    }
}
