package dev.unspin.cli.run;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Standard output for a command's results, as a stream whose failures are thrown: System.out is a
 * PrintStream, which swallows them, so output lost to a full disk or a closed pipe went unnoticed
 * and the run ended with 0.
 */
public final class StandardOutput {
    private StandardOutput() {
    }

    /** Standard output, unbuffered: wrap it in a buffer for many small writes. */
    public static OutputStream open() {
        return new FileOutputStream(FileDescriptor.out);
    }

    /** The message for a failed write, with the system's reason ("No space left on device", "Broken pipe"). */
    public static String failure(IOException e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "cannot write to standard output (" + reason + "): the output is incomplete";
    }
}
