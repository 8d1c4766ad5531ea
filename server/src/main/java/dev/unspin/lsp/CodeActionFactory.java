package dev.unspin.lsp;

import com.google.gson.JsonObject;
import dev.unspin.document.DocumentFormat;
import dev.unspin.document.SourceFinding;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;

/**
 * The code actions on a range of a document. Titles and kinds are part of the documented
 * interface (docs/language-server.md): editor clients pick actions by them.
 */
final class CodeActionFactory {
    static final String FIX_ALL_KIND = "source.fixAll.unspin";
    static final String ADD_MAPPING_KIND = "refactor.rewrite.unspin";
    static final String FIX_ALL_TITLE = "Restore all spun phrasings in this document";

    /** A spun phrasing a fix applies to: from a diagnostic's data, or from the current check. */
    private record Target(Range range, String entry, List<String> replacements, Diagnostic diagnostic) {
    }

    private final Session session;

    CodeActionFactory(Session session) {
        this.session = session;
    }

    List<CodeAction> actions(CodeActionParams params, OpenDocument doc, CancelChecker cancel) {
        List<String> only = params.getContext() == null ? null : params.getContext().getOnly();
        Analysis analysis = session.analysis(doc);
        cancel.checkCanceled();
        List<CodeAction> actions = new ArrayList<>();
        List<Target> targets = targets(params, doc, analysis);
        if (wanted(only, CodeActionKind.QuickFix)) {
            for (Target target : targets) {
                for (int i = 0; i < target.replacements().size(); i++) {
                    String replacement = target.replacements().get(i);
                    CodeAction fix = action("Replace with " + DiagnosticFactory.quote(replacement), CodeActionKind.QuickFix);
                    if (i == 0) {
                        fix.setIsPreferred(true);
                    }
                    fix.setDiagnostics(List.of(target.diagnostic()));
                    fix.setEdit(Edits.of(doc, List.of(new TextEdit(target.range(), replacement)), documentChanges()));
                    actions.add(fix);
                }
            }
            if (!targets.isEmpty() && !analysis.findings().isEmpty()) {
                CodeAction all = fixAll(doc, analysis, CodeActionKind.QuickFix);
                all.setDiagnostics(targets.stream().map(Target::diagnostic).toList());
                actions.add(all);
            }
            Set<String> entries = new LinkedHashSet<>();
            targets.forEach(t -> entries.add(t.entry()));
            for (String entry : entries) {
                List<Diagnostic> diagnostics = targets.stream().filter(t -> t.entry().equals(entry))
                        .map(Target::diagnostic).toList();
                CodeAction inDocument = action("Ignore \u201C" + entry + "\u201D in this document", CodeActionKind.QuickFix);
                inDocument.setDiagnostics(diagnostics);
                inDocument.setEdit(Edits.of(doc, List.of(suppressionEdit(doc, entry)), documentChanges()));
                actions.add(inDocument);
                if (session.root() != null) {
                    CodeAction inWorkspace = action("Ignore \u201C" + entry + "\u201D in this workspace", CodeActionKind.QuickFix);
                    inWorkspace.setDiagnostics(diagnostics);
                    inWorkspace.setCommand(new Command(inWorkspace.getTitle(), Commands.IGNORE_IN_WORKSPACE,
                            List.of(entry)));
                    actions.add(inWorkspace);
                }
            }
        }
        if (wanted(only, FIX_ALL_KIND) && !analysis.findings().isEmpty()) {
            actions.add(fixAll(doc, analysis, FIX_ALL_KIND));
        }
        if (wanted(only, ADD_MAPPING_KIND) && session.root() != null && targets.isEmpty()) {
            CodeAction add = addMapping(doc, params.getRange());
            if (add != null) {
                actions.add(add);
            }
        }
        return actions;
    }

    private boolean documentChanges() {
        return session.features().documentChanges();
    }

