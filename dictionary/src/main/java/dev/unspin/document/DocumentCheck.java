package dev.unspin.document;

import dev.unspin.dictionary.Confidence;
import dev.unspin.engine.DocumentReport;
import dev.unspin.engine.Engine;
import dev.unspin.engine.Finding;
import dev.unspin.engine.SpinEvidence;
import dev.unspin.engine.TextChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs the engine over a document's prose and locates the findings in its source, leaving out
 * those its suppression comments turn off and those of ignored entries.
 */
public final class DocumentCheck {
    private DocumentCheck() {
    }

    /** The replacements as written in the source; the same list when nothing needs escaping, as in most text. */
    private static List<String> escaped(DocumentFormat format, List<String> replacements) {
        for (String replacement : replacements) {
            if (!format.escape(replacement).equals(replacement)) {
                return replacements.stream().map(format::escape).toList();
            }
        }
        return replacements;
    }

    /**
     * A check of one version of a document, kept so that the next version can be checked from it.
     *
     * @param text     the prose that was checked
     * @param minimum  the least confidence checked for
     * @param findings the engine's findings in the prose, before suppressions and ignored entries
     * @param located  the findings reported, located in the source
     * @param words    the prose's word count, which the spin evidence weighs the findings by
     */
    public record Result(String text, Confidence minimum, List<Finding> findings, List<SourceFinding> located, int words) {

        /**
         * The least sure confidence the prose's own spin evidence warrants showing (see
         * {@link SpinEvidence#minimumShown()}); meaningful when the check was for every confidence.
         */
        public Confidence minimumShown() {
            return SpinEvidence.of(words, findings).minimumShown();
        }

        /** The located findings of at least the given confidence. */
        public List<SourceFinding> locatedAtLeast(Confidence shown) {
            return located.stream().filter(f -> f.finding().confidence().atLeast(shown)).toList();
        }
    }

    public static List<SourceFinding> run(Engine engine, DocumentFormat format, String source, Confidence minimum,
            Set<String> ignoredIds) {
        return run(engine, format, source, minimum, ignoredIds, null).located();
    }

    /**
     * Checks a document; given the check of its previous version (by the same engine), matches
     * again only the prose near what changed ({@link Engine#findAfterEdit}).
     */
    public static Result run(Engine engine, DocumentFormat format, String source, Confidence minimum,
            Set<String> ignoredIds, Result previous) {
        CheckableText document = format.extract(source);
        TextChange change = previous == null ? null : TextChange.between(previous.text(), document.text());
        List<Finding> findings = change != null && previous.minimum() == minimum
                ? engine.findAfterEdit(change, previous.findings(), minimum)
                : engine.find(document.text(), minimum);
        Suppressions suppressions = Suppressions.of(document);
        OffsetMap map = document.map();
        List<SourceFinding> located = new ArrayList<>();
        for (Finding finding : findings) {
            if (ignoredIds.contains(finding.entryId())) {
                continue;
            }
            int start = map.sourceStart(finding.start());
            if (suppressions.suppresses(start, finding.entryId())) {
                continue;
            }
            located.add(new SourceFinding(start, map.sourceEnd(finding.end()), finding, escaped(format, finding.replacements())));
        }
        int words = change == null ? DocumentReport.wordCount(document.text())
                : DocumentReport.wordCountAfterEdit(change, previous.words());
        return new Result(document.text(), minimum, findings, located, words);
    }
}
