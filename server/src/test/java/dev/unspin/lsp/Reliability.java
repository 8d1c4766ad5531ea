package dev.unspin.lsp;

import java.util.Locale;

/**
 * Settings shared by the reliability tests: a fixed seed unless {@code -Dunspin.seed=N}, and
 * counts for the normal test run or, with {@code -Dunspin.reliability=long}, for long runs.
 */
final class Reliability {
    static final boolean LONG = "long".equals(System.getProperty("unspin.reliability"));
    private static final long DEFAULT_SEED = 0x5EED_2026L;

    private Reliability() {
    }

    static long seed(String test) {
        long seed = Long.getLong("unspin.seed", DEFAULT_SEED);
        System.out.println("[reliability] " + test + ": seed " + seed + " (rerun with -Dunspin.seed=" + seed + ")");
        return seed;
    }

    static int count(int normal, int longRun) {
        return LONG ? longRun : normal;
    }

    /** Prints a test's figures on one line, as key value pairs. */
    static void figures(String test, Object... keysAndValues) {
        StringBuilder line = new StringBuilder("[reliability] " + test + ":");
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            line.append(i == 0 ? " " : ", ").append(keysAndValues[i]).append(' ')
                    .append(value instanceof Double d ? String.format(Locale.ROOT, "%.1f", d) : value);
        }
        System.out.println(line);
    }
}
