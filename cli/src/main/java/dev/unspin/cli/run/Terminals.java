package dev.unspin.cli.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells whether a standard stream is a terminal. Java only answers for stdin and stdout together
 * ({@link System#console()}); on Linux the link behind /proc/self/fd/N answers for each stream,
 * which matters when stdout is redirected to a file but stderr still shows a progress bar.
 */
public final class Terminals {
    public static final int STDOUT = 1;
    public static final int STDERR = 2;

    private Terminals() {
    }

    public static boolean isTerminal(int fd) {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        Path link = Path.of("/proc/self/fd/" + fd);
        if (Files.isSymbolicLink(link)) {
            try {
                return isTerminalDevice(Files.readSymbolicLink(link).toString());
            } catch (IOException | UnsupportedOperationException e) {
                // fall through to the portable test
            }
        }
        return System.console() != null;
    }

    static boolean isTerminalDevice(String device) {
        return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty") || device.equals("/dev/console");
    }
}
