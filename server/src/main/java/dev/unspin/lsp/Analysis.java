package dev.unspin.lsp;

import dev.unspin.check.CheckResult;
import dev.unspin.check.SourceFinding;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;

/**
 * The check of one document version under one {@link CheckState} generation, with its diagnostics;
 * {@code check} is null for a document that is not checked.
 */
record Analysis(OpenDocument document, long generation, CheckResult check, List<SourceFinding> findings,
        List<Diagnostic> diagnostics) {

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
