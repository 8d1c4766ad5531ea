package dev.unspin.lint;

import dev.unspin.dictionary.Entry;

/** Shorthands the checks share for writing findings about entries. */
final class Findings {
    private Findings() {
    }

    static LintFinding at(Entry entry, Severity severity, String message, String code) {
        return new LintFinding(entry.location().file(), entry.location().line(), entry.location().column(),
                severity, message, code);
    }

    /** "'spun' => 'original'", as messages name an entry. */
    static String show(Entry entry) {
        return "'" + entry.spun() + "' => '" + String.join(" | ", entry.originals()) + "'";
    }

    /** "file:line", where an entry is defined. */
    static String where(Entry entry) {
        return entry.location().file() + ":" + entry.location().line();
    }
}
