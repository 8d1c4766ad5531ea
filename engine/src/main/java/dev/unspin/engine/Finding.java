package dev.unspin.engine;

import dev.unspin.dictionary.Confidence;
import dev.unspin.dictionary.Entry;
import java.util.List;
import java.util.Optional;

/**
 * A spun phrasing found in a text.
 *
 * @param start        UTF-16 offset of the phrasing in the text
 * @param end          UTF-16 offset just past it
 * @param spun         the phrasing as it stands in the text
 * @param replacements the original wordings, preferred first, in the text's capitalisation
 * @param entry        the dictionary entry that matched, or the entry a proposing stage made for it
 * @param origin       whether a dictionary entry matched or a later stage proposed it
 */
public record Finding(int start, int end, String spun, List<String> replacements, Entry entry, FindingOrigin origin)
        implements Replaceable {

    public Finding {
        replacements = List.copyOf(replacements);
    }

    /** A finding of a dictionary entry. */
    public Finding(int start, int end, String spun, List<String> replacements, Entry entry) {
        this(start, end, spun, replacements, entry, FindingOrigin.DICTIONARY);
    }

    /** The same finding at another place, with other words. */
    public Finding moved(int newStart, int newEnd, String newSpun, List<String> newReplacements) {
        return new Finding(newStart, newEnd, newSpun, newReplacements, entry, origin);
    }

    /** Why a stage beyond the dictionary proposed it; empty for a dictionary entry's finding. */
    public Optional<String> reason() {
        return origin instanceof FindingOrigin.Proposal proposal ? Optional.of(proposal.reason()) : Optional.empty();
    }

    @Override
    public String replacement() {
        return replacements.get(0);
    }

    public Confidence confidence() {
        return entry.confidence();
    }

    @Override
    public String entryId() {
        return entry.id();
    }
}
