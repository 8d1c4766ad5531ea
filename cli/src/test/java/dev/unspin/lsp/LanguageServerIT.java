package dev.unspin.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs `java -jar unspin.jar lsp` as an editor does and goes through a whole session over stdio. */
class LanguageServerIT {
    private static final Path JAR = Path.of(System.getProperty("unspin.jar"));

    /** Keeps a copy of everything the server wrote to stdout. */
    static final class Recording extends FilterInputStream {
        final ByteArrayOutputStream copy = new ByteArrayOutputStream();

        Recording(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                copy.write(b);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                copy.write(b, off, n);
            }
            return n;
        }
    }

    @Test
    void aWholeSessionOverStdio(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("d.unspin"), "mentioned => said ; certain\n");
        Process process = new ProcessBuilder("java", "-jar", JAR.toString(), "lsp")
                .redirectError(root.resolve("stderr.txt").toFile()).start();
        Recording stdout = new Recording(process.getInputStream());
        TestClient client = new TestClient();
        var launcher = LSPLauncher.createClientLauncher(client, stdout, process.getOutputStream());
        launcher.startListening();
        LanguageServer server = launcher.getRemoteProxy();

        InitializeParams init = new InitializeParams();
        init.setCapabilities(ServerHarness.capabilities());
        init.setWorkspaceFolders(List.of(new WorkspaceFolder(root.toUri().toString(), "ws")));
        init.setInitializationOptions(ServerHarness.options(""));
        assertEquals("unspin", server.initialize(init).get(60, TimeUnit.SECONDS).getServerInfo().getName());
        server.initialized(new InitializedParams());

        String uri = root.resolve("a.txt").toUri().toString();
        String text = "\uD83D\uDE00 Blinken mentioned it.";
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "plaintext", 1, text)));
        PublishDiagnosticsParams first = ServerHarness.take(client.diagnostics, "first diagnostics");
        assertEquals(Expect.range(0, 11, 20), first.getDiagnostics().get(0).getRange());

        var hover = server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(0, 12)))
                .get(60, TimeUnit.SECONDS);
        assertTrue(hover.getContents().getRight().getValue().contains("**said**"));

        List<CodeAction> actions = server.getTextDocumentService().codeAction(new CodeActionParams(
                new TextDocumentIdentifier(uri), first.getDiagnostics().get(0).getRange(),
                new CodeActionContext(first.getDiagnostics()))).get(60, TimeUnit.SECONDS).stream().map(Either::getRight).toList();
        CodeAction preferred = actions.stream().filter(a -> Boolean.TRUE.equals(a.getIsPreferred())).findFirst().orElseThrow();
        List<TextEdit> edits = preferred.getEdit().getDocumentChanges().get(0).getLeft().getEdits().stream().map(Either::getLeft).toList();
        String fixed = Expect.apply(text, edits);
        assertEquals("\uD83D\uDE00 Blinken said it.", fixed);

        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2),
                List.of(new TextDocumentContentChangeEvent(fixed))));
        assertEquals(new PublishDiagnosticsParams(uri, List.of(), 2), ServerHarness.take(client.diagnostics, "after the fix"));

        server.shutdown().get(60, TimeUnit.SECONDS);
        server.exit();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue());

        // stdout carried JSON-RPC frames and nothing else
        String out = stdout.copy.toString(StandardCharsets.UTF_8);
        Matcher frame = Pattern.compile("Content-Length: (\\d+)\r\n\r\n").matcher(out);
        int position = 0;
        byte[] bytes = stdout.copy.toByteArray();
        int bytePosition = 0;
        while (bytePosition < bytes.length) {
            String rest = new String(bytes, bytePosition, Math.min(64, bytes.length - bytePosition), StandardCharsets.US_ASCII);
            assertTrue(frame.reset(rest).lookingAt(), "not a JSON-RPC frame at byte " + bytePosition + ": " + rest);
            bytePosition += frame.end() + Integer.parseInt(frame.group(1));
            position++;
        }
        assertTrue(position >= 5, "frames: " + position);
        String err = Files.readString(root.resolve("stderr.txt"));
        assertFalse(err.contains("Exception"), err);
    }
}
