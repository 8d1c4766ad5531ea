package dev.unspin.lsp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * The size and seed of the language server's reliability runs: counts for the normal test command,
 * or for long runs with {@code -Dunspin.reliability=long} (or {@code UNSPIN_RELIABILITY=long}, as
 * the command-line tests take it); a fixed seed unless {@code -Dunspin.seed=N} (or
 * {@code UNSPIN_SEED=N}) gives another. Each test prints its seed first.
 */
final class Reliability {
    static final boolean LONG = "long".equalsIgnoreCase(setting("unspin.reliability", "UNSPIN_RELIABILITY"));
    private static final long DEFAULT_SEED = 0x5EED_2026L;
    /** Where the figures are also collected, for scripts/test-all to print at the end. */
    private static final Path FIGURES = Path.of(System.getProperty("unspin.repo", "."), "server", "target",
            "reliability-figures.txt");

    private Reliability() {
    }

    private static String setting(String property, String variable) {
        String value = System.getProperty(property);
        return value != null && !value.isBlank() ? value.strip() : System.getenv().getOrDefault(variable, "").strip();
    }

    static long seed(String test) {
        String given = setting("unspin.seed", "UNSPIN_SEED");
        long seed = given.isEmpty() ? DEFAULT_SEED : Long.parseLong(given);
        System.out.printf("[reliability] %s: seed %d (replay with -Dunspin.seed=%d)%s%n", test, seed, seed,
                LONG ? ", long run" : "");
        return seed;
    }

    static int count(int normal, int longRun) {
        return LONG ? longRun : normal;
    }

    /** Prints a test's figures on one line, as key value pairs, and keeps the line in {@link #FIGURES}. */
    static void figures(String test, Object... keysAndValues) {
        StringBuilder line = new StringBuilder(test + ":");
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            line.append(i == 0 ? " " : ", ").append(keysAndValues[i]).append(' ')
                    .append(value instanceof Double d ? String.format(Locale.ROOT, "%.1f", d) : value);
        }
        System.out.println("[reliability] " + line);
        try {
            Files.createDirectories(FIGURES.getParent());
            Files.writeString(FIGURES, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.out.println("[reliability] cannot keep the figures in " + FIGURES + ": " + e.getMessage());
        }
    }
}
