package dev.unspin.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import dev.unspin.languagemodel.NewsLanguageModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Work-done progress while the contextual restorer loads in the background. Its language model is
 * pointed at a missing file, so that the load ends at once, as unavailable: the messages are the same.
 */
class ProgressTest {
    private static final String TITLE = ContextualLoader.TITLE;

    @TempDir
    Path root;

    @BeforeEach
    void withoutTheLanguageModel() throws Exception {
        System.setProperty(NewsLanguageModel.SYSTEM_PROPERTY, root.resolve("absent.lm.bin").toString());
        // Checks show no progress here however slow the machine, unless a test asks for it.
        System.setProperty(SlowCheckProgress.THRESHOLD_PROPERTY, "600000");
        Files.writeString(root.resolve("d.unspin"), DiagnosticsTest.DICTIONARY);
    }

    @AfterEach
    void restore() {
        System.clearProperty(NewsLanguageModel.SYSTEM_PROPERTY);
        System.clearProperty(SlowCheckProgress.THRESHOLD_PROPERTY);
    }

    private static ClientCapabilities capabilities(boolean workDoneProgress) {
        ClientCapabilities capabilities = ServerHarness.capabilities();
        WindowClientCapabilities window = new WindowClientCapabilities();
        window.setWorkDoneProgress(workDoneProgress);
        capabilities.setWindow(window);
        return capabilities;
    }

    /**
     * Turns the contextual setting on and waits for the load's end, which the warning that the
     * restorer is off follows; returns the progress messages sent before it.
     */
    private List<String> turnOnContextual(ServerHarness h) {
        String uri = root.resolve("a.txt").toUri().toString();
        h.open(uri, "plaintext", "He mentioned it.");
        h.diagnostics(uri);
        h.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(
                JsonParser.parseString("{\"unspin\": {\"contextual\": true}}")));
        h.diagnostics(uri); // the dictionary's answer does not wait for the load
        ServerHarness.take(h.client.shown, "the warning that the contextual restorer is off");
        List<String> sent = new ArrayList<>();
        h.client.progress.drainTo(sent);
        return sent;
    }

    @Test
    void aClientThatDeclaresWorkDoneProgressSeesTheContextualLoad() throws Exception {
        try (ServerHarness h = new ServerHarness()) {
            h.initialize(capabilities(true), ServerHarness.options(""), root);
            List<String> sent = turnOnContextual(h);
            assertEquals(3, sent.size(), sent.toString());
            assertEquals("create unspin-progress-1", sent.get(0));
            assertEquals("begin unspin-progress-1 " + TITLE, sent.get(1));
            assertTrue(sent.get(2).startsWith("end unspin-progress-1 not available: the news language model is not installed"),
                    sent.get(2));
        }
    }

    @Test
    void aClientThatDoesNotGetsNone() throws Exception {
        try (ServerHarness h = new ServerHarness()) {
            h.initialize(capabilities(false), ServerHarness.options(""), root);
            assertEquals(List.of(), turnOnContextual(h));
        }
    }

    @Test
    void theLoadDoesNotHoldUpInitializeAndReportsOnItsOwnTokenAfterIt() throws Exception {
        try (ServerHarness h = new ServerHarness()) {
            InitializeParams params = new InitializeParams();
            params.setCapabilities(capabilities(true));
            params.setInitializationOptions(ServerHarness.options("\"contextual\": true"));
            params.setWorkspaceFolders(List.of(new WorkspaceFolder(root.toUri().toString(), "root")));
            params.setWorkDoneToken("init-7");
            h.get(h.server.initialize(params));
            assertEquals(List.of(), List.copyOf(h.client.progress), "nothing on the initialize token: the load starts after it");
            h.server.initialized(new InitializedParams());
            ServerHarness.take(h.client.shown, "the warning that the contextual restorer is off");
            List<String> sent = new ArrayList<>();
            h.client.progress.drainTo(sent);
            assertEquals(List.of("create unspin-progress-1", "begin unspin-progress-1 " + TITLE), sent.subList(0, 2));
            assertTrue(sent.get(2).startsWith("end unspin-progress-1 not available"), sent.get(2));
        }
    }

    @Test
    void aCheckPastTheThresholdShowsProgressUntilItIsDone() throws Exception {
        System.setProperty(SlowCheckProgress.THRESHOLD_PROPERTY, "0"); // every check is past it
        try (ServerHarness h = new ServerHarness()) {
            h.initialize(capabilities(true), ServerHarness.options(""), root);
            String uri = root.resolve("a.txt").toUri().toString();
            h.open(uri, "plaintext", "He mentioned it.");
            h.diagnostics(uri);
            List<String> sent = new ArrayList<>();
            h.client.progress.drainTo(sent);
            assertEquals(List.of("create unspin-progress-1", "begin unspin-progress-1 unspin: checking a.txt",
                    "end unspin-progress-1 done"), sent);
        }
    }
}
