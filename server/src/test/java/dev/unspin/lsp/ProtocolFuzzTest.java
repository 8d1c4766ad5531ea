package dev.unspin.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays thousands of malformed and hostile messages ({@link HostileMessages}) from a fixed seed
 * over the server's real JSON-RPC stream: each request gets the right answer, the server's message
 * loop never ends, and a well-formed session afterwards still works.
 */
class ProtocolFuzzTest {
    private static final int PIPELINE = 64; // requests in flight before the test waits for their answers
    /** The errors a request may end with when it is not a crash: bad params, or cancelled by the fuzz's $/cancelRequest. */
    private static final java.util.Set<Integer> ANSWERABLE = java.util.Set.of(ResponseErrorCode.InvalidParams.getValue(),
            ResponseErrorCode.MethodNotFound.getValue(), ResponseErrorCode.RequestCancelled.getValue());

    /** LSP4J logs each dropped message with its stack trace to stderr: thousands here, so they are kept quiet. */
    private static final java.util.logging.Logger LSP4J = java.util.logging.Logger.getLogger("org.eclipse.lsp4j");

    @TempDir
    Path root;

    @org.junit.jupiter.api.BeforeAll
    static void quietLsp4j() {
        LSP4J.setLevel(java.util.logging.Level.OFF);
    }

    @org.junit.jupiter.api.AfterAll
    static void restoreLsp4j() {
        LSP4J.setLevel(null);
    }

    private record Pending(HostileMessages.Message message, CompletableFuture<JsonObject> answer) {
    }

    @Test
    void hostileMessagesGetTheRightAnswersAndAWellFormedSessionStillWorks() throws Exception {
        long seed = Reliability.seed("protocol fuzz");
        try (RawConnection c = RawConnection.inProcess()) {
            fuzz(c, root, seed, Reliability.count(4_000, 60_000), "protocol fuzz");
        }
    }

    /** The whole run over a connection: before initialize, hostile messages, a well-formed session, after shutdown, exit. */
    static void fuzz(RawConnection c, Path root, long seed, int count, String label) throws Exception {
        Random random = new Random(seed);
        Map<String, Integer> kinds = new TreeMap<>();
        Map<String, Integer> codes = new TreeMap<>();
        List<String> uris = List.of(uri(root, "a.txt"), uri(root, "b.md"), uri(root, "c.html"));
        HostileMessages hostile = new HostileMessages(random, uris);

        int before = requestsAll(c, hostile, 60, ResponseErrorCode.ServerNotInitialized, "before initialize");
        JsonObject init = c.await(c.request("initialize", "{\"processId\":null,\"rootUri\":" + RawConnection.quote(root.toUri().toString())
                + ",\"capabilities\":{\"general\":{\"positionEncodings\":[\"utf-16\"]}},\"initializationOptions\":{\"debounceMs\":0}}"),
                "initialize");
        assertTrue(init.has("result"), init.toString());
        c.notify("initialized", "{}");
        for (String uri : uris) {
            c.notify("textDocument/didOpen", "{\"textDocument\":{\"uri\":" + RawConnection.quote(uri)
                    + ",\"languageId\":\"plaintext\",\"version\":1,\"text\":\"The White Home mentioned a coverage shift.\\r\\n"
                    + "\\ud83d\\ude00 information convention\"}}");
        }

        List<Pending> pending = new ArrayList<>();
        int requests = 0;
        int resyncs = 0;
        for (int i = 0; i < count; i++) {
            HostileMessages.Message message = hostile.next();
            kinds.merge(message.kind().startsWith("valid") || message.kind().startsWith("mutated")
                    ? message.kind().split(" ")[0] + " " + message.answer() : message.kind(), 1, Integer::sum);
            if (message.answer() == HostileMessages.Answer.FRAMING) {
                check(c, pending, codes);
                c.sendBytes(message.bytes());
                resync(c, message.overrun());
                resyncs++;
            } else if (message.id() != null) {
                pending.add(new Pending(message, c.expect(message.id())));
                c.sendBytes(message.bytes());
                requests++;
            } else {
                c.sendBytes(message.bytes());
            }
            if (pending.size() >= PIPELINE) {
                check(c, pending, codes);
            }
            assertFalse(c.serverLoop.isDone(), "the server stopped reading after message " + i + " (" + message.kind() + ")");
        }
        check(c, pending, codes);

        wellFormedSession(c, root);

        JsonObject shutdown = c.await(c.request("shutdown", null), "shutdown");
        assertTrue(shutdown.has("result") && shutdown.get("result").isJsonNull(), shutdown.toString());
        int after = requestsAll(c, hostile, 60, ResponseErrorCode.InvalidRequest, "after shutdown");
        c.notify("exit", null);
        assertEquals(0, c.exitCode.get(RawConnection.WAIT_SECONDS, TimeUnit.SECONDS));
        assertNull(c.readerFailure(), "every frame from the server parses");

        Reliability.figures(label, "messages sent", c.messagesSent.get(), "bytes sent", c.bytesSent.get(),
                "requests answered", requests + before + after, "broken frames recovered from", resyncs,
                "frames received", c.framesReceived.get());
        System.out.println("[reliability] " + label + ", messages by kind: " + kinds + "; answers by code: " + codes);
    }

