package dev.unspin.check;

import dev.unspin.dictionary.Confidence;
import dev.unspin.engine.Engine;
import dev.unspin.engine.Finding;
import dev.unspin.engine.RestorationTooLargeException;
import java.util.Collections;
import java.util.List;

/**
 * The check of one version of a document, kept so that the next version can be checked from it.
 *
 * @param request  what was asked
 * @param prose    the prose that was checked
 * @param searched the engine's findings in the prose, of the confidence searched for, before
 *                 suppressions and ignored entries (what the spin evidence weighs)
 * @param shown    the findings shown, located in the source, in source order
 * @param words    the prose's word count
 * @param minimum  the least sure confidence shown: the one asked for, or what the evidence chose
 */
public record CheckResult(CheckRequest request, String prose, List<Finding> searched, List<SourceFinding> shown,
        int words, Confidence minimum) {

    public CheckResult {
        searched = Collections.unmodifiableList(searched); // the checker's own lists: no copy of a large document's findings
        shown = Collections.unmodifiableList(shown);
    }

    /**
     * The source with every shown finding replaced by its preferred original, as written in the
     * source's format.
     *
     * @throws RestorationTooLargeException if that would be longer than a restoration may be
     */
    public String restored() {
        return Engine.apply(request.source(), shown);
    }
}
