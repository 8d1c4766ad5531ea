package dev.unspin.cli.dict;

import dev.unspin.report.PrintedText;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Standard output and error in UTF-8 whatever the locale, as the dictionary files are. */
final class Console {
    private Console() {
    }

    static PrintStream out() {
        return new PrintStream(System.out, true, StandardCharsets.UTF_8);
    }

    /** Messages, one line each whatever the file names in them hold (see {@link PrintedText}). */
    static PrintStream err() {
        return new PrintStream(System.err, true, StandardCharsets.UTF_8) {
            @Override
            public void println(String message) {
                super.println(PrintedText.escaped(message));
            }
        };
    }
}
