package dev.unspin.lsp;

import dev.unspin.check.CheckResult;
import dev.unspin.check.SourceFinding;
import dev.unspin.engine.FindingOrigin;
import dev.unspin.engine.TextChange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.eclipse.lsp4j.Diagnostic;

/**
 * The check of one document version under one {@link CheckState} generation, with its diagnostics;
 * {@code check} is null for a document that is not checked. {@code complete} is false while the
 * contextual restorer's findings for this version are still to come: until then the findings are
 * the dictionary's, with the contextual ones of an earlier version carried over where the edit left
 * them alone.
 */
record Analysis(OpenDocument document, long generation, CheckResult check, List<SourceFinding> findings,
        List<Diagnostic> diagnostics, boolean complete) {

    /** The findings presented as diagnostics, at most {@code max} and a notice of those left out. */
    static Analysis presented(OpenDocument doc, CheckState state, CheckResult check, List<SourceFinding> findings,
            PositionEncoding encoding, int max, boolean complete) {
        // Past the limit a client spends longer parsing and drawing diagnostics than anyone reads them.
        int shown = Math.min(findings.size(), max);
        List<Diagnostic> diagnostics = new ArrayList<>(shown + 1);
        for (SourceFinding finding : findings.subList(0, shown)) {
            diagnostics.add(DiagnosticFactory.of(finding, doc, encoding, state.settings()));
        }
        if (shown < findings.size()) {
            diagnostics.add(DiagnosticFactory.notShown(findings.size() - shown, findings.get(shown), doc, encoding));
        }
        return new Analysis(doc, state.generation(), check, List.copyOf(findings), List.copyOf(diagnostics), complete);
    }

    /** A finding the contextual restorer proposed (its thesaurus or its finder), not a dictionary entry's. */
    static boolean contextual(SourceFinding finding) {
        return finding.origin() instanceof FindingOrigin.Proposal;
    }

    /**
     * The dictionary's findings of this version with the contextual findings of an earlier check
     * that the edit since left alone, moved by the edit, leaving out those of entries now ignored.
     * The dictionary's win where they overlap.
     */
    static List<SourceFinding> merged(List<SourceFinding> dictionary, Analysis earlier, String text, Set<String> ignored) {
        TextChange change = TextChange.between(earlier.document().text(), text);
        int shift = text.length() - earlier.document().text().length();
        List<SourceFinding> all = new ArrayList<>(dictionary);
        for (SourceFinding finding : earlier.findings()) {
            if (!contextual(finding) || ignored.contains(finding.entryId())) {
                continue;
            }
            SourceFinding moved = finding.end() < change.prefix() ? finding
                    : finding.start() > change.oldEnd() ? new SourceFinding(finding.start() + shift, finding.end() + shift,
                            finding.spun(), finding.finding(), finding.replacements())
                    : null;
            if (moved != null && !overlapsAny(moved, dictionary)) {
                all.add(moved);
            }
        }
        all.sort(Comparator.comparingInt(SourceFinding::start));
        return all;
    }

    private static boolean overlapsAny(SourceFinding finding, List<SourceFinding> sorted) {
        int low = 0;
        int high = sorted.size();
        while (low < high) { // the first that ends after the finding starts
            int mid = (low + high) >>> 1;
            if (sorted.get(mid).end() <= finding.start()) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low < sorted.size() && sorted.get(low).start() < finding.end();
    }

    /** The finding whose range contains the source offset, or null. */
    SourceFinding findingAt(int offset) {
        for (SourceFinding finding : findings) {
            if (finding.start() <= offset && offset <= finding.end()) {
                return finding;
            }
            if (finding.start() > offset) {
                break;
            }
        }
        return null;
    }
}
