package dev.unspin.lint;

import dev.unspin.dictionary.DictionaryParser;
import dev.unspin.dictionary.Entry;
import dev.unspin.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Entries that give back their own phrasing, up to case and apostrophe style ("Said => said",
 * "nation’s => nation's"): they change nothing worth changing and count a non-spin as a spin.
 * (An exact identity is already a parse error, reported under the same code.)
 */
final class IdentityCheck {
    private IdentityCheck() {
    }

    static List<LintFinding> run(List<Entry> entries) {
        List<LintFinding> findings = new ArrayList<>();
        for (Entry entry : entries) {
            String spun = Normalizer.normalize(entry.spun());
            for (int i = 0; i < entry.originals().size(); i++) {
                String original = entry.originals().get(i);
                if (Normalizer.normalize(original).equals(spun)) {
                    String what = i == 0 ? "the original '" + original + "'" : "the alternative '" + original + "'";
                    findings.add(Findings.at(entry, Severity.ERROR, what + " is the spun phrasing '" + entry.spun()
                            + "' itself, up to capitals and apostrophes: remove it", DictionaryParser.IDENTITY));
                }
            }
        }
        return findings;
    }
}
