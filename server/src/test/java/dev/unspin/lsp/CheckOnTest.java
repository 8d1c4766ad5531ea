package dev.unspin.lsp;

import static dev.unspin.lsp.Expect.range;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonPrimitive;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checkOn setting: change (the default), save, or manual with the unspin.check command. */
class CheckOnTest {
    @TempDir
    Path root;

    private ServerHarness start(String checkOn) throws Exception {
        Files.writeString(root.resolve("d.unspin"), DiagnosticsTest.DICTIONARY);
        ServerHarness h = new ServerHarness();
        InitializeResult result = h.initialize(ServerHarness.capabilities(),
                ServerHarness.options("\"checkOn\": \"" + checkOn + "\""), root);
        assertTrue(result.getCapabilities().getExecuteCommandProvider().getCommands().contains("unspin.check"));
        return h;
    }

    private String uri() {
        return root.resolve("a.txt").toUri().toString();
    }

    /** Replaces "said" (line 0, columns 3-7) by "mentioned" as version 2, then appends a sentence as version 3. */
    private void twoEdits(ServerHarness h) {
        h.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri(), 2),
                List.of(new TextDocumentContentChangeEvent(range(0, 3, 7), "mentioned"))));
        h.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri(), 3),
                List.of(new TextDocumentContentChangeEvent(range(0, 16, 16), " A coverage shift."))));
    }

    /**
     * Whether diagnostics for a.txt were published by now: b.txt is checked by command, and checks
     * run one at a time in the order asked, so any publish an earlier message asked for came first.
     */
    private boolean publishedSoFar(ServerHarness h) {
        String barrier = root.resolve("b.txt").toUri().toString();
        if (h.local.document(barrier) == null) {
            h.open(barrier, "plaintext", "Barrier.");
        }
        h.get(h.server.getWorkspaceService().executeCommand(new ExecuteCommandParams("unspin.check",
                List.of(new JsonPrimitive(barrier)))));
        h.diagnostics(barrier);
        return !h.pendingDiagnostics(uri()).isEmpty();
    }

    private static List<String> codes(PublishDiagnosticsParams params) {
        return params.getDiagnostics().stream().map(d -> d.getCode().getLeft()).toList();
    }

    private List<CodeAction> quickFixes(ServerHarness h) {
        CodeActionContext context = new CodeActionContext(List.of());
        context.setOnly(List.of(CodeActionKind.QuickFix));
        return h.get(h.server.getTextDocumentService().codeAction(new CodeActionParams(new TextDocumentIdentifier(uri()),
                range(0, 5, 5), context))).stream().map(Either::getRight).toList();
    }

    @Test
    void onSaveEditsPublishNothingUntilTheDocumentIsSaved() throws Exception {
        try (ServerHarness h = start("save")) {
            h.open(uri(), "plaintext", "He said it.");
            assertEquals(new PublishDiagnosticsParams(uri(), List.of(), 1), h.diagnostics(uri()), "checked when opened");
            twoEdits(h);
            assertEquals(List.of(), quickFixes(h), "an edited document is not checked for code actions");
            assertEquals(false, publishedSoFar(h), "edits publish nothing");
            h.server.getTextDocumentService().didSave(new DidSaveTextDocumentParams(new TextDocumentIdentifier(uri())));
            PublishDiagnosticsParams saved = h.diagnostics(uri());
            assertEquals(3, saved.getVersion());
            assertEquals(List.of("mentioned", "coverage-shift"), codes(saved));
            assertTrue(quickFixes(h).stream().anyMatch(a -> a.getTitle().startsWith("Replace \u201Cmentioned\u201D")));
        }
    }

    @Test
    void manualChecksOnlyWhenTheCheckCommandAsks() throws Exception {
        try (ServerHarness h = start("manual")) {
            h.open(uri(), "plaintext", "He said it.");
            twoEdits(h);
            assertEquals(false, publishedSoFar(h), "nothing is published on open or edit");
            h.get(h.server.getWorkspaceService().executeCommand(new ExecuteCommandParams("unspin.check",
                    List.of(new JsonPrimitive(uri())))));
            PublishDiagnosticsParams checked = h.diagnostics(uri());
            assertEquals(3, checked.getVersion());
            assertEquals(List.of("mentioned", "coverage-shift"), codes(checked));
            h.server.getTextDocumentService().didSave(new DidSaveTextDocumentParams(new TextDocumentIdentifier(uri())));
            assertEquals(false, publishedSoFar(h), "nothing is published on save");
            h.get(h.server.getWorkspaceService().executeCommand(new ExecuteCommandParams("unspin.check", List.of())));
            assertEquals(3, h.diagnostics(uri()).getVersion(), "without arguments every open document is checked");
            Throwable refused = h.failure(h.server.getWorkspaceService().executeCommand(new ExecuteCommandParams(
                    "unspin.check", List.of(new JsonPrimitive(root.resolve("closed.txt").toUri().toString())))));
            assertTrue(refused.getMessage().contains("is not an open document"), refused.getMessage());
        }
    }

    @Test
    void aWrongCheckOnIsReportedAndTheDefaultKept() throws Exception {
        try (ServerHarness h = start("typing")) {
            String shown = ServerHarness.take(h.client.shown, "showMessage").getMessage();
            assertTrue(shown.contains("unspin.checkOn: expected change, save or manual, got \"typing\""), shown);
            h.open(uri(), "plaintext", "He said it.");
            assertEquals(1, h.diagnostics(uri()).getVersion());
            twoEdits(h);
            assertTrue(publishedSoFar(h), "checkOn: change publishes edits");
        }
    }
}
