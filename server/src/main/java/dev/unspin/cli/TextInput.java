package dev.unspin.cli;

import dev.unspin.text.StrictUtf8;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Reads an article as UTF-8 text, refusing binary data and invalid UTF-8 with a clear reason. */
public final class TextInput {
    /** Why an input could not be read as text; the message names the input. */
    public static final class UnreadableInput extends Exception {
        UnreadableInput(String message) {
            super(message);
        }
    }

    private TextInput() {
    }

    public static String read(Path path) throws UnreadableInput {
        try {
            if (Files.isDirectory(path)) {
                throw new UnreadableInput(path + ": is a directory");
            }
            return decode(Files.readAllBytes(path), path.toString());
        } catch (NoSuchFileException e) {
            throw new UnreadableInput(path + ": no such file");
        } catch (IOException e) {
            throw new UnreadableInput(path + ": cannot read (" + e.getMessage() + ")");
        }
    }

    static String read(InputStream in, String name) throws UnreadableInput {
        try {
            return decode(in.readAllBytes(), name);
        } catch (IOException e) {
            throw new UnreadableInput(name + ": cannot read (" + e.getMessage() + ")");
        }
    }

    static String decode(byte[] bytes, String name) throws UnreadableInput {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new UnreadableInput(name + ": looks binary (NUL byte at offset " + i + "), skipped");
            }
        }
        Optional<StrictUtf8.Failure> failure = StrictUtf8.check(bytes);
        if (failure.isPresent()) {
            StrictUtf8.Failure f = failure.get();
            throw new UnreadableInput(name + ":" + f.line() + ":" + f.column() + ": " + f.message());
        }
        return StrictUtf8.decode(bytes);
    }
}
