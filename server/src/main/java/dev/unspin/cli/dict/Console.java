package dev.unspin.cli.dict;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Standard output and error in UTF-8 whatever the locale, as the dictionary files are. */
final class Console {
    private Console() {
    }

    static PrintStream out() {
        return new PrintStream(System.out, true, StandardCharsets.UTF_8);
    }

    static PrintStream err() {
        return new PrintStream(System.err, true, StandardCharsets.UTF_8);
    }
}
