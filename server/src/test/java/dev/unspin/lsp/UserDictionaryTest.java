package dev.unspin.lsp;

import static dev.unspin.lsp.Expect.range;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-user dictionary beside the workspace one: read, watched, written by its own code action. */
class UserDictionaryTest {
    @TempDir
    Path root;
    @TempDir
    Path config;

    private Path user() {
        return config.resolve("unspin/dictionary.unspin");
    }

    private ServerHarness start(String userDictionary) throws Exception {
        Files.writeString(root.resolve("d.unspin"), DiagnosticsTest.DICTIONARY);
        ClientCapabilities capabilities = ServerHarness.capabilities();
        capabilities.getWorkspace().setDidChangeWatchedFiles(new DidChangeWatchedFilesCapabilities(true));
        ServerHarness h = new ServerHarness();
        h.initialize(capabilities, ServerHarness.options("\"userDictionary\": " + userDictionary), root);
        return h;
    }

    private String uri() {
        return root.resolve("a.txt").toUri().toString();
    }

    private static List<String> codes(PublishDiagnosticsParams params) {
        return params.getDiagnostics().stream().map(d -> d.getCode().getLeft()).toList();
    }

    private static List<CodeAction> actions(ServerHarness h, String uri, org.eclipse.lsp4j.Range range) {
        return h.get(h.server.getTextDocumentService().codeAction(new CodeActionParams(new TextDocumentIdentifier(uri),
                range, new CodeActionContext(List.of())))).stream().map(Either::getRight).toList();
    }

    @Test
    void theDefaultPlaceFollowsXdgConfigHomeElseTheHomeFolder() {
        assertEquals(Optional.of(Path.of("/cfg/unspin/dictionary.unspin")),
                UserDictionary.defaultPath(Map.of("XDG_CONFIG_HOME", "/cfg", "HOME", "/home/u"), "/ignored"));
        assertEquals(Optional.of(Path.of("/home/u/.config/unspin/dictionary.unspin")),
                UserDictionary.defaultPath(Map.of("XDG_CONFIG_HOME", "relative", "HOME", "/home/u"), "/ignored"),
                "a relative XDG_CONFIG_HOME is invalid and ignored");
        assertEquals(Optional.of(Path.of("/j/.config/unspin/dictionary.unspin")), UserDictionary.defaultPath(Map.of(), "/j"));
    }

    @Test
    void theUserDictionaryIsReadWatchedAndReloaded() throws Exception {
        Files.createDirectories(user().getParent());
        Files.writeString(user(), "stated => said ; certain\n");
        try (ServerHarness h = start("\"" + user() + "\"")) {
            var registration = ServerHarness.take(h.client.registrations, "client/registerCapability").getRegistrations().get(0);
            assertTrue(registration.getRegisterOptions().toString().contains(user().toString()), registration.toString());
            h.open(uri(), "plaintext", "He stated a coverage shift.");
            assertEquals(List.of("stated", "coverage-shift"), codes(h.diagnostics(uri())));

            Files.writeString(user(), "# emptied\n");
            h.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
                    List.of(new FileEvent(user().toUri().toString(), FileChangeType.Changed))));
            assertEquals(List.of("coverage-shift"), codes(h.diagnostics(uri())));
        }
    }

    @Test
    void addToYourUserDictionaryWritesThereAndRechecks() throws Exception {
        try (ServerHarness h = start("\"" + user() + "\"")) {
            h.open(uri(), "plaintext", "The unveiled plan.");
            assertEquals(List.of(), codes(h.diagnostics(uri())));
            List<CodeAction> actions = actions(h, uri(), range(0, 4, 17));
            assertEquals(List.of("Add \u201Cunveiled plan\u201D to the workspace dictionary",
                    "Add \u201Cunveiled plan\u201D to your user dictionary"), actions.stream().map(CodeAction::getTitle).toList());
            JsonObject argument = (JsonObject) actions.get(1).getCommand().getArguments().get(0);
            assertEquals("user", argument.get("dictionary").getAsString());
            argument.addProperty("original", "announced plan");
            h.get(h.server.getWorkspaceService().executeCommand(new ExecuteCommandParams("unspin.addMapping", List.of(argument))));
            assertEquals("unveiled plan => announced plan ; seen: a.txt:1\n", Files.readString(user()), "folders created too");
            assertEquals(List.of("unveiled-plan"), codes(h.diagnostics(uri())));
            assertTrue(Files.notExists(root.resolve(".unspin/dictionary.unspin")), "the workspace dictionary is untouched");
        }
    }

    @Test
    void offDisablesItAndABadPathIsReported() throws Exception {
        try (ServerHarness h = start("\"off\"")) {
            h.open(uri(), "plaintext", "The unveiled plan.");
            h.diagnostics(uri());
            assertEquals(List.of("Add \u201Cunveiled plan\u201D to the workspace dictionary"),
                    actions(h, uri(), range(0, 4, 17)).stream().map(CodeAction::getTitle).toList());
        }
        try (ServerHarness h = start("\"\"")) { // VS Code sends its default, the empty string
            var registration = ServerHarness.take(h.client.registrations, "client/registerCapability").getRegistrations().get(0);
            assertTrue(registration.getRegisterOptions().toString()
                    .contains(Settings.DEFAULTS.userDictionary().orElseThrow().toString()), "the default place is read");
            assertEquals(List.of(), List.copyOf(h.client.shown), "and no problem is reported");
        }
        try (ServerHarness h = start("\"notes.txt\"")) {
            String shown = ServerHarness.take(h.client.shown, "showMessage").getMessage();
            assertTrue(shown.contains("unspin.userDictionary: expected \"off\" or the absolute or ~/ path of a .unspin file"),
                    shown);
        }
    }
}
