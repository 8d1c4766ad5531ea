package dev.unspin.lsp;

import com.google.gson.JsonObject;
import dev.unspin.document.DocumentFormat;
import dev.unspin.check.SourceFinding;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeActionTriggerKind;
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

    /** A finding a fix applies to, with its diagnostic as published. */
    private record Target(SourceFinding finding, Diagnostic diagnostic) {
    }

    private final Session session;

    CodeActionFactory(Session session) {
        this.session = session;
    }

    /**
     * The actions for the findings the requested range touches. Only when it touches none do the
     * diagnostics the client sent choose the targets: Neovim 0.7 sends every diagnostic of the
     * cursor's line, with byte columns, so they are matched to current findings by line, entry and
     * text, not by range.
     */
    List<CodeAction> actions(CodeActionParams params, OpenDocument doc, CancelChecker cancel) {
        CodeActionContext context = params.getContext();
        List<String> only = context == null ? null : context.getOnly();
        boolean automatic = context != null && context.getTriggerKind() == CodeActionTriggerKind.Automatic;
        CheckState state = session.stateFor(doc.uri());
        Analysis analysis = session.requestAnalysis(doc);
        cancel.checkCanceled();
        List<Target> atRange = inRange(params.getRange(), doc, analysis, state);
        List<Target> targets = atRange.isEmpty() ? onTheLinesOf(context, doc, analysis, state) : atRange;
        List<CodeAction> actions = new ArrayList<>();
        boolean quickFixes = wanted(only, CodeActionKind.QuickFix) && !targets.isEmpty();
        if (quickFixes) {
            for (Target target : targets) {
                String spun = DiagnosticFactory.quote(target.finding().finding().spun());
                List<String> replacements = target.finding().replacements();
                for (int i = 0; i < replacements.size(); i++) {
                    CodeAction fix = action("Replace " + spun + " with " + DiagnosticFactory.quote(replacements.get(i)),
                            CodeActionKind.QuickFix);
                    if (i == 0) {
                        fix.setIsPreferred(true);
                    }
                    fix.setDiagnostics(List.of(target.diagnostic()));
                    fix.setEdit(Edits.of(doc, List.of(new TextEdit(target.diagnostic().getRange(), replacements.get(i))),
                            documentChanges()));
                    actions.add(fix);
                }
            }
            CodeAction all = fixAll(doc, analysis.findings(), CodeActionKind.QuickFix);
            all.setDiagnostics(targets.stream().map(Target::diagnostic).toList());
            actions.add(all);
            ignores(doc, state, targets, actions);
        }
        // One "Restore all" per menu: the quick fix when there is one, else the source action, which
        // an automatic request (on save) gets only by naming it, and then only for the findings at or
        // above fixOnSaveConfidence.
        if (!quickFixes && wanted(only, FIX_ALL_KIND) && (!automatic || names(only, FIX_ALL_KIND))) {
            List<SourceFinding> findings = automatic ? analysis.findings().stream()
                    .filter(f -> f.finding().confidence().atLeast(state.settings().fixOnSaveConfidence())).toList()
                    : analysis.findings();
            if (!findings.isEmpty()) {
                actions.add(fixAll(doc, findings, FIX_ALL_KIND));
            }
        }
        if (wanted(only, ADD_MAPPING_KIND) && atRange.isEmpty()) {
            if (state.root() != null) {
                addMapping(doc, params.getRange(), Commands.WORKSPACE_DICTIONARY).ifPresent(actions::add);
            }
            if (state.settings().userDictionary().isPresent()) {
                addMapping(doc, params.getRange(), Commands.USER_DICTIONARY).ifPresent(actions::add);
            }
        }
        return actions;
    }

    private void ignores(OpenDocument doc, CheckState state, List<Target> targets, List<CodeAction> actions) {
        Set<String> entries = new LinkedHashSet<>();
        targets.forEach(t -> entries.add(t.finding().entryId()));
        for (String entry : entries) {
            List<Diagnostic> diagnostics = targets.stream().filter(t -> t.finding().entryId().equals(entry))
                    .map(Target::diagnostic).toList();
            CodeAction inDocument = action("Ignore \u201C" + entry + "\u201D in this document", CodeActionKind.QuickFix);
            inDocument.setDiagnostics(diagnostics);
            inDocument.setEdit(Edits.of(doc, List.of(suppressionEdit(doc, entry)), documentChanges()));
            actions.add(inDocument);
            if (state.root() != null) {
                CodeAction inWorkspace = action("Ignore \u201C" + entry + "\u201D in this workspace", CodeActionKind.QuickFix);
                inWorkspace.setDiagnostics(diagnostics);
                inWorkspace.setCommand(new Command(inWorkspace.getTitle(), Commands.IGNORE_IN_WORKSPACE,
                        List.of(entry, doc.uri())));
                actions.add(inWorkspace);
            }
        }
    }

    private boolean documentChanges() {
        return session.features().documentChanges();
    }

    /** The current findings that the range overlaps or touches, in text order. */
    private List<Target> inRange(Range range, OpenDocument doc, Analysis analysis, CheckState state) {
        PositionEncoding encoding = session.encoding();
        int from = doc.lines().offset(range.getStart(), encoding);
        int to = doc.lines().offset(range.getEnd(), encoding);
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i < analysis.findings().size(); i++) {
            SourceFinding finding = analysis.findings().get(i);
            if (finding.start() <= to && from <= finding.end()) {
                targets.add(new Target(finding, diagnostic(i, doc, analysis, state)));
            }
        }
        return targets;
    }

    /** The current findings on the lines of the client's unspin diagnostics, with the same entry and text. */
    private List<Target> onTheLinesOf(CodeActionContext context, OpenDocument doc, Analysis analysis, CheckState state) {
        List<Diagnostic> sent = context == null || context.getDiagnostics() == null ? List.of() : context.getDiagnostics();
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i < analysis.findings().size(); i++) {
            SourceFinding finding = analysis.findings().get(i);
            int line = doc.lines().line(finding.start());
            String text = doc.text().substring(finding.start(), finding.end());
            boolean sentByClient = sent.stream().anyMatch(d -> {
                DiagnosticFactory.FixData data = DiagnosticFactory.FixData.from(d);
                return data != null && d.getRange() != null && d.getRange().getStart().getLine() == line
                        && data.entry().equals(finding.entryId()) && data.spun().equals(text);
            });
            if (sentByClient) {
                targets.add(new Target(finding, diagnostic(i, doc, analysis, state)));
            }
        }
        return targets;
    }

    /** The diagnostic of the i-th finding as published; past --max-diagnostics, made as it would have been. */
    private Diagnostic diagnostic(int i, OpenDocument doc, Analysis analysis, CheckState state) {
        Diagnostic published = i < analysis.diagnostics().size() ? analysis.diagnostics().get(i) : null;
        if (published != null && !DiagnosticFactory.NOT_SHOWN.equals(published.getCode().getLeft())) {
            return published;
        }
        return DiagnosticFactory.of(analysis.findings().get(i), doc, session.encoding(), state.settings());
    }

    private CodeAction fixAll(OpenDocument doc, List<SourceFinding> findings, String kind) {
        List<TextEdit> edits = new ArrayList<>();
        for (SourceFinding finding : findings) {
            edits.add(new TextEdit(doc.lines().range(finding.start(), finding.end(), session.encoding()),
                    finding.replacements().get(0)));
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

    /** "Add … to the workspace (or your user) dictionary" for a selection within one line, or the word at the cursor. */
    private Optional<CodeAction> addMapping(OpenDocument doc, Range range, String dictionary) {
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
            return Optional.empty();
        }
        String target = Commands.USER_DICTIONARY.equals(dictionary) ? "your user dictionary" : "the workspace dictionary";
        CodeAction action = action("Add \u201C" + spun + "\u201D to " + target, ADD_MAPPING_KIND);
        JsonObject argument = new JsonObject();
        argument.addProperty("uri", doc.uri());
        argument.addProperty("spun", spun);
        argument.addProperty("line", doc.lines().line(from));
        argument.addProperty("dictionary", dictionary);
        action.setCommand(new Command(action.getTitle(), Commands.ADD_MAPPING, List.of(argument)));
        return Optional.of(action);
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || cp == '\'' || cp == '\u2019' || cp == '-';
    }

    private static CodeAction action(String title, String kind) {
        CodeAction action = new CodeAction(title);
        action.setKind(kind);
        return action;
    }

    /** Whether the client's {@code only} filter names this kind (or a sub-kind of it) itself, not a kind above it. */
    static boolean names(List<String> only, String kind) {
        return only != null && only.stream().anyMatch(k -> k.equals(kind) || k.startsWith(kind + "."));
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
