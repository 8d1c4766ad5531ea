package dev.unspin.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.PositionEncodingKind;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line, the language server and the web API, each run from the packaged jar, go
 * through one check pipeline: for Markdown and HTML with spun text in prose, code, links, scripts
 * and attributes they report the same findings at the same places, and the editor's "Restore all"
 * gives what {@code unspin restore} gives.
 */
class FrontEndsAgreeIT {
    private static final Path JAR = Path.of(System.getProperty("unspin.jar"));
    private static final Path REPO = Path.of(System.getProperty("unspin.repo")).toAbsolutePath().normalize();
    private static final Pattern SERVING = Pattern.compile("unspin web: serving (http://127\\.0\\.0\\.1:\\d+/) .*");

    /** One finding as every front end can say it: 1-based line and column (code points), its end, its entry. */
    record Place(int line, int column, int endLine, int endColumn, String entry) {
    }

    private static List<String> seedParagraphs() throws IOException {
        String seed = Files.readString(REPO.resolve("seeds/spun/nytimes-2024-05-31-blinken-prague-ukraine-weapons.txt"));
        return seed.lines().filter(line -> !line.isBlank()).limit(8).toList();
    }

    /** Spun prose, and the same spun sentences in a fence, inline code, a link's URL and its title. */
    private static String markdown(List<String> paragraphs) {
        StringBuilder md = new StringBuilder("# Weapons policy\n\n");
        for (int i = 0; i < paragraphs.size(); i++) {
            md.append(paragraphs.get(i)).append("\n\n");
            if (i == 2) {
                md.append("```text\n").append(paragraphs.get(0)).append("\n```\n\n");
                md.append("Inline `").append(paragraphs.get(1), 0, 80).append("` code and a [link](https://example.com/")
                        .append(paragraphs.get(1).substring(0, 40).replace(' ', '-')).append(" \"")
                        .append(paragraphs.get(1), 0, 60).append("\").\n\n");
            }
        }
        return md.toString();
    }

    /** Spun prose in paragraphs, and spun text in a script, a style-free attribute and a comment. */
    private static String html(List<String> paragraphs) {
        StringBuilder html = new StringBuilder("<!doctype html>\n<html><head><title>Weapons</title>\n<script>\nconst note = \"")
                .append(paragraphs.get(0).replace("\"", "'")).append("\";\n</script></head>\n<body>\n");
        for (int i = 0; i < paragraphs.size(); i++) {
            html.append("<p title=\"").append(paragraphs.get(i), 0, 50).append("\">")
                    .append(paragraphs.get(i).replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
        }
        return html.append("<!-- ").append(paragraphs.get(2)).append(" -->\n</body></html>\n").toString();
    }

    @Test
    void theCommandLineTheLanguageServerAndTheWebApiReportTheSameFindings(@TempDir Path root) throws Exception {
        List<String> paragraphs = seedParagraphs();
        Files.writeString(root.resolve("article.md"), markdown(paragraphs));
        Files.writeString(root.resolve("article.html"), html(paragraphs));

        Map<String, List<Place>> cli = fromCheck(root, "article.md", "article.html");
        Map<String, List<Place>> lsp = fromLanguageServer(root, List.of("article.md", "article.html"), 100_000);
        Map<String, List<Place>> web = fromWebApi(root, List.of("article.md", "article.html"));

        for (String file : List.of("article.md", "article.html")) {
            assertTrue(cli.get(file).size() >= 20, file + " has spun prose: " + cli.get(file));
            assertEquals(cli.get(file), lsp.get(file), file + ": the language server reports what check reports");
            assertEquals(cli.get(file), web.get(file), file + ": the web API reports what check reports");
            // The same bytes read as plain text: the code, links, scripts and attributes would add findings.
            Path asText = root.resolve(file + ".txt");
            Files.copy(root.resolve(file), asText);
            int plain = fromCheck(root, asText.getFileName().toString()).get(asText.getFileName().toString()).size();
            assertTrue(plain > cli.get(file).size(), file + ": markup's spun text is skipped (" + plain + " as plain text, "
                    + cli.get(file).size() + " as " + file + ")");
        }
    }

    @Test
    void restoreAllOnFifteenHundredFindingsEqualsUnspinRestore(@TempDir Path root) throws Exception {
        String seed = String.join("\n\n", seedParagraphs());
        StringBuilder long_ = new StringBuilder("# A long spun article\n\n");
        int copies = 0;
        while (copies < 200) {
            long_.append(seed).append("\n\n");
            copies++;
        }
        Files.writeString(root.resolve("long.md"), long_.toString());
        String text = long_.toString();

        LanguageServerProcess server = LanguageServerProcess.start(root, 1000);
        try {
            String uri = root.resolve("long.md").toUri().toString();
            server.server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "markdown", 1, text)));
            PublishDiagnosticsParams published = ServerHarness.take(server.client.diagnostics, "diagnostics of long.md");
            List<Diagnostic> diagnostics = published.getDiagnostics();
            assertEquals(1001, diagnostics.size(), "the cap and its notice");
            List<CodeAction> actions = server.server.getTextDocumentService().codeAction(new CodeActionParams(
                    new TextDocumentIdentifier(uri), new Range(new org.eclipse.lsp4j.Position(0, 0), new org.eclipse.lsp4j.Position(0, 0)),
                    new CodeActionContext(List.of(), List.of(CodeActionFactory.FIX_ALL_KIND)))).get(120, TimeUnit.SECONDS)
                    .stream().map(Either::getRight).toList();
            CodeAction all = actions.stream().filter(a -> CodeActionFactory.FIX_ALL_KIND.equals(a.getKind())).findFirst().orElseThrow();
            List<TextEdit> edits = all.getEdit().getDocumentChanges().get(0).getLeft().getEdits().stream().map(Either::getLeft).toList();
            assertTrue(edits.size() > 1500, "every finding is restored, past the cap: " + edits.size());
            String restoredInEditor = Expect.apply(text, edits);

