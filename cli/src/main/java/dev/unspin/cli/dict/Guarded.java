package dev.unspin.cli.dict;

import dev.unspin.cli.ExitCodes;
import dev.unspin.dictionary.DictionaryFormatException;
import java.io.IOException;
import java.io.PrintStream;

/** Runs a dict command's body; a broken dictionary or an I/O failure becomes its message and exit 2. */
final class Guarded {
    /** A command body that reads or writes dictionary files and returns the exit code. */
    interface Body {
        int run() throws IOException, DictionaryFormatException;
    }

    private Guarded() {
    }

    static int run(PrintStream err, Body body) {
        try {
            return body.run();
        } catch (DictionaryFormatException e) {
            err.println("unspin: " + e.getMessage());
        } catch (IOException e) {
            err.println("unspin: " + Messages.of(e));
        }
        return ExitCodes.USAGE_OR_IO;
    }
}
