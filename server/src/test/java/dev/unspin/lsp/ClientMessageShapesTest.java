package dev.unspin.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The messages real clients send, byte for byte as they send them: VS Code's language client,
 * eglot 1.9, Neovim 0.7 with nvim-lspconfig. Each test is a shape that once broke the server.
 */
class ClientMessageShapesTest {
    private static final int WAIT_SECONDS = 20; // a guard against hanging, not a speed expectation
    private static final String TEXT = "He mentioned a coverage shift.";
    private static final String CONFIGURATION = "{\"workspace\": {\"configuration\": true}}";

    @TempDir
    Path root;

    private RawConnection raw;
    /** Every notification received so far, in order. */
    private final List<JsonObject> received = new ArrayList<>();

    private void start(String capabilities, String initializationOptions, String dictionary) throws Exception {
        Files.writeString(root.resolve("d.unspin"), dictionary);
        raw = RawConnection.inProcess();
        raw.await(raw.request("initialize", "{\"processId\": null, \"rootUri\": " + RawConnection.quote(root.toUri().toString())
                + ", \"capabilities\": " + capabilities + ", \"initializationOptions\": " + initializationOptions + "}"),
                "initialize");
        raw.notify("initialized", "{}");
    }

    @AfterEach
    void close() {
        if (raw != null) {
            raw.close();
        }
    }

    private String open(String name, String text) {
        String uri = root.resolve(name).toUri().toString();
        raw.notify("textDocument/didOpen", "{\"textDocument\": {\"uri\": " + RawConnection.quote(uri)
                + ", \"languageId\": \"plaintext\", \"version\": 1, \"text\": " + RawConnection.quote(text) + "}}");
        return uri;
    }

    private static String options(String extra) {
        return ServerHarness.options(extra).toString();
    }

