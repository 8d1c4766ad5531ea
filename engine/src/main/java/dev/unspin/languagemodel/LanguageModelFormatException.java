package dev.unspin.languagemodel;

import java.nio.file.Path;

/** A language model file that is not in the format it should be; names the file and the byte offset. */
public final class LanguageModelFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LanguageModelFormatException(Path file, long offset, String problem) {
        super(file + ": byte " + offset + ": " + problem);
    }
}
