package dev.unspin.lsp;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.GeneralClientCapabilities;
import org.eclipse.lsp4j.HoverCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

/** Runs the server in this JVM and drives it through an LSP4J client over in-memory pipes. */
final class ServerHarness implements AutoCloseable {
    static final int WAIT_SECONDS = 20; // a guard against hanging, not a speed expectation

    final TestClient client = new TestClient();
    final LanguageServer server;
    final Launcher<LanguageServer> clientLauncher;
    final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
    final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private final Pipe toServer = new Pipe();
    private final Pipe toClient = new Pipe();
    private final Map<String, Deque<PublishDiagnosticsParams>> byUri = new HashMap<>();

    /** The server object, for tests that look at its state. */
    final UnspinLanguageServer local;

    /** A server that also validates its own messages, as every functional test wants. */
    ServerHarness() {
        this(true);
    }

    /** {@code validateOutgoing} false: the server as shipped, for figures measured under load. */
    ServerHarness(boolean validateOutgoing) {
        this(validateOutgoing, Session.DEFAULT_MAX_DIAGNOSTICS);
    }

    /** A server publishing at most {@code maxDiagnostics} per document, as {@code unspin lsp --max-diagnostics} sets it. */
    ServerHarness(boolean validateOutgoing, int maxDiagnostics) {
        local = new UnspinLanguageServer(new PrintStream(stderr, true, StandardCharsets.UTF_8), exitCode::complete, maxDiagnostics);
        var serverLauncher = ServerLauncher.create(local, toServer.in, toClient.out,
                BoundedMessageProducer.DEFAULT_MAX_MESSAGE_BYTES, validateOutgoing);
        serverLauncher.startListening();
        clientLauncher = LSPLauncher.createClientLauncher(client, toClient.in, toServer.out);
        clientLauncher.startListening();
        server = clientLauncher.getRemoteProxy();
    }

    /** Capabilities of a capable client: markdown hover, versioned edits, no pull diagnostics. */
    static ClientCapabilities capabilities() {
        ClientCapabilities capabilities = new ClientCapabilities();
        WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
        WorkspaceEditCapabilities edits = new WorkspaceEditCapabilities();
        edits.setDocumentChanges(true);
        workspace.setWorkspaceEdit(edits);
        capabilities.setWorkspace(workspace);
        TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
        HoverCapabilities hover = new HoverCapabilities();
        hover.setContentFormat(List.of("markdown", "plaintext"));
        text.setHover(hover);
        text.setCodeAction(new CodeActionCapabilities());
        capabilities.setTextDocument(text);
        capabilities.setGeneral(new GeneralClientCapabilities());
        return capabilities;
    }

    /** Options for a workspace whose only dictionary is its d.unspin, checked without debounce, and with the dictionary alone unless they say otherwise. */
    static JsonObject options(String extraJson) {
        return fast(JsonParser.parseString("{\"dictionaries\": [\"d.unspin\"], \"defaultDictionary\": false, \"debounceMs\": 0"
                + (extraJson.isEmpty() ? "" : ", " + extraJson) + "}").getAsJsonObject());
    }

    InitializeResult initialize(ClientCapabilities capabilities, JsonObject options, Path root) {
        return initialize(capabilities, options, root == null ? List.of() : List.of(root));
    }

    /**
     * Initializes with these options; the contextual restorer is off unless they turn it on, as
     * tests about something else want the dictionary's diagnostics alone.
     */
    InitializeResult initialize(ClientCapabilities capabilities, JsonObject options, List<Path> folders) {
        InitializeParams params = new InitializeParams();
        params.setCapabilities(capabilities);
        params.setInitializationOptions(fast(options));
        if (!folders.isEmpty()) {
            params.setWorkspaceFolders(folders.stream()
                    .map(folder -> new WorkspaceFolder(folder.toUri().toString(), folder.getFileName().toString())).toList());
        }
        InitializeResult result = get(server.initialize(params));
        server.initialized(new InitializedParams());
        return result;
    }

    /** The options with {@code contextual: false} unless they set it (in the {@code unspin} section, if they have one). */
    static JsonObject fast(JsonObject options) {
        if (options == null) {
            options = new JsonObject();
        }
        JsonObject copy = options.deepCopy();
        JsonObject section = copy.has("unspin") && copy.get("unspin").isJsonObject() ? copy.getAsJsonObject("unspin") : copy;
        if (!section.has("contextual")) {
            section.addProperty("contextual", false);
        }
        return copy;
    }

    void open(String uri, String languageId, String text) {
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, languageId, 1, text)));
    }

    /** The next diagnostics published for the uri; those for other uris are kept for later. */
    synchronized PublishDiagnosticsParams diagnostics(String uri) {
        Deque<PublishDiagnosticsParams> kept = byUri.computeIfAbsent(uri, u -> new ArrayDeque<>());
        while (kept.isEmpty()) {
            PublishDiagnosticsParams next;
            try {
                next = client.diagnostics.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            if (next == null) {
                fail("no diagnostics for " + uri + " within " + WAIT_SECONDS + " s; server log:\n" + log());
            }
            byUri.computeIfAbsent(next.getUri(), u -> new ArrayDeque<>()).add(next);
        }
        return kept.poll();
    }

    /** The diagnostics published for the uri until one that {@code wanted} accepts, which is returned. */
    PublishDiagnosticsParams diagnosticsUntil(String uri, java.util.function.Predicate<PublishDiagnosticsParams> wanted) {
        while (true) {
            PublishDiagnosticsParams next = diagnostics(uri);
            if (wanted.test(next)) {
                return next;
            }
        }
    }

    /** Diagnostics already received for the uri and not yet taken. */
    synchronized List<PublishDiagnosticsParams> pendingDiagnostics(String uri) {
        client.diagnostics.drainTo(new java.util.ArrayList<>() {
            @Override
            public boolean add(PublishDiagnosticsParams p) {
                byUri.computeIfAbsent(p.getUri(), u -> new ArrayDeque<>()).add(p);
                return true;
            }
        });
        return List.copyOf(byUri.getOrDefault(uri, new ArrayDeque<>()));
    }

    static <T> T take(java.util.concurrent.BlockingQueue<T> queue, String what) {
        try {
            T value = queue.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertNotNull(value, "nothing received: " + what);
            return value;
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    <T> T get(CompletableFuture<T> future) {
        try {
            return future.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError("no answer; server log:\n" + log(), e);
        } catch (ExecutionException e) {
            throw new AssertionError("request failed: " + e.getCause() + "; server log:\n" + log(), e.getCause());
        }
    }

    /** The error a request ends with. */
    Throwable failure(CompletableFuture<?> future) {
        try {
            future.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("the request succeeded");
    }

    String log() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        if (!exitCode.isDone()) {
            try {
                server.shutdown().get(WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (Exception e) {
                // already shut down or gone: exit anyway
            }
            server.exit();
        }
        try {
            toServer.out.close();
            toClient.out.close();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