    /** Takes notifications until one satisfies the predicate; fails after WAIT_SECONDS. */
    private JsonObject awaitNotification(String what, Predicate<JsonObject> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < deadline) {
            JsonObject next = raw.notifications.poll(100, TimeUnit.MILLISECONDS);
            if (next != null) {
                received.add(next);
                if (wanted.test(next)) {
                    return next;
                }
            }
        }
        fail("timed out waiting for " + what + "; last diagnostics: " + lastCodes() + "; server log:\n" + raw.tail());
        return null;
    }

    /** Waits until the document's diagnostics are these codes, as "entry:severity". */
    private void awaitCodes(String uri, List<String> codes) throws InterruptedException {
        awaitNotification("diagnostics " + codes + " for " + uri, n -> n.get("method").getAsString().equals("textDocument/publishDiagnostics")
                && n.getAsJsonObject("params").get("uri").getAsString().equals(uri) && codes(n).equals(codes));
    }

    private static List<String> codes(JsonObject publish) {
        List<String> out = new ArrayList<>();
        for (JsonElement d : publish.getAsJsonObject("params").getAsJsonArray("diagnostics")) {
            out.add(d.getAsJsonObject().get("code").getAsString() + ":" + d.getAsJsonObject().get("severity").getAsInt());
        }
        return out;
    }

    private List<String> lastCodes() {
        for (int i = received.size() - 1; i >= 0; i--) {
            if (received.get(i).get("method").getAsString().equals("textDocument/publishDiagnostics")) {
                return codes(received.get(i));
            }
        }
        return List.of();
    }

    private List<String> errorsShown() {
        return received.stream().filter(n -> n.get("method").getAsString().equals("window/showMessage")
                && n.getAsJsonObject("params").get("type").getAsInt() == 1)
                .map(n -> n.getAsJsonObject("params").get("message").getAsString()).toList();
    }

    private void settingsChanged(String settings) {
        raw.notify("workspace/didChangeConfiguration", "{\"settings\": " + settings + "}");
    }

    /** A server with pull configuration and DiagnosticsTest's dictionary, and a document with both its findings. */
    private String startedWithBothFindings() throws Exception {
        start(CONFIGURATION, options(""), DiagnosticsTest.DICTIONARY);
        String uri = open("a.txt", TEXT);
        awaitCodes(uri, List.of("mentioned:1", "coverage-shift:2"));
        return uri;
    }

    @Test
    void vsCodesNullSettingsMakeTheServerAskForThemAndRepublish() throws Exception {
        String uri = startedWithBothFindings();
        raw.configurationAnswer = "[{\"minConfidence\": \"certain\"}]";
        settingsChanged("null"); // on every unspin.* change and for "Reload dictionaries"
        awaitCodes(uri, List.of("mentioned:1"));
        assertEquals(List.of(), errorsShown());
    }

    @Test
    void eglotsEmptySettingsAndNullAnswerStillReload() throws Exception {
        String uri = startedWithBothFindings();
        // With eglot-workspace-configuration set, then unset again.
        raw.configurationAnswer = "[{\"minConfidence\": \"certain\"}]";
        settingsChanged("{\"unspin\": {\"minConfidence\": \"certain\"}}");
        awaitCodes(uri, List.of("mentioned:1"));
        raw.configurationAnswer = "[null]";
        settingsChanged("{}");
        awaitCodes(uri, List.of("mentioned:1", "coverage-shift:2"));
        // unspin-reload after editing a dictionary, with no configuration at all.
        Files.writeString(root.resolve("d.unspin"), "mentioned => said ; likely\n");
        settingsChanged("{}");
        awaitCodes(uri, List.of("mentioned:2"));
        assertEquals(List.of(), errorsShown());
    }

    @Test
    void neovimsEmptyTablesAreEmptyObjectsNotUnknownSettings() throws Exception {
        // nvim-lspconfig with settings = { unspin = {} }: pushed after initialized, and the answer to every pull.
        start(CONFIGURATION, options(""), DiagnosticsTest.DICTIONARY);
        raw.configurationAnswer = "[[]]";
        settingsChanged("{\"unspin\": []}");
        String uri = open("a.txt", TEXT);
        awaitCodes(uri, List.of("mentioned:1", "coverage-shift:2"));
        // settings = { unspin = { minConfidence = 'certain', severity = {} } }
        raw.configurationAnswer = "[{\"minConfidence\": \"certain\", \"severity\": []}]";
        settingsChanged("{\"unspin\": {\"minConfidence\": \"certain\", \"severity\": []}}");
        awaitCodes(uri, List.of("mentioned:1"));
        assertEquals(List.of(), errorsShown());
    }

    private static final String LENGTHY_VARY = """
            lengthy vary => long range ; certain
            mentioned => said ; certain
            coverage shift => policy shift ; likely
            """;

    private List<String> titles(String uri, String range, String diagnostics, String only) {
        JsonObject answer = raw.await(raw.request("textDocument/codeAction", "{\"textDocument\": {\"uri\": "
                + RawConnection.quote(uri) + "}, \"range\": " + range + ", \"context\": {\"diagnostics\": " + diagnostics
                + (only == null ? "" : ", \"only\": " + only) + "}}"), "codeAction");
        List<String> titles = new ArrayList<>();
        answer.getAsJsonArray("result").forEach(a -> titles.add(a.getAsJsonObject().get("title").getAsString()));
        return titles;
    }

    private static String range(int line, int from, int to) {
        return "{\"start\": {\"line\": " + line + ", \"character\": " + from + "}, \"end\": {\"line\": " + line
                + ", \"character\": " + to + "}}";
    }

    /** A diagnostic as Neovim 0.7 sends it back (vim.lsp.diagnostic.get_line_diagnostics): its own columns, the data kept. */
    private static String neovimDiagnostic(int line, int from, int to, String entry, String spun, String original) {
        return "{\"range\": " + range(line, from, to) + ", \"severity\": 1, \"message\": \"spun\", \"source\": \"unspin\","
                + " \"code\": \"" + entry + "\", \"data\": {\"entry\": \"" + entry + "\", \"spun\": \"" + spun
                + "\", \"replacements\": [\"" + original + "\"]}}";
    }

    @Test
    void codeActionsAreThoseOfThePhraseAtTheCursorWhateverDiagnosticsTheClientSends() throws Exception {
        start(CONFIGURATION, options(""), LENGTHY_VARY);
        String text = "They mentioned the lengthy vary of the coverage shift.\nCafé owners mentioned the lengthy vary.\n";
        String uri = open("a.txt", text);
        awaitCodes(uri, List.of("mentioned:1", "lengthy-vary:1", "coverage-shift:2", "mentioned:1", "lengthy-vary:1"));
        String lineZero = "[" + String.join(", ", neovimDiagnostic(0, 5, 14, "mentioned", "mentioned", "said"),
                neovimDiagnostic(0, 19, 31, "lengthy-vary", "lengthy vary", "long range"),
                neovimDiagnostic(0, 39, 53, "coverage-shift", "coverage shift", "policy shift")) + "]";
        // Neovim 0.7, cursor on "vary": an empty range and every diagnostic of the line.
        List<String> atCursor = List.of("Replace \u201Clengthy vary\u201D with \u201Clong range\u201D",
                "Restore all spun phrasings in this document", "Ignore \u201Clengthy-vary\u201D in this document",
                "Ignore \u201Clengthy-vary\u201D in this workspace");
        assertEquals(atCursor, titles(uri, range(0, 28, 28), lineZero, null));
        // The protocol's own case: the range of one diagnostic, the context naming one on another line.
        assertEquals(atCursor, titles(uri, range(0, 19, 31), "[" + neovimDiagnostic(1, 12, 21, "mentioned", "mentioned",
                "said") + "]", null));

        // Cursor on "owners", which is no finding, on a line whose "é" makes Neovim's byte columns one more than UTF-16's.
        String lineOne = "[" + String.join(", ", neovimDiagnostic(1, 13, 22, "mentioned", "mentioned", "said"),
                neovimDiagnostic(1, 27, 39, "lengthy-vary", "lengthy vary", "long range")) + "]";
        assertEquals(List.of("Replace \u201Cmentioned\u201D with \u201Csaid\u201D",
                "Replace \u201Clengthy vary\u201D with \u201Clong range\u201D",
                "Restore all spun phrasings in this document", "Ignore \u201Cmentioned\u201D in this document",
                "Ignore \u201Cmentioned\u201D in this workspace", "Ignore \u201Clengthy-vary\u201D in this document",
                "Ignore \u201Clengthy-vary\u201D in this workspace", "Add \u201Cowners\u201D to the workspace dictionary", "Add \u201Cowners\u201D to your user dictionary"),
                titles(uri, range(1, 7, 7), lineOne, null));
    }
}
