package dev.unspin.dictionary;

/** A dictionary file that cannot be loaded; the message starts with file:line:column. */
public final class DictionaryFormatException extends Exception {
    private final SourceLocation location;
    private final String problem;

    public DictionaryFormatException(SourceLocation location, String problem) {
        super(location + ": " + problem);
        this.location = location;
        this.problem = problem;
    }

    public SourceLocation location() {
        return location;
    }

    /** The message without the location prefix. */
    public String problem() {
        return problem;
    }
}
