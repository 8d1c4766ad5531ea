package dev.unspin.lsp;

import dev.unspin.dictionary.DictionaryFormatException;
import dev.unspin.dictionary.DictionaryParser;
import dev.unspin.lint.LintFinding;
import dev.unspin.lint.Severity;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** Turns dictionary lint findings into diagnostics on the dictionary file: code = the check id, source "unspin". */
final class LintDiagnostics {
    private LintDiagnostics() {
    }

    static Diagnostic of(LintFinding finding, OpenDocument document, PositionEncoding encoding) {
        LineIndex lines = document.lines();
        int line = Math.max(0, Math.min(finding.line() - 1, lines.lineCount() - 1));
        int lineStart = lines.lineStart(line);
        int lineEnd = lines.lineEnd(line);
        int start = Math.min(lineStart + Math.max(finding.column() - 1, 0), lineEnd);
        Diagnostic diagnostic = new Diagnostic(lines.range(start, end(finding, document.text(), start, lineEnd), encoding),
                finding.message(), finding.severity() == Severity.ERROR ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
                DiagnosticFactory.SOURCE);
        diagnostic.setCode(Either.forLeft(finding.code()));
        return diagnostic;
    }

    /**
     * A finding about an entry points at its spun phrasing, so the range ends with it (before the
     * arrow); a syntax error may lie anywhere after its column, so its range runs to the end of the line.
     */
    private static int end(LintFinding finding, String text, int start, int lineEnd) {
        int arrow = text.indexOf(DictionaryParser.ARROW, start);
        if (!DictionaryFormatException.SYNTAX.equals(finding.code()) && arrow >= 0 && arrow < lineEnd) {
            int end = arrow;
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                return end;
            }
        }
        return lineEnd;
    }
}
