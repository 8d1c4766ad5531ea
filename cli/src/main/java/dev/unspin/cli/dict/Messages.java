package dev.unspin.cli.dict;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** User-facing text for I/O failures: the path first, then the reason, as the other errors read. */
final class Messages {
    private Messages() {
    }

    static String of(IOException e) {
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            String reason = fs.getReason() != null ? fs.getReason()
                    : e instanceof NoSuchFileException ? "no such file"
                    : e instanceof AccessDeniedException ? "permission denied"
                    : e.getClass().getSimpleName();
            return fs.getFile() + ": " + reason;
        }
        return e.getMessage();
    }
}