    /** Unspin diagnostics the client sent back whose data still matches the text; else current findings in the range. */
    private List<Target> targets(CodeActionParams params, OpenDocument doc, Analysis analysis) {
        List<Target> targets = new ArrayList<>();
        PositionEncoding encoding = session.encoding();
        List<Diagnostic> sent = params.getContext() == null || params.getContext().getDiagnostics() == null
                ? List.of() : params.getContext().getDiagnostics();
        for (Diagnostic diagnostic : sent) {
            DiagnosticFactory.FixData data = DiagnosticFactory.FixData.from(diagnostic);
            if (data == null) {
                continue;
            }
            int start = doc.lines().offset(diagnostic.getRange().getStart(), encoding);
            int end = doc.lines().offset(diagnostic.getRange().getEnd(), encoding);
            if (doc.text().substring(start, end).equals(data.spun())) { // stale diagnostics give no fix
                targets.add(new Target(diagnostic.getRange(), data.entry(), data.replacements(), diagnostic));
            }
        }
        if (!targets.isEmpty()) {
            return targets;
        }
        int from = doc.lines().offset(params.getRange().getStart(), encoding);
        int to = doc.lines().offset(params.getRange().getEnd(), encoding);
        for (int i = 0; i < analysis.findings().size(); i++) {
            SourceFinding finding = analysis.findings().get(i);
            if (finding.start() <= to && from <= finding.end()) {
                Diagnostic diagnostic = analysis.diagnostics().get(i);
                targets.add(new Target(diagnostic.getRange(), finding.entryId(), finding.replacements(), diagnostic));
            }
        }
        return targets;
    }

    private CodeAction fixAll(OpenDocument doc, Analysis analysis, String kind) {
        List<TextEdit> edits = new ArrayList<>();
        for (int i = 0; i < analysis.findings().size(); i++) {
            edits.add(new TextEdit(analysis.diagnostics().get(i).getRange(), analysis.findings().get(i).replacements().get(0)));
        }
        CodeAction action = action(FIX_ALL_TITLE, kind);
        action.setEdit(Edits.of(doc, edits, documentChanges()));
        return action;
    }

    /** Appends a file-wide suppression comment for the entry at the end of the document. */
    private TextEdit suppressionEdit(OpenDocument doc, String entry) {
        DocumentFormat format = doc.format().orElse(DocumentFormat.PLAIN_TEXT);
        String marker = "unspin-disable-file " + entry;
        String comment = format == DocumentFormat.PLAIN_TEXT ? marker : "<!-- " + marker + " -->";
        String text = doc.text();
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        boolean endsWithBreak = text.isEmpty() || text.endsWith("\n") || text.endsWith("\r");
        Position end = doc.lines().position(text.length(), session.encoding());
        return new TextEdit(new Range(end, end), (endsWithBreak ? "" : newline) + comment + newline);
    }

    /** "Add … to the workspace dictionary" for a selection within one line, or the word at the cursor. */
    private CodeAction addMapping(OpenDocument doc, Range range) {
        PositionEncoding encoding = session.encoding();
        int from = doc.lines().offset(range.getStart(), encoding);
        int to = doc.lines().offset(range.getEnd(), encoding);
        String text = doc.text();
        if (from == to) {
            while (from > 0 && isWordChar(text.codePointBefore(from))) {
                from -= Character.charCount(text.codePointBefore(from));
            }
            while (to < text.length() && isWordChar(text.codePointAt(to))) {
                to += Character.charCount(text.codePointAt(to));
            }
        }
        String spun = text.substring(from, to).strip();
        if (spun.isEmpty() || spun.indexOf('\n') >= 0 || spun.indexOf('\r') >= 0 || spun.contains("=>")
                || spun.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return null;
        }
        CodeAction action = action("Add \u201C" + spun + "\u201D to the workspace dictionary", ADD_MAPPING_KIND);
        JsonObject argument = new JsonObject();
        argument.addProperty("uri", doc.uri());
        argument.addProperty("spun", spun);
        argument.addProperty("line", doc.lines().line(from));
        action.setCommand(new Command(action.getTitle(), Commands.ADD_MAPPING, List.of(argument)));
        return action;
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || cp == '\'' || cp == '\u2019' || cp == '-';
    }

    private static CodeAction action(String title, String kind) {
        CodeAction action = new CodeAction(title);
        action.setKind(kind);
        return action;
    }

    /** Whether a kind passes the client's {@code only} filter, which matches kinds and their sub-kinds. */
    static boolean wanted(List<String> only, String kind) {
        if (only == null || only.isEmpty()) {
            return true;
        }
        for (String prefix : only) {
            if (kind.equals(prefix) || kind.startsWith(prefix + ".")) {
                return true;
            }
        }
        return false;
    }
}
