package dev.unspin.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 50 MB document, binary files, mixed line endings and oversized messages: refused with a message or handled, never a hang. */
class HugeInputTest {
    private static final String LINE = "The navy officers mentioned it.\n";

    @TempDir
    Path root;

    private ServerHarness start() {
        ServerHarness h = new ServerHarness();
        h.initialize(ServerHarness.capabilities(), JsonParser.parseString("{\"debounceMs\": 0}").getAsJsonObject(), root);
        return h;
    }

    private String uri(String name) {
        return root.resolve(name).toUri().toString();
    }

    private static PublishDiagnosticsParams diagnosticsOf(ServerHarness h, String uri, int version) {
        while (true) {
            PublishDiagnosticsParams p = h.diagnostics(uri);
            if (p.getVersion() != null && p.getVersion() == version) {
                return p;
            }
        }
    }

    private static MessageParams warning(ServerHarness h) {
        MessageParams shown = ServerHarness.take(h.client.shown, "window/showMessage");
        assertEquals(MessageType.Warning, shown.getType(), shown.getMessage());
        return shown;
    }

    @Test
    void aDocumentOverTheLimitIsNotCheckedUntilAnEditBringsItUnder() {
        try (ServerHarness h = start()) {
            String uri = uri("huge.txt");
            String text = LINE.repeat(50_000_000 / LINE.length());
            assertTrue(text.length() > DocumentLimits.MAX_CHARS);
            long started = System.nanoTime();
            h.open(uri, "plaintext", text);
            assertEquals("unspin: huge.txt is not checked: it has 50,000,000 characters, over the limit of 10,000,000",
                    warning(h).getMessage());
            assertEquals(List.of(), diagnosticsOf(h, uri, 1).getDiagnostics());
            long openMs = (System.nanoTime() - started) / 1_000_000;
            assertEquals(null, h.get(h.server.getTextDocumentService().hover(
                    new HoverParams(new TextDocumentIdentifier(uri), new Position(7, 5)))));
            assertTrue(h.get(h.server.getTextDocumentService().codeAction(new CodeActionParams(new TextDocumentIdentifier(uri),
                    Expect.range(7, 4, 17), new CodeActionContext(List.of())))).stream()
                    .noneMatch(a -> a.getRight().getTitle().startsWith("Replace")), "no fixes in an unchecked document");

            int lines = text.length() / LINE.length();
            change(h, uri, 2, new Range(new Position(3, 0), new Position(3, 0)), "information convention\n");
            assertEquals(List.of(), diagnosticsOf(h, uri, 2).getDiagnostics());
            assertEquals(text.length() + 23, h.local.document(uri).text().length());
            started = System.nanoTime();
            change(h, uri, 3, new Range(new Position(5, 0), new Position(lines + 1, 0)), "");
            List<Diagnostic> diagnostics = diagnosticsOf(h, uri, 3).getDiagnostics();
            long shrinkMs = (System.nanoTime() - started) / 1_000_000;
            assertEquals(List.of(Expect.range(0, 4, 17), Expect.range(1, 4, 17), Expect.range(2, 4, 17),
                    Expect.range(3, 0, 22), Expect.range(4, 4, 17)), diagnostics.stream()
                    .filter(d -> List.of("navy-officers", "information-convention").contains(d.getCode().getLeft()))
                    .map(Diagnostic::getRange).toList(), "checked once it is under the limit");

            change(h, uri, 4, null, text);
            assertTrue(warning(h).getMessage().contains("over the limit"), "said again when an edit takes it over");
            assertEquals(List.of(), diagnosticsOf(h, uri, 4).getDiagnostics());
            Reliability.figures("huge document", "characters", text.length(), "open to diagnostics ms", openMs,
                    "shrink to diagnostics ms", shrinkMs);
        }
    }