            Process restore = new ProcessBuilder("java", "-jar", JAR.toString(), "restore", "--fast", "long.md")
                    .directory(root.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String restoredByCli = new String(restore.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(restore.waitFor(120, TimeUnit.SECONDS));
            assertEquals(0, restore.exitValue());
            assertEquals(restoredByCli, restoredInEditor, "Restore all in the editor is unspin restore");
        } finally {
            server.stop();
        }
    }

    private static Map<String, List<Place>> fromCheck(Path root, String... files) throws Exception {
        List<String> command = new ArrayList<>(List.of("java", "-jar", JAR.toString(), "check", "--fast", "--format", "json"));
        command.addAll(List.of(files));
        Process check = new ProcessBuilder(command).directory(root.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(check.waitFor(120, TimeUnit.SECONDS));
        assertEquals(1, check.exitValue(), out);
        return places(JsonParser.parseString(out).getAsJsonObject().getAsJsonArray("files"));
    }

    private static Map<String, List<Place>> places(JsonArray files) {
        Map<String, List<Place>> byFile = new TreeMap<>();
        for (JsonElement file : files) {
            List<Place> places = new ArrayList<>();
            for (JsonElement element : file.getAsJsonObject().getAsJsonArray("findings")) {
                JsonObject f = element.getAsJsonObject();
                places.add(new Place(f.get("line").getAsInt(), f.get("column").getAsInt(), f.get("endLine").getAsInt(),
                        f.get("endColumn").getAsInt(), f.get("entry").getAsString()));
            }
            byFile.put(file.getAsJsonObject().get("path").getAsString(), places);
        }
        return byFile;
    }

    private static Map<String, List<Place>> fromWebApi(Path root, List<String> files) throws Exception {
        Process web = new ProcessBuilder("java", "-jar", JAR.toString(), "web", "--fast", "--port", "0")
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        try {
            String line = new BufferedReader(new InputStreamReader(web.getErrorStream(), StandardCharsets.UTF_8)).readLine();
            Matcher serving = SERVING.matcher(line == null ? "" : line);
            assertTrue(serving.matches(), "start message: " + line);
            URI api = URI.create(serving.group(1)).resolve("/api/check");
            Map<String, List<Place>> byFile = new TreeMap<>();
            for (String file : files) {
                JsonObject request = new JsonObject();
                request.addProperty("text", Files.readString(root.resolve(file)));
                request.addProperty("path", file);
                HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(api)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(request.toString())).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                assertEquals(200, answer.statusCode(), answer.body());
                byFile.putAll(places(JsonParser.parseString(answer.body()).getAsJsonObject().getAsJsonArray("files")));
            }
            return byFile;
        } finally {
            web.destroy();
            web.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static Map<String, List<Place>> fromLanguageServer(Path root, List<String> files, int maxDiagnostics) throws Exception {
        LanguageServerProcess server = LanguageServerProcess.start(root, maxDiagnostics);
        try {
            Map<String, List<Place>> byFile = new TreeMap<>();
            for (String file : files) {
                String uri = root.resolve(file).toUri().toString();
                String language = file.endsWith(".md") ? "markdown" : "html";
                server.server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                        new TextDocumentItem(uri, language, 1, Files.readString(root.resolve(file)))));
                PublishDiagnosticsParams published = ServerHarness.take(server.client.diagnostics, "diagnostics of " + file);
                assertEquals(uri, published.getUri());
                List<Place> places = new ArrayList<>();
                for (Diagnostic d : published.getDiagnostics()) {
                    Range r = d.getRange();
                    places.add(new Place(r.getStart().getLine() + 1, r.getStart().getCharacter() + 1, r.getEnd().getLine() + 1,
                            r.getEnd().getCharacter() + 1, d.getCode().getLeft()));
                }
                byFile.put(file, places);
            }
            return byFile;
        } finally {
            server.stop();
        }
    }

    /** {@code unspin lsp} from the jar, initialized with code-point columns and the fast mode. */
    private record LanguageServerProcess(Process process, TestClient client, LanguageServer server) {
        static LanguageServerProcess start(Path root, int maxDiagnostics) throws Exception {
            Process process = new ProcessBuilder("java", "-jar", JAR.toString(), "lsp", "--max-diagnostics", String.valueOf(maxDiagnostics))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            TestClient client = new TestClient();
            var launcher = LSPLauncher.createClientLauncher(client, process.getInputStream(), process.getOutputStream());
            launcher.startListening();
            LanguageServer server = launcher.getRemoteProxy();
            InitializeParams init = new InitializeParams();
            var capabilities = ServerHarness.capabilities();
            capabilities.getGeneral().setPositionEncodings(List.of(PositionEncodingKind.UTF32));
            init.setCapabilities(capabilities);
            init.setWorkspaceFolders(List.of(new WorkspaceFolder(root.toUri().toString(), "ws")));
            init.setInitializationOptions(JsonParser.parseString("{\"debounceMs\": 0, \"contextual\": false}"));
            assertEquals(PositionEncodingKind.UTF32, server.initialize(init).get(120, TimeUnit.SECONDS).getCapabilities().getPositionEncoding());
            server.initialized(new InitializedParams());
            return new LanguageServerProcess(process, client, server);
        }

        void stop() throws Exception {
            server.shutdown().get(60, TimeUnit.SECONDS);
            server.exit();
            assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        }
    }
}