    /** Sends requests of every kind and expects each to be refused with one error code. */
    private static int requestsAll(RawConnection c, HostileMessages hostile, int n, ResponseErrorCode code, String phase) {
        for (int i = 0; i < n; i++) {
            HostileMessages.Message message = hostile.anyRequest();
            CompletableFuture<JsonObject> answer = c.expect(message.id());
            c.sendBytes(message.bytes());
            JsonObject response = c.await(answer, message.kind() + " " + phase);
            assertEquals(code.getValue(), errorCode(response), message.kind() + " " + phase + ": " + response);
            c.notify("textDocument/didOpen", "{\"textDocument\":{\"uri\":\"file:///x.txt\",\"languageId\":\"plaintext\","
                    + "\"version\":1,\"text\":\"mentioned\"}}"); // notifications are dropped, never answered
        }
        return n;
    }

    private static int errorCode(JsonObject response) {
        return response.has("error") ? response.getAsJsonObject("error").get("code").getAsInt() : 0;
    }

    /** Waits for the answers to the requests sent and checks each. */
    private static void check(RawConnection c, List<Pending> pending, Map<String, Integer> codes) {
        for (Pending p : pending) {
            JsonObject response = c.await(p.answer(), p.message().kind() + " "
                    + abbreviate(new String(p.message().bytes(), StandardCharsets.UTF_8)));
            String what = p.message().kind() + ": " + abbreviate(response.toString());
            assertEquals(p.message().id(), response.get("id").toString(), what);
            assertNotEquals(response.has("result"), response.has("error"), "a result or an error: " + what);
            if (p.message().answer() == HostileMessages.Answer.METHOD_NOT_FOUND) {
                assertEquals(ResponseErrorCode.MethodNotFound.getValue(), errorCode(response), what);
            } else if (response.has("error")) {
                assertNotEquals(ResponseErrorCode.InternalError.getValue(), errorCode(response),
                        "an exception escaped: " + what + "\nserver log:\n" + c.tail());
                assertTrue(ANSWERABLE.contains(errorCode(response)), "the client's mistake or a cancellation: " + what);
            }
            codes.merge(response.has("error") ? Integer.toString(errorCode(response)) : "result", 1, Integer::sum);
        }
        pending.clear();
    }

    /**
     * After a broken frame the server may read what follows as part of it: probes are sent until
     * as many bytes as it can swallow have gone, and the last probe must be answered.
     */
    private static void resync(RawConnection c, int overrun) {
        String probe = "{\"jsonrpc\":\"2.0\",\"id\":\"probe-%08d\",\"method\":\"unspin/probe\"}";
        int length = RawConnection.frame(String.format(probe, 0).getBytes(StandardCharsets.UTF_8)).length;
        int probes = overrun / length + 3;
        CompletableFuture<JsonObject> last = null;
        for (int i = 0; i < probes; i++) {
            String id = c.newId();
            String json = String.format(probe, Long.parseLong(id));
            last = c.expect("\"" + json.substring(json.indexOf("probe-"), json.indexOf("probe-") + 14) + "\"");
            c.sendJson(json);
        }
        JsonObject answer = c.await(last, "a probe after a broken frame");
        assertEquals(ResponseErrorCode.MethodNotFound.getValue(), errorCode(answer), answer.toString());
    }

