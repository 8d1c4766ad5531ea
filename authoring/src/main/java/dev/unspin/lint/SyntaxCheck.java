package dev.unspin.lint;

import dev.unspin.dictionary.DictionaryFormatException;
import dev.unspin.dictionary.DictionaryParser;
import dev.unspin.dictionary.Entry;
import dev.unspin.dictionary.SourceLocation;
import dev.unspin.text.StrictUtf8;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses dictionary files line by line, so that one bad line is reported without hiding the
 * problems of the others, and keeps every entry that parses for the other checks.
 */
final class SyntaxCheck {
    final List<Entry> entries = new ArrayList<>();
    final List<LintFinding> findings = new ArrayList<>();

    void parse(DictionarySource source) {
        Map<String, SourceLocation> ids = new HashMap<>();
        String[] lines = source.text().split("\r?\n|\r", -1);
        for (int index = 0; index < lines.length; index++) {
            String line = lines[index];
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            try {
                Entry entry = DictionaryParser.parseLine(source.name(), index + 1, line);
                SourceLocation first = ids.putIfAbsent(entry.id(), entry.location());
                if (first != null) {
                    findings.add(error(entry.location(), "duplicate id '" + entry.id() + "' (first defined at " + first
                            + "); give one of the entries its own 'id: ...'", DictionaryParser.DUPLICATE_ID));
                    continue;
                }
                entries.add(entry);
            } catch (DictionaryFormatException e) {
                findings.add(error(e.location(), e.problem(), e.code()));
            }
        }
        source.invalidUtf8().ifPresent(failure -> findings.add(invalidUtf8(source.name(), failure)));
    }

    private static LintFinding invalidUtf8(String file, StrictUtf8.Failure failure) {
        return new LintFinding(file, failure.line(), failure.column(), Severity.ERROR,
                failure.message() + " (lines from here on are not checked)", DictionaryFormatException.SYNTAX);
    }

    private static LintFinding error(SourceLocation at, String message, String code) {
        return new LintFinding(at.file(), at.line(), at.column(), Severity.ERROR, message, code);
    }
}
