package dev.unspin.dictionary;

/** A dictionary file that cannot be loaded; the message starts with file:line:column. */
public final class DictionaryFormatException extends Exception {
    /** The code of malformed lines; other codes name a more specific problem. */
    public static final String SYNTAX = "syntax";

    private final SourceLocation location;
    private final String problem;
    private final String code;

    public DictionaryFormatException(SourceLocation location, String problem) {
        this(location, problem, SYNTAX);
    }

    public DictionaryFormatException(SourceLocation location, String problem, String code) {
        super(location + ": " + problem);
        this.location = location;
        this.problem = problem;
        this.code = code;
    }

    public SourceLocation location() {
        return location;
    }

    /** The message without the location prefix. */
    public String problem() {
        return problem;
    }

    /** What kind of problem it is, as the dictionary lint names it: syntax, identity or duplicate-id. */
    public String code() {
        return code;
    }
}
