package dev.unspin.dictionary;

import java.util.List;
import java.util.Optional;

/**
 * One dictionary entry: a spun phrasing and the original wording it replaced, with ordered
 * alternatives when the original is ambiguous (the first is preferred).
 *
 * @param id          stable identifier, shown as a diagnostic code
 * @param spun        the phrasing as the spinner writes it; written with capitals, it only matches
 *                    text capitalised the same way or in all capitals
 * @param originals   the original wordings, preferred first; never empty
 * @param conditions  context conditions that must all hold for a match
 * @param example     a spun sentence the entry should restore
 * @param evidence    where the phrasing was attested
 * @param location    where the entry was defined
 */
public record Entry(
        String id,
        String spun,
        List<String> originals,
        Confidence confidence,
        List<Condition> conditions,
        Optional<String> example,
        List<Evidence> evidence,
        SourceLocation location) {

    public Entry {
        if (originals.isEmpty()) {
            throw new IllegalArgumentException("an entry needs at least one original");
        }
        originals = List.copyOf(originals);
        conditions = List.copyOf(conditions);
        evidence = List.copyOf(evidence);
    }

    public String preferredOriginal() {
        return originals.get(0);
    }

    /** Entries written with a capital letter only match that capitalisation (or all capitals). */
    public boolean caseSensitive() {
        return spun.codePoints().anyMatch(Character::isUpperCase);
    }

    public boolean conditionsHold(MatchContext context) {
        for (Condition condition : conditions) {
            if (!condition.holds(context)) {
                return false;
            }
        }
        return true;
    }
}
