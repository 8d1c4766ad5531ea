package dev.unspin.lint;

/**
 * One problem the dictionary lint found, at a 1-based line and column of a dictionary file.
 *
 * @param file     the dictionary file, as named in its {@link DictionarySource}
 * @param line     1-based line
 * @param column   1-based column, counted in UTF-16 chars
 * @param severity whether it fails the check
 * @param message  what is wrong and, where there is one, the usual fix
 * @param code     which check found it (syntax, duplicate-id, identity, duplicate, conflict, cycle,
 *                 chain, example, false-positive), stable for editors and scripts
 */
public record LintFinding(String file, int line, int column, Severity severity, String message, String code) {

    /** The finding as compilers print them: {@code file:line:col: error: message [code]}. */
    public String format() {
        return file + ":" + line + ":" + column + ": " + severity.label() + ": " + message + " [" + code + "]";
    }
}
