package dev.unspin.lint;

import dev.unspin.dictionary.Dictionary;
import dev.unspin.dictionary.Entry;
import dev.unspin.engine.Engine;
import dev.unspin.engine.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * An entry's {@code example} is a spun sentence it should restore: an {@code example} error when
 * the entry does not fire on it even alone, a warning when it does alone but another entry takes
 * the place with the whole dictionary loaded.
 */
final class ExampleCheck {
    static final String EXAMPLE = "example";

    private ExampleCheck() {
    }

    static List<LintFinding> run(List<Entry> entries, Engine whole) {
        List<LintFinding> findings = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.example().isEmpty()) {
                continue;
            }
            String example = entry.example().get();
            if (new Engine(Dictionary.of(List.of(entry))).find(example).isEmpty()) {
                findings.add(Findings.at(entry, Severity.ERROR, "the example does not restore: '" + entry.spun()
                        + "' does not match in \"" + example + "\" under this entry's conditions", EXAMPLE));
                continue;
            }
            List<Finding> all = whole.find(example);
            if (all.stream().noneMatch(f -> f.entryId().equals(entry.id()))) {
                String others = String.join(", ", all.stream().map(f -> Findings.where(f.entry())).toList());
                findings.add(Findings.at(entry, Severity.WARNING, "with the whole dictionary the example is restored by "
                        + others + " instead of this entry (a longer or earlier phrasing wins)", EXAMPLE));
            }
        }
        return findings;
    }
}
