package dev.unspin.check;

import dev.unspin.dictionary.Confidence;
import dev.unspin.dictionary.Entry;
import dev.unspin.engine.Finding;
import dev.unspin.engine.FindingOrigin;
import dev.unspin.engine.Replaceable;
import java.util.List;
import java.util.Optional;

/**
 * A finding located in a document's source: what every front end presents.
 *
 * @param start        UTF-16 offset of the spun phrasing in the source
 * @param end          UTF-16 offset just past it
 * @param spun         the spun phrasing as the source writes it (with its markup's escapes)
 * @param finding      what the engine found in the document's prose
 * @param replacements the finding's replacements as they must be written into the source
 */
public record SourceFinding(int start, int end, String spun, Finding finding, List<String> replacements)
        implements Replaceable {
    public SourceFinding {
        replacements = List.copyOf(replacements);
    }

    @Override
    public String entryId() {
        return finding.entryId();
    }

    /** The entry that matched, or the one a proposing stage made for it. */
    public Entry entry() {
        return finding.entry();
    }

    public Confidence confidence() {
        return finding.confidence();
    }

    public FindingOrigin origin() {
        return finding.origin();
    }

    /** Why a stage beyond the dictionary proposed it; empty for a dictionary entry's finding. */
    public Optional<String> reason() {
        return finding.reason();
    }

    /** The preferred original, as it must be written into the source. */
    @Override
    public String replacement() {
        return replacements.get(0);
    }
}
