package dev.unspin.dictionary;

/** A position in a dictionary file, 1-based, for messages in the usual file:line:column form. */
public record SourceLocation(String file, int line, int column) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
