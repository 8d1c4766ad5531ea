package dev.unspin.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One case each of what the protocol fuzz found, over the raw stream: the answer and its error code. */
class ProtocolErrorsTest {
    private static final java.util.logging.Logger LSP4J = java.util.logging.Logger.getLogger("org.eclipse.lsp4j");
    private static final String HOVER = "{\"textDocument\":{\"uri\":\"file:///a.txt\"},\"position\":{\"line\":0,\"character\":0}}";

    @BeforeAll
    static void quietLsp4j() {
        LSP4J.setLevel(java.util.logging.Level.OFF); // it logs each dropped message with a stack trace
    }

    @AfterAll
    static void restoreLsp4j() {
        LSP4J.setLevel(null);
    }

    private static RawConnection initialized() {
        RawConnection c = RawConnection.inProcess();
        c.await(c.request("initialize", "{\"capabilities\":{}}"), "initialize");
        c.notify("initialized", "{}");
        return c;
    }

    private static int code(RawConnection c, String method, String params) {
        JsonObject answer = c.await(c.request(method, params), method);
        assertTrue(answer.has("error"), answer.toString());
        return answer.getAsJsonObject("error").get("code").getAsInt();
    }

    @Test
    void dollarRequestsAndUnofferedRequestsAreMethodNotFound() {
        try (RawConnection c = initialized()) {
            assertEquals(ResponseErrorCode.MethodNotFound.getValue(), code(c, "$/unspin/anything", "{}"));
            assertEquals(ResponseErrorCode.MethodNotFound.getValue(), code(c, "textDocument/completion", HOVER));
            assertFalse(c.tail().contains("internal error"), c.tail());
        }
    }

    @Test
    void paramsThatCannotBeBoundAreInvalidParams() {
        try (RawConnection c = initialized()) {
            assertEquals(ResponseErrorCode.InvalidParams.getValue(), code(c, "textDocument/hover", null));
            assertEquals(ResponseErrorCode.InvalidParams.getValue(), code(c, "textDocument/hover", "[]"));
            assertEquals(ResponseErrorCode.InvalidParams.getValue(), code(c, "textDocument/hover", "[{}, {}]"));
            assertEquals(ResponseErrorCode.InvalidParams.getValue(), code(c, "textDocument/hover",
                    HOVER.replace("\"line\":0", "\"line\":2147483648")));
            assertEquals(ResponseErrorCode.InvalidParams.getValue(), code(c, "textDocument/codeAction", "{}"));
        }
    }

    @Test
    void beforeInitializeEveryRequestIsServerNotInitialized() {
        try (RawConnection c = RawConnection.inProcess()) {
            assertEquals(ResponseErrorCode.ServerNotInitialized.getValue(), code(c, "textDocument/hover", "[]"));
            assertEquals(ResponseErrorCode.ServerNotInitialized.getValue(), code(c, "textDocument/hover",
                    HOVER.replace("\"line\":0", "\"line\":\"zero\"")));
            assertEquals(ResponseErrorCode.ServerNotInitialized.getValue(), code(c, "$/unspin/anything", "{}"));
        }
    }

    @Test
    void aHugeCharacterMeansTheEndOfTheLine(@TempDir Path root) {
        try (ServerHarness h = new ServerHarness()) {
            h.initialize(ServerHarness.capabilities(), JsonParser.parseString("{\"debounceMs\": 0}").getAsJsonObject(), root);
            String uri = root.resolve("a.txt").toUri().toString();
            h.open(uri, "plaintext", "first line\nsecond line\nthird");
            h.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2),
                    List.of(new TextDocumentContentChangeEvent(new Range(new Position(1, 0), new Position(1, Integer.MAX_VALUE)),
                            "mentioned"))));
            while (!Integer.valueOf(2).equals(h.diagnostics(uri).getVersion())) {
                // the diagnostics of version 1
            }
            assertEquals("first line\nmentioned\nthird", h.local.document(uri).text());
        }
    }

    @Test
    void afterABrokenFrameTheNextMessageIsRead() {
        try (RawConnection c = initialized()) {
            byte[] body = "{\"jsonrpc\":\"2.0\",\"method\":\"$/unspin/x\"}".getBytes(StandardCharsets.UTF_8);
            c.sendBytes(("Content-Length: " + (body.length - 10) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            c.sendBytes(body); // ten bytes too many: they run into the next header line
            assertEquals(ResponseErrorCode.MethodNotFound.getValue(), code(c, "unspin/next", "{}"));
            c.sendBytes(("content-length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            c.sendBytes(body);
            assertEquals(ResponseErrorCode.MethodNotFound.getValue(), code(c, "unspin/next", "{}"));
        }
    }

    @Test
    void afterAMessageOverTheLimitTheNextMessageIsRead() {
        try (RawConnection c = RawConnection.inProcess(4096)) {
            c.await(c.request("initialize", "{\"capabilities\":{}}"), "initialize");
            byte[] body = "{\"jsonrpc\":\"2.0\",\"method\":\"$/unspin/x\"}".getBytes(StandardCharsets.UTF_8);
            // A length far over the limit, on a short body: the next header comes long before that many bytes.
            c.sendBytes(("Content-Length: 1000000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            c.sendBytes(body);
            assertEquals(ResponseErrorCode.MethodNotFound.getValue(), code(c, "unspin/next", "{}"));
            // A real message over the limit is still skipped whole, though its text names a header.
            String text = "x".repeat(5000) + "Content-Length: 12";
            c.notify("textDocument/didOpen", "{\"textDocument\":{\"uri\":\"file:///big.txt\",\"languageId\":\"plaintext\","
                    + "\"version\":1,\"text\":" + RawConnection.quote(text) + "}}");
            assertEquals(ResponseErrorCode.MethodNotFound.getValue(), code(c, "unspin/next", "{}"));
            assertTrue(c.tail().contains("was skipped"), c.tail());
        }
    }

    @Test
    void requestsWithIdsOutOfRangeOrOfTheWrongTypeAreAnswered() {
        try (RawConnection c = initialized()) {
            CompletableFuture<JsonObject> named = c.expect("\"a string\"");
            c.sendJson("{\"jsonrpc\":\"2.0\",\"id\":\"a string\",\"method\":\"$/unspin/x\"}");
            assertEquals(ResponseErrorCode.MethodNotFound.getValue(), c.await(named, "a string id").getAsJsonObject("error")
                    .get("code").getAsInt());
            // LSP's ids are strings or 32-bit integers: others are refused, with the id as it was written.
            for (String id : List.of("18446744073709551616", "2147483648", "1e400", "-1.5")) {
                CompletableFuture<JsonObject> answer = c.expect(id);
                c.sendJson("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"textDocument/hover\",\"params\":" + HOVER + "}");
                JsonObject error = c.await(answer, "a request with id " + id).getAsJsonObject("error");
                assertEquals(ResponseErrorCode.InvalidRequest.getValue(), error.get("code").getAsInt(), id);
            }
            for (String id : List.of("{\"a\":1}", "[1]", "true")) {
                CompletableFuture<JsonObject> answer = c.expect("null");
                c.sendJson("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"textDocument/hover\",\"params\":" + HOVER + "}");
                JsonObject error = c.await(answer, "a request with id " + id).getAsJsonObject("error");
                assertEquals(ResponseErrorCode.InvalidRequest.getValue(), error.get("code").getAsInt(), id);
            }
        }
    }
}
