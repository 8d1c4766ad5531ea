package dev.unspin.lint;

import dev.unspin.dictionary.Entry;
import dev.unspin.text.Normalizer;
import dev.unspin.text.Token;
import dev.unspin.text.Tokenizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Entries with the same spun phrasing whose conditions can hold at the same place. The engine
 * then applies the one loaded first, so:
 * <ul>
 * <li>a later entry allowed only where an earlier one is allowed never applies: a
 *     {@code duplicate} error when it restores the same originals, a {@code conflict} error when
 *     it restores others;</li>
 * <li>a later entry whose contexts partly overlap an earlier one's, with other originals, is a
 *     {@code conflict} warning: in the overlap the file order silently decides, where ordered
 *     alternatives ({@code a | b}) or exclusive conditions would say what is meant.</li>
 * </ul>
 */
final class OverlapCheck {
    static final String DUPLICATE = "duplicate";
    static final String CONFLICT = "conflict";

    private OverlapCheck() {
    }

    static List<LintFinding> run(List<Entry> entries) {
        Map<String, List<Entry>> bySpun = new LinkedHashMap<>();
        for (Entry entry : entries) {
            bySpun.computeIfAbsent(key(entry.spun()), k -> new ArrayList<>()).add(entry);
        }
        List<LintFinding> findings = new ArrayList<>();
        for (List<Entry> group : bySpun.values()) {
            for (int later = 1; later < group.size(); later++) {
                for (int earlier = 0; earlier < later; earlier++) {
                    LintFinding finding = compare(group.get(earlier), group.get(later));
                    if (finding != null) {
                        findings.add(finding);
                        break; // one finding per entry says enough
                    }
                }
            }
        }
        return findings;
    }

    private static LintFinding compare(Entry earlier, Entry later) {
        MatchPlace first = MatchPlace.of(earlier);
        MatchPlace second = MatchPlace.of(later);
        MatchPlace both = first.intersect(second);
        if (both.isEmpty()) {
            return null;
        }
        boolean sameOriginals = originals(earlier).equals(originals(later));
        if (second.within(first)) {
            return sameOriginals
                    ? Findings.at(later, Severity.ERROR, "duplicate of the entry at " + Findings.where(earlier)
                            + ", which already matches wherever this one could: remove one", DUPLICATE)
                    : Findings.at(later, Severity.ERROR, Findings.show(later) + " never applies: the entry at "
                            + Findings.where(earlier) + " (" + Findings.show(earlier) + ") matches first wherever this one could;"
                            + " make them one entry with ordered alternatives or give this one conditions the other lacks",
                            CONFLICT);
        }
        if (sameOriginals) {
            return null;
        }
        return Findings.at(later, Severity.WARNING, "'" + later.spun() + "' is restored to '" + later.preferredOriginal()
                + "' here and to '" + earlier.preferredOriginal() + "' by the entry at " + Findings.where(earlier)
                + ", and both entries' conditions can hold at once (" + both.describe() + "), where the earlier entry wins;"
                + " make the conditions exclusive or merge them into ordered alternatives", CONFLICT);
    }

    private static List<String> originals(Entry entry) {
        return entry.originals().stream().map(Normalizer::normalize).toList();
    }

    private static String key(String phrase) {
        return String.join(" ", Tokenizer.tokenize(phrase).stream().map(Token::normalized).toList());
    }
}