    private static void change(ServerHarness h, String uri, int version, Range range, String text) {
        h.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version),
                List.of(range == null ? new TextDocumentContentChangeEvent(text) : new TextDocumentContentChangeEvent(range, text))));
    }

    @Test
    void binaryFilesAreNotCheckedAndSaySo() {
        long seed = Reliability.seed("binary file");
        byte[] bytes = new byte[64 * 1024];
        new Random(seed).nextBytes(bytes);
        String decoded = new String(bytes, StandardCharsets.UTF_8); // as an editor decodes it, with U+FFFD for bad bytes
        assertTrue(decoded.indexOf('\0') >= 0, "random bytes of this size hold a NUL");
        try (ServerHarness h = start()) {
            String uri = uri("random.bin");
            h.open(uri, "plaintext", decoded);
            assertEquals("unspin: random.bin is not checked: it contains NUL characters, so it is taken for a binary file",
                    warning(h).getMessage());
            assertEquals(List.of(), diagnosticsOf(h, uri, 1).getDiagnostics());

            String nul = uri("nul.txt");
            h.open(nul, "plaintext", "navy officers\0mentioned");
            warning(h);
            assertEquals(List.of(), diagnosticsOf(h, nul, 1).getDiagnostics());
            change(h, nul, 2, Expect.range(0, 13, 14), " ");
            assertEquals(2, diagnosticsOf(h, nul, 2).getDiagnostics().size(), "checked once the NUL is gone");
            assertTrue(h.client.shown.isEmpty(), "said once, not on every edit: " + h.client.shown);
        }
    }

    @Test
    void mixedLineEndingsGiveExactRanges() {
        try (ServerHarness h = start()) {
            String uri = uri("mixed.txt");
            // 240 repeats: 960 findings, all published (a document shows at most 1000 diagnostics)
            String text = "navy officers\r\nmentioned\rinformation convention\n\r\n\ud83d\ude00 navy officers\r".repeat(240);
            h.open(uri, "plaintext", text);
            List<Diagnostic> diagnostics = diagnosticsOf(h, uri, 1).getDiagnostics();
            assertEquals(960, diagnostics.size());
            for (Diagnostic d : diagnostics) {
                int start = EncodedText.offset(text, d.getRange().getStart(), "utf-16");
                int end = EncodedText.offset(text, d.getRange().getEnd(), "utf-16");
                assertEquals(((JsonObject) d.getData()).get("spun").getAsString(), text.substring(start, end));
            }
        }
    }

    @Test
    void aMessageOverTheSizeLimitIsSkippedAndTheNextOneRead() throws Exception {
        try (RawConnection c = RawConnection.inProcess(4096)) {
            c.await(c.request("initialize", "{\"capabilities\":{},\"initializationOptions\":{\"contextual\":false}}"), "initialize");
            c.notify("initialized", "{}");
            c.notify("textDocument/didOpen", "{\"textDocument\":{\"uri\":\"file:///big.txt\",\"languageId\":\"plaintext\","
                    + "\"version\":1,\"text\":" + RawConnection.quote("mentioned ".repeat(1000)) + "}}");
            JsonObject shown;
            do {
                shown = c.notifications.poll(RawConnection.WAIT_SECONDS, TimeUnit.SECONDS);
            } while (shown != null && !shown.get("method").getAsString().equals("window/showMessage"));
            assertTrue(shown != null && shown.toString().contains("bytes was skipped"), String.valueOf(shown));
            JsonObject answer = c.await(c.request("textDocument/hover", "{\"textDocument\":{\"uri\":\"file:///big.txt\"},"
                    + "\"position\":{\"line\":0,\"character\":0}}"), "hover after the skipped message");
            assertTrue(answer.has("result"), answer.toString());
            assertFalse(c.serverLoop.isDone());
        }
    }

    @Test
    void aHugeContentLengthIsNotAllocated() throws Exception {
        try (RawConnection c = RawConnection.inProcess()) {
            c.sendBytes("Content-Length: 2147483647\r\n\r\n{\"jsonrpc\":".getBytes(StandardCharsets.US_ASCII));
            c.close(); // the server skips to the end of the stream, which comes first
            c.serverLoop.get(RawConnection.WAIT_SECONDS, TimeUnit.SECONDS); // ends normally, no OutOfMemoryError
            assertTrue(c.stderr.toString(StandardCharsets.UTF_8).contains("2147483647 bytes was skipped"), c.tail());
        }
    }
}
