package dev.unspin.lsp;

import static dev.unspin.lsp.Expect.range;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import dev.unspin.languagemodel.NewsLanguageModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigurationTest {
    private static final String TEXT = "He mentioned a coverage shift.";

    private static final Path REPO = Path.of(System.getProperty("unspin.repo"));

    @TempDir
    Path root;

    private ServerHarness start(ClientCapabilities capabilities, String options) throws Exception {
        Files.writeString(root.resolve("d.unspin"), DiagnosticsTest.DICTIONARY);
        ServerHarness harness = new ServerHarness();
        harness.initialize(capabilities, ServerHarness.options(options), root);
        return harness;
    }

    private String uri() {
        return root.resolve("a.txt").toUri().toString();
    }

    private static List<String> codes(PublishDiagnosticsParams params) {
        return params.getDiagnostics().stream().map(d -> d.getCode().getLeft() + ":" + d.getSeverity()).toList();
    }

    private void changed(ServerHarness h, Path file) {
        h.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
                List.of(new FileEvent(file.toUri().toString(), FileChangeType.Changed))));
    }

    @Test
    void byDefaultEachDocumentsEvidenceDecidesWhichConfidencesAreShown() throws Exception {
        // One possible finding in prose that otherwise reads clean: held back, as unspin restore would.
        String clean = "The minister said on Tuesday that the two governments would meet in the capital next week, "
                + "and that it was mentioned in the talks.";
        try (ServerHarness h = start(ServerHarness.capabilities(), "")) {
            // The dictionary changes before the document opens: a publish from the old one could win the race.
            Files.writeString(root.resolve("d.unspin"), "mentioned => said ; possible\ncoverage shift => policy shift ; certain\n");
            changed(h, root.resolve("d.unspin"));
            String quiet = root.resolve("quiet.txt").toUri().toString();
            h.open(quiet, "plaintext", clean.replace("mentioned", "discussed") + " It was mentioned.");
            assertEquals(List.of(), codes(h.diagnostics(quiet)), "a lone possible finding in clean prose is held back");
            h.open(uri(), "plaintext", "He mentioned a coverage shift. A coverage shift, a coverage shift, mentioned.");
            assertEquals(List.of("mentioned:Information", "coverage-shift:Error", "coverage-shift:Error",
                    "coverage-shift:Error", "mentioned:Information"), codes(h.diagnostics(uri())),
                    "in clearly spun prose every confidence is shown");
        }
        try (ServerHarness h = start(ServerHarness.capabilities(), "\"minConfidence\": \"possible\"")) {
            Files.writeString(root.resolve("d.unspin"), "mentioned => said ; possible\n");
            changed(h, root.resolve("d.unspin"));
            String quiet = root.resolve("quiet.txt").toUri().toString();
            h.open(quiet, "plaintext", clean);
            assertEquals(List.of("mentioned:Information"), codes(h.diagnostics(quiet)), "a fixed minimum overrides the evidence");
        }
    }

    @Test
    void initializationOptionsSetTheMinimumConfidence() throws Exception {
        try (ServerHarness h = start(ServerHarness.capabilities(), "\"minConfidence\": \"certain\"")) {
            h.open(uri(), "plaintext", TEXT);
            assertEquals(List.of("mentioned:Error"), codes(h.diagnostics(uri())));
        }
    }

    @Test
    void didChangeConfigurationAppliesPushedSettingsAndRepublishes() throws Exception {
        try (ServerHarness h = start(ServerHarness.capabilities(), "")) {
            h.open(uri(), "plaintext", TEXT);
            assertEquals(List.of("mentioned:Error", "coverage-shift:Warning"), codes(h.diagnostics(uri())));
            h.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(JsonParser.parseString(
                    "{\"unspin\": {\"severity\": {\"certain\": \"hint\"}, \"ignoredEntries\": [\"coverage-shift\"]}}")));
            assertEquals(List.of("mentioned:Hint"), codes(h.diagnostics(uri())));
        }
    }

    @Test
    void theThesaurusSettingAddsUnseenSwapsWithTheirReason() throws Exception {
        String text = "John Kirby of the National Surety Council spoke on Friday.";
        try (ServerHarness h = start(ServerHarness.capabilities(), "")) {
            h.open(uri(), "plaintext", text);
            assertEquals(List.of(), codes(h.diagnostics(uri())));
            h.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(JsonParser.parseString(
                    "{\"unspin\": {\"thesaurus\": true}}")));
            PublishDiagnosticsParams published = h.diagnostics(uri());
            assertEquals(List.of("thesaurus:national-security-council:Warning"), codes(published));
            String message = published.getDiagnostics().get(0).getMessage().getLeft();
            assertTrue(message.contains("'National Security Council' is a fixed expression in WordNet"), message);
            assertEquals(REPO.toAbsolutePath().normalize().resolve("docs/context.md").toUri().toString(),
                    published.getDiagnostics().get(0).getCodeDescription().getHref(), "a thesaurus finding links to its docs");
        }
    }

    @Test
    void theContextualSettingAddsTheContextualRestorersFindingsAfterTheDictionarys() throws Exception {
        String text = "John Kirby of the National Surety Council spoke on Friday.";
        try (ServerHarness h = start(ServerHarness.capabilities(), "")) {
            h.open(uri(), "plaintext", text);
            assertEquals(List.of(), codes(h.diagnostics(uri())));
            h.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(JsonParser.parseString(
                    "{\"unspin\": {\"contextual\": true}}")));
            // The dictionary's answer at once; the restorer loads in the background, then its finding follows.
            assertEquals(List.of(), codes(h.diagnostics(uri())));
            assertEquals(List.of("thesaurus:national-security-council:Warning"), codes(h.diagnosticsUntil(uri(), p -> !p.getDiagnostics().isEmpty())));
        }
    }

    @Test
    void theContextualSettingWithoutItsLanguageModelSaysWhatIsMissingAndChecksWithoutIt() throws Exception {
        Path absent = root.resolve("absent.lm.bin");
        System.setProperty(NewsLanguageModel.SYSTEM_PROPERTY, absent.toString());
        try (ServerHarness h = start(ServerHarness.capabilities(), "\"contextual\": true")) {
            h.open(uri(), "plaintext", TEXT);
            assertEquals(List.of("mentioned:Error", "coverage-shift:Warning"), codes(h.diagnostics(uri())));
            MessageParams shown = ServerHarness.take(h.client.shown, "showMessage");
            assertEquals(MessageType.Warning, shown.getType());
            assertTrue(shown.getMessage().startsWith("unspin: the contextual restorer is off, so the dictionary checks alone: the news"
                    + " language model is not installed at " + absent), shown.getMessage());
            assertTrue(shown.getMessage().contains("apt-get install pocketsphinx-en-us"), shown.getMessage());
        } finally {
            System.clearProperty(NewsLanguageModel.SYSTEM_PROPERTY);
        }
    }

    @Test
    void theThesaurusSettingWithoutItsLanguageModelSaysHowToInstallItAndChecksWithoutIt() throws Exception {
        Path absent = root.resolve("absent.lm.bin");
        System.setProperty(NewsLanguageModel.SYSTEM_PROPERTY, absent.toString());
        try (ServerHarness h = start(ServerHarness.capabilities(), "\"thesaurus\": true")) {
            assertEquals(new MessageParams(MessageType.Error, "unspin: thesaurus: the news language model is not installed at " + absent
                    + ": install it with 'apt-get install pocketsphinx-en-us', or set UNSPIN_LANGUAGE_MODEL to a CMU Sphinx trie model"
                    + " (.lm.bin)"), ServerHarness.take(h.client.shown, "showMessage"));
            h.open(uri(), "plaintext", TEXT);
            assertEquals(List.of("mentioned:Error", "coverage-shift:Warning"), codes(h.diagnostics(uri())));
        } finally {
            System.clearProperty(NewsLanguageModel.SYSTEM_PROPERTY);
        }
    }

    @Test
    void workspaceConfigurationIsPulledWhenTheClientSupportsIt() throws Exception {
        ClientCapabilities capabilities = ServerHarness.capabilities();
        capabilities.getWorkspace().setConfiguration(true);
        Files.writeString(root.resolve("d.unspin"), DiagnosticsTest.DICTIONARY);
        try (ServerHarness h = new ServerHarness()) {
            h.client.configuration = JsonParser.parseString("{\"minConfidence\": \"likely\", \"severity\": {\"likely\": \"error\"},"
                    + " \"ignoredEntries\": [\"mentioned\"]}").getAsJsonObject();
            h.initialize(capabilities, ServerHarness.options(""), root);
            var request = ServerHarness.take(h.client.configurationRequests, "workspace/configuration");
            assertEquals("unspin", request.getItems().get(0).getSection());
            awaitReload(h, "(workspace/configuration)"); // so the document is opened under the pulled settings
            h.open(uri(), "plaintext", TEXT);
            assertEquals(List.of("coverage-shift:Error"), codes(h.diagnostics(uri())));

            h.client.configuration = JsonParser.parseString("{}").getAsJsonObject();
            h.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(new com.google.gson.JsonObject()));
            ServerHarness.take(h.client.configurationRequests, "workspace/configuration after didChangeConfiguration");
            assertEquals(List.of("mentioned:Error", "coverage-shift:Warning"), codes(h.diagnostics(uri())));
        }
    }

    /** Waits for the server's log line announcing a reload for the given reason. */
    private static void awaitReload(ServerHarness h, String reason) {
        while (!ServerHarness.take(h.client.logged, "a reload " + reason).getMessage().endsWith(reason)) {
            // earlier log lines
        }
    }

    @Test
    void badSettingsAreReportedAndKeepTheirDefaults() throws Exception {
        try (ServerHarness h = start(ServerHarness.capabilities(), "\"minConfidence\": \"sure\", \"debounce\": 5")) {
            assertEquals(new MessageParams(MessageType.Error, "unspin settings: unspin.minConfidence: expected evidence,"
                    + " certain, likely or possible, got \"sure\"; unknown setting unspin.debounce (known: dictionaries,"
                    + " defaultDictionary, workspaceDictionary, ignoredEntriesFile, minConfidence, severity,"
                    + " ignoredEntries, fileTypes, debounceMs, cleanCorpus, defaultCleanCorpus, thesaurus, fixOnSaveConfidence, contextual, checkOn, userDictionary)"), ServerHarness.take(h.client.shown, "showMessage"));
            h.open(uri(), "plaintext", TEXT);
            assertEquals(List.of("mentioned:Error", "coverage-shift:Warning"), codes(h.diagnostics(uri())));
        }
    }

    @Test
    void editingADictionaryReloadsItAndRepublishesEveryOpenDocument() throws Exception {
        ClientCapabilities capabilities = ServerHarness.capabilities();
        capabilities.getWorkspace().setDidChangeWatchedFiles(new DidChangeWatchedFilesCapabilities(true));
        try (ServerHarness h = start(capabilities, "\"minConfidence\": \"possible\"")) {
            var registration = ServerHarness.take(h.client.registrations, "client/registerCapability").getRegistrations().get(0);
            assertEquals("workspace/didChangeWatchedFiles", registration.getMethod());
            List<String> globs = ((com.google.gson.JsonObject) registration.getRegisterOptions()).getAsJsonArray("watchers")
                    .asList().stream().map(w -> w.getAsJsonObject().get("globPattern").getAsString()).toList();
            assertEquals(List.of("**/*.unspin", "**/.unspin/**", root.resolve("d.unspin").toString(),
                    Settings.DEFAULTS.userDictionary().orElseThrow().toString(),
                    root.resolve(".unspin/dictionary.unspin").toString(), root.resolve(".unspin/ignored-entries").toString()), globs);

            String other = root.resolve("b.md").toUri().toString();
            h.open(uri(), "plaintext", TEXT);
            h.open(other, "markdown", "It was mentioned.");
            h.diagnostics(uri());
            h.diagnostics(other);
            Files.writeString(root.resolve("d.unspin"), "mentioned => said ; possible\na coverage => the policy\n");
            changed(h, root.resolve("d.unspin"));
            assertEquals(List.of("mentioned:Information", "a-coverage:Warning"), codes(h.diagnostics(uri())));
            assertEquals(List.of("mentioned:Information"), codes(h.diagnostics(other)));
        }
    }

    /** Takes the document's diagnostics until they are these codes: publishes from earlier reloads may come first. */
    private static void awaitCodes(ServerHarness h, String uri, List<String> expected) {
        while (!codes(h.diagnostics(uri)).equals(expected)) {
            // an earlier state's publish
        }
    }

    private static List<String> globs(org.eclipse.lsp4j.Registration registration) {
        return ((com.google.gson.JsonObject) registration.getRegisterOptions()).getAsJsonArray("watchers").asList().stream()
                .map(w -> w.getAsJsonObject().get("globPattern").getAsString()).toList();
    }

    @Test
    void fileWatchingFollowsTheDictionariesOfTheCurrentSettings() throws Exception {
        ClientCapabilities capabilities = ServerHarness.capabilities();
        capabilities.getWorkspace().setDidChangeWatchedFiles(new DidChangeWatchedFilesCapabilities(true));
        capabilities.getWorkspace().setConfiguration(true);
        Path elsewhere = Files.createTempDirectory("unspin-dictionaries-");
        Path extra = elsewhere.resolve("extra.dictionary");
        try (ServerHarness h = start(capabilities, "\"minConfidence\": \"possible\"")) {
            var first = ServerHarness.take(h.client.registrations, "client/registerCapability").getRegistrations().get(0);
            assertTrue(globs(first).contains(root.resolve("d.unspin").toString()), globs(first).toString());
            String uri = uri();
            h.open(uri, "plaintext", TEXT);
            awaitCodes(h, uri, List.of("mentioned:Error", "coverage-shift:Warning"));

            // A dictionary that arrives with the settings, outside the folder and not named *.unspin.
            Files.writeString(extra, "coverage shift => policy shift ; certain\n");
            h.client.configuration = JsonParser.parseString("{\"dictionaries\": [\"d.unspin\", "
                    + new com.google.gson.JsonPrimitive(extra.toString()) + "]}").getAsJsonObject();
            h.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(new com.google.gson.JsonObject()));
            awaitCodes(h, uri, List.of("mentioned:Error", "coverage-shift:Error"));
            var withdrawn = ServerHarness.take(h.client.unregistrations, "client/unregisterCapability").getUnregisterations();
            assertEquals(List.of(first.getId()), withdrawn.stream().map(u -> u.getId()).toList());
            var second = ServerHarness.take(h.client.registrations, "client/registerCapability").getRegistrations().get(0);
            assertTrue(globs(second).contains(extra.toString()), globs(second).toString());

            Files.writeString(extra, "coverage shift => policy shift ; possible\n");
            changed(h, extra);
            awaitCodes(h, uri, List.of("mentioned:Error", "coverage-shift:Information"));
        } finally {
            Files.deleteIfExists(extra);
            Files.delete(elsewhere);
        }
    }

    @Test
    void aBrokenDictionaryGetsItsOwnDiagnosticsAndTheLastGoodOneStaysInUse() throws Exception {
        try (ServerHarness h = start(ServerHarness.capabilities(), "")) {
            h.open(uri(), "plaintext", TEXT);
            List<String> before = codes(h.diagnostics(uri()));
            Path dictionary = root.resolve("d.unspin");
            Files.writeString(dictionary, "# edited\nmentioned => said ; sure\n");
            changed(h, dictionary);
            Diagnostic problem = new Diagnostic(range(1, 20, 24),
                    "unknown field 'sure': expected a confidence (certain, likely, possible) or key: value",
                    DiagnosticSeverity.Error, "unspin");
            problem.setCode("dictionary-format");
            DocLinks.forPage("dictionary.md").ifPresent(problem::setCodeDescription);
            assertEquals(new PublishDiagnosticsParams(dictionary.toUri().toString(), List.of(problem)),
                    h.diagnostics(dictionary.toUri().toString()));
            assertEquals(before, codes(h.diagnostics(uri())));

            Files.writeString(dictionary, "mentioned => said ; likely\n");
            changed(h, dictionary);
            assertEquals(new PublishDiagnosticsParams(dictionary.toUri().toString(), List.of()),
                    h.diagnostics(dictionary.toUri().toString()));
            assertEquals(List.of("mentioned:Warning"), codes(h.diagnostics(uri())));
        }
    }

    @Test
    void changesToUnrelatedFilesDoNotReload() throws Exception {
        try (ServerHarness h = start(ServerHarness.capabilities(), "")) {
            h.open(uri(), "plaintext", TEXT);
            h.diagnostics(uri());
            changed(h, root.resolve("unrelated.unspin"));
            h.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(
                    JsonParser.parseString("{\"unspin\": {\"minConfidence\": \"certain\"}}")));
            // the next publish is the one the configuration caused, not one from the unrelated file
            assertEquals(List.of("mentioned:Error"), codes(h.diagnostics(uri())));
        }
    }

}
