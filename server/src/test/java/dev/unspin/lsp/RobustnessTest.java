package dev.unspin.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RobustnessTest {
    @TempDir
    Path root;

    private ServerHarness start() throws Exception {
        Files.writeString(root.resolve("d.unspin"), DiagnosticsTest.DICTIONARY);
        ServerHarness harness = new ServerHarness();
        harness.initialize(ServerHarness.capabilities(), ServerHarness.options(""), root);
        return harness;
    }

    private static int code(ServerHarness h, CompletableFuture<?> request) {
        Throwable failure = h.failure(request);
        return assertInstanceOf(ResponseErrorException.class, failure).getResponseError().getCode();
    }

    private static CompletableFuture<Object> raw(ServerHarness h, String method, String json) {
        return h.clientLauncher.getRemoteEndpoint().request(method, json == null ? null : JsonParser.parseString(json));
    }

    @Test
    void unknownMethodsAreMethodNotFoundAndTheServerCarriesOn() throws Exception {
        try (ServerHarness h = start()) {
            assertEquals(ResponseErrorCode.MethodNotFound.getValue(), code(h, raw(h, "unspin/nothing", "{}")));
            h.clientLauncher.getRemoteEndpoint().notify("unspin/nothing", null);
            String uri = root.resolve("a.txt").toUri().toString();
            h.open(uri, "plaintext", "mentioned");
            assertEquals(1, h.diagnostics(uri).getDiagnostics().size());
        }
    }

    @Test
    void badParamsAreInvalidParams() throws Exception {
        try (ServerHarness h = start()) {
            String uri = root.resolve("a.txt").toUri().toString();
            h.open(uri, "plaintext", "mentioned");
            h.diagnostics(uri);
            assertEquals(ResponseErrorCode.InvalidParams.getValue(),
                    code(h, raw(h, "textDocument/hover", "{\"position\": {\"line\": 0, \"character\": 1}}")));
            assertEquals(ResponseErrorCode.InvalidParams.getValue(), code(h, h.server.getTextDocumentService().hover(
                    new HoverParams(new TextDocumentIdentifier(uri), new Position(-1, 0)))));
            assertEquals(ResponseErrorCode.InvalidParams.getValue(), code(h, h.server.getWorkspaceService()
                    .executeCommand(new ExecuteCommandParams("unspin.unknown", List.of()))));
            assertEquals(ResponseErrorCode.InvalidParams.getValue(), code(h, h.server.getWorkspaceService()
                    .executeCommand(new ExecuteCommandParams("unspin.ignoreInWorkspace", List.of()))));
            assertEquals(1, h.get(h.server.getTextDocumentService().codeAction(new org.eclipse.lsp4j.CodeActionParams(
                    new TextDocumentIdentifier(uri), Expect.range(0, 0, 0),
                    new org.eclipse.lsp4j.CodeActionContext(List.of())))).stream()
                    .filter(a -> a.getRight().getIsPreferred() != null).count(), "still serving after the errors");
        }
    }

    @Test
    void aChangeToAnUnopenedDocumentOrABadRangeDoesNotEndTheServer() throws Exception {
        try (ServerHarness h = start()) {
            String uri = root.resolve("a.txt").toUri().toString();
            h.clientLauncher.getRemoteEndpoint().notify("textDocument/didChange", JsonParser.parseString(
                    "{\"textDocument\": {\"uri\": \"file:///nowhere.txt\", \"version\": 2}, \"contentChanges\": [{\"text\": \"x\"}]}"));
            h.open(uri, "plaintext", "mentioned");
            h.diagnostics(uri);
            h.clientLauncher.getRemoteEndpoint().notify("textDocument/didChange", JsonParser.parseString(
                    "{\"textDocument\": {\"uri\": \"" + uri + "\", \"version\": 2}, \"contentChanges\": [{\"range\":"
                            + " {\"start\": {\"line\": 0, \"character\": 5}, \"end\": {\"line\": 0, \"character\": 1}}, \"text\": \"x\"}]}"));
            h.open(root.resolve("b.txt").toUri().toString(), "plaintext", "mentioned");
            assertEquals(1, h.diagnostics(root.resolve("b.txt").toUri().toString()).getDiagnostics().size());
        }
    }

    @Test
    void cancelledRequestsLeaveTheServerWorking() throws Exception {
        try (ServerHarness h = start()) {
            String uri = root.resolve("a.txt").toUri().toString();
            h.open(uri, "plaintext", "mentioned ".repeat(20_000));
            h.diagnostics(uri);
            HoverParams params = new HoverParams(new TextDocumentIdentifier(uri), new Position(0, 1));
            h.server.getTextDocumentService().hover(params).cancel(true);
            assertEquals(Expect.range(0, 0, 9), h.get(h.server.getTextDocumentService().hover(params)).getRange());
        }
    }

    @Test
    void requestsBeforeInitializeAreRejected() {
        try (ServerHarness h = new ServerHarness()) {
            assertEquals(ResponseErrorCode.ServerNotInitialized.getValue(), code(h, raw(h, "textDocument/hover",
                    "{\"textDocument\": {\"uri\": \"file:///a.txt\"}, \"position\": {\"line\": 0, \"character\": 0}}")));
        }
    }

    @Test
    void afterShutdownOnlyExitIsAcceptedAndExitsWithZero() throws Exception {
        ServerHarness h = start();
        h.get(h.server.shutdown());
        assertEquals(ResponseErrorCode.InvalidRequest.getValue(), code(h, h.server.getTextDocumentService().hover(
                new HoverParams(new TextDocumentIdentifier("file:///a.txt"), new Position(0, 0)))));
        h.server.exit();
        assertEquals(0, h.get(h.exitCode));
        h.close();
    }

    @Test
    void exitWithoutShutdownExitsWithOne() throws Exception {
        ServerHarness h = start();
        h.server.exit();
        assertEquals(1, h.get(h.exitCode));
        h.close();
    }

    @Test
    void logsGoToStderrAndTheClientLog() throws Exception {
        try (ServerHarness h = start()) {
            assertEquals("loaded 2 dictionary entries (start)", ServerHarness.take(h.client.logged, "logMessage").getMessage());
            assertEquals(true, h.log().contains("unspin lsp [info] loaded 2 dictionary entries (start)"));
        }
    }
}