    /** didOpen → diagnostics → codeAction → apply the fix → no diagnostics. */
    private static void wellFormedSession(RawConnection c, Path root) throws Exception {
        c.notify("workspace/didChangeConfiguration", "{\"settings\":{\"unspin\":{\"debounceMs\":0,\"minConfidence\":\"possible\"}}}");
        String uri = uri(root, "final.txt");
        String text = "Officials held an information convention.";
        c.notify("textDocument/didOpen", "{\"textDocument\":{\"uri\":" + RawConnection.quote(uri)
                + ",\"languageId\":\"plaintext\",\"version\":1,\"text\":" + RawConnection.quote(text) + "}}");
        JsonArray diagnostics = diagnostics(c, uri, 1);
        JsonObject diagnostic = null;
        for (JsonElement d : diagnostics) {
            if (d.getAsJsonObject().getAsJsonObject("data").get("spun").getAsString().equals("an information convention")) {
                diagnostic = d.getAsJsonObject();
            }
        }
        assertTrue(diagnostic != null, "a diagnostic on the phrase: " + diagnostics);
        JsonObject actions = c.await(c.request("textDocument/codeAction", "{\"textDocument\":{\"uri\":" + RawConnection.quote(uri)
                + "},\"range\":" + diagnostic.get("range") + ",\"context\":{\"diagnostics\":[" + diagnostic + "]}}"), "codeAction");
        JsonObject preferred = null;
        for (JsonElement a : actions.getAsJsonArray("result")) {
            if (a.getAsJsonObject().has("isPreferred") && a.getAsJsonObject().get("isPreferred").getAsBoolean()) {
                preferred = a.getAsJsonObject();
            }
        }
        assertTrue(preferred != null, "a preferred fix: " + actions);
        JsonObject edit = preferred.getAsJsonObject("edit").getAsJsonObject("changes").getAsJsonArray(uri).get(0).getAsJsonObject();
        JsonObject range = edit.getAsJsonObject("range");
        int from = range.getAsJsonObject("start").get("character").getAsInt();
        int to = range.getAsJsonObject("end").get("character").getAsInt();
        String fixed = text.substring(0, from) + edit.get("newText").getAsString() + text.substring(to);
        assertEquals("Officials held a news conference.", fixed); // the fix replaces the phrase and its article
        c.notify("textDocument/didChange", "{\"textDocument\":{\"uri\":" + RawConnection.quote(uri) + ",\"version\":2},"
                + "\"contentChanges\":[{\"text\":" + RawConnection.quote(fixed) + "}]}");
        assertEquals(new JsonArray(), diagnostics(c, uri, 2));
    }

    /** The diagnostics next published for a version of a document, skipping other notifications. */
    private static JsonArray diagnostics(RawConnection c, String uri, int version) throws InterruptedException {
        while (true) {
            JsonObject n = c.notifications.poll(RawConnection.WAIT_SECONDS, TimeUnit.SECONDS);
            assertTrue(n != null, "no diagnostics for " + uri + " version " + version + "; server log:\n" + c.tail());
            if (n.get("method").getAsString().equals("textDocument/publishDiagnostics")) {
                JsonObject params = n.getAsJsonObject("params");
                if (params.get("uri").getAsString().equals(uri) && params.has("version")
                        && params.get("version").getAsInt() == version) {
                    return params.getAsJsonArray("diagnostics");
                }
            }
        }
    }

    private static String uri(Path root, String name) {
        return root.resolve(name).toUri().toString();
    }

    private static String abbreviate(String s) {
        return s.length() > 500 ? s.substring(0, 500) + "…" : s;
    }
}
