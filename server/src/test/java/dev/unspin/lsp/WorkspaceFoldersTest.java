package dev.unspin.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersChangeEvent;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workspace of several folders: each document is checked with the settings, dictionaries and ignores of its own. */
class WorkspaceFoldersTest {
    private static final String TEXT = "The alpha phrase met the beta phrase and the gamma phrase.";

    @TempDir
    Path workspace;

    /** A folder whose d.unspin has one entry, "NAME phrase". */
    private Path folder(String name) throws Exception {
        Path folder = Files.createDirectories(workspace.resolve(name));
        Files.writeString(folder.resolve("d.unspin"), name + " phrase => " + name + " words ; certain\n");
        return folder;
    }

    private static String uri(Path folder, String name) {
        return folder.resolve(name).toUri().toString();
    }

    private static List<String> codes(PublishDiagnosticsParams params) {
        return params.getDiagnostics().stream().map(d -> d.getCode().getLeft() + ":" + d.getSeverity()).toList();
    }

    /** Takes the document's diagnostics until they are these codes: publishes from earlier reloads may come first. */
    private static void awaitCodes(ServerHarness h, String uri, List<String> expected) {
        while (!codes(h.diagnostics(uri)).equals(expected)) {
            // an earlier state's publish
        }
    }

    @Test
    void eachFolderKeepsItsSettingsDictionariesAndIgnoresAndFoldersComeAndGo() throws Exception {
        Path alpha = folder("alpha");
        Path beta = folder("beta");
        Path gamma = folder("gamma");
        ClientCapabilities capabilities = ServerHarness.capabilities();
        capabilities.getWorkspace().setConfiguration(true);
        try (ServerHarness h = new ServerHarness()) {
            // The client answers workspace/configuration per folder: hints in beta only.
            h.client.configurationFor = item -> item.getScopeUri() != null && item.getScopeUri().equals(beta.toUri().toString())
                    ? JsonParser.parseString("{\"severity\": {\"certain\": \"hint\"}}") : new com.google.gson.JsonObject();
            InitializeResult result = h.initialize(capabilities, ServerHarness.options("\"minConfidence\": \"possible\""),
                    List.of(alpha, beta));
            assertTrue(result.getCapabilities().getWorkspace().getWorkspaceFolders().getSupported());
            assertEquals(Either.forRight(true), result.getCapabilities().getWorkspace().getWorkspaceFolders().getChangeNotifications());
            var pulled = ServerHarness.take(h.client.configurationRequests, "workspace/configuration").getItems();
            assertEquals(List.of(alpha.toUri().toString(), beta.toUri().toString()), pulled.stream().map(i -> i.getScopeUri()).toList());

            String inAlpha = uri(alpha, "a.txt");
            String inBeta = uri(beta, "notes/b.txt");
            h.open(inAlpha, "plaintext", TEXT);
            h.open(inBeta, "plaintext", TEXT);
            awaitCodes(h, inAlpha, List.of("alpha-phrase:Error"));
            awaitCodes(h, inBeta, List.of("beta-phrase:Hint"));

            // "Ignore in this workspace" from beta writes beta's ignore file, and only beta's documents change.
            var diagnostic = h.get(h.server.getTextDocumentService().codeAction(new CodeActionParams(
                    new TextDocumentIdentifier(inBeta), Expect.range(0, 27, 27), new CodeActionContext(List.of()))));
            CodeAction ignore = diagnostic.stream().map(Either::getRight)
                    .filter(a -> a.getTitle().equals("Ignore \u201Cbeta-phrase\u201D in this workspace")).findFirst().orElseThrow();
            h.get(h.server.getWorkspaceService().executeCommand(new ExecuteCommandParams(ignore.getCommand().getCommand(),
                    ignore.getCommand().getArguments())));
            assertEquals("beta-phrase\n", Files.readString(beta.resolve(".unspin/ignored-entries")));
            assertFalse(Files.exists(alpha.resolve(".unspin")), "nothing is written to the other folder");
            awaitCodes(h, inBeta, List.of());
            awaitCodes(h, inAlpha, List.of("alpha-phrase:Error"));

            // A folder added later is loaded; a document outside every folder goes with the first.
            h.server.getWorkspaceService().didChangeWorkspaceFolders(new DidChangeWorkspaceFoldersParams(
                    new WorkspaceFoldersChangeEvent(List.of(new WorkspaceFolder(gamma.toUri().toString(), "gamma")),
                            List.of(new WorkspaceFolder(alpha.toUri().toString(), "alpha")))));
            String inGamma = uri(gamma, "c.txt");
            h.open(inGamma, "plaintext", TEXT);
            awaitCodes(h, inGamma, List.of("gamma-phrase:Error"));
            awaitCodes(h, inAlpha, List.of()); // now outside every folder: beta's dictionary, which ignores its entry
            assertFalse(h.log().contains("Exception"), h.log());
        }
    }
}
