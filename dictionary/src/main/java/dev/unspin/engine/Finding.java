package dev.unspin.engine;

import dev.unspin.dictionary.Confidence;
import dev.unspin.dictionary.Entry;
import java.util.List;

/**
 * A spun phrasing found in a text.
 *
 * @param start        UTF-16 offset of the phrasing in the text
 * @param end          UTF-16 offset just past it
 * @param spun         the phrasing as it stands in the text
 * @param replacements the original wordings, preferred first, in the text's capitalisation
 * @param entry        the dictionary entry that matched
 */
public record Finding(int start, int end, String spun, List<String> replacements, Entry entry) {

    public Finding {
        replacements = List.copyOf(replacements);
    }

    public String replacement() {
        return replacements.get(0);
    }

    public Confidence confidence() {
        return entry.confidence();
    }

    public String entryId() {
        return entry.id();
    }
}
