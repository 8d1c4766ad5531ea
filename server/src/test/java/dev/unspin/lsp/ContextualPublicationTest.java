package dev.unspin.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unspin.languagemodel.NewsLanguageModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import com.google.gson.JsonParser;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two steps of a check with the real contextual restorer (the news language model, WordNet and
 * the Moby Thesaurus, fetched into the cache if it lacks them): the dictionary's diagnostics at
 * once, the contextual ones after them. Fails, rather than skips, where the language model is not
 * installed.
 */
class ContextualPublicationTest {
    private static final String TEXT = "He mentioned a coverage shift.\nJohn Kirby of the National Surety Council spoke on Friday.\n";
    private static final String CONTEXTUAL = "thesaurus:national-security-council";

    @TempDir
    Path root;

    @BeforeEach
    void theLanguageModelIsInstalled() throws Exception {
        Path model = NewsLanguageModel.location();
        assertTrue(Files.isRegularFile(model), "the contextual restorer's tests need the news language model at " + model
                + ": apt-get install pocketsphinx-en-us (scripts/test-all installs it)");
        Files.writeString(root.resolve("d.unspin"), DiagnosticsTest.DICTIONARY);
    }

    private String uri() {
        return root.resolve("a.txt").toUri().toString();
    }

    private static List<String> codes(PublishDiagnosticsParams params) {
        return params.getDiagnostics().stream().map(d -> d.getCode().getLeft()).toList();
    }

    private static DiagnosticSeverity severity(PublishDiagnosticsParams params) {
        return params.getDiagnostics().get(0).getSeverity();
    }

    private static boolean contextual(PublishDiagnosticsParams params) {
        return codes(params).contains(CONTEXTUAL);
    }

    private ServerHarness start() {
        ServerHarness h = new ServerHarness();
        h.initialize(ServerHarness.capabilities(), ServerHarness.options("\"contextual\": true"), root);
        return h;
    }

    private static void insert(ServerHarness h, String uri, int version, int line, int character, String text) {
        Position at = new Position(line, character);
        h.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version),
                List.of(new TextDocumentContentChangeEvent(new Range(at, at), text))));
    }

    @Test
    void theDictionarysDiagnosticsComeFirstAndTheContextualOnesFollow() throws Exception {
        try (ServerHarness h = start()) {
            PublishDiagnosticsParams first;
            try (AutoCloseable longCheck = h.local.holdContextualChecks()) { // as if the model were slow
                h.open(uri(), "plaintext", TEXT);
                first = h.diagnostics(uri());
            }
            assertEquals(List.of("mentioned", "coverage-shift"), codes(first), "the dictionary's answer, without waiting");
            PublishDiagnosticsParams later = h.diagnosticsUntil(uri(), ContextualPublicationTest::contextual);
            assertEquals(List.of("mentioned", "coverage-shift", CONTEXTUAL), codes(later));
            assertEquals(1, later.getVersion());
            assertEquals(new Range(new Position(1, 18), new Position(1, 41)), later.getDiagnostics().get(2).getRange());
        }
    }

    @Test
    void anEditElsewhereKeepsTheContextualFindingInTheFirstStepMovedByTheEdit() throws Exception {
        try (ServerHarness h = start()) {
            h.open(uri(), "plaintext", TEXT);
            h.diagnosticsUntil(uri(), ContextualPublicationTest::contextual);
            insert(h, uri(), 2, 1, 0, "Then ");
            PublishDiagnosticsParams first = h.diagnosticsUntil(uri(), p -> p.getVersion() == 2); // version 1 may be published again before
            assertEquals(2, first.getVersion());
            assertEquals(List.of("mentioned", "coverage-shift", CONTEXTUAL), codes(first), "carried over until the second step");
            assertEquals(new Range(new Position(1, 23), new Position(1, 46)), first.getDiagnostics().get(2).getRange());
            PublishDiagnosticsParams second = h.diagnostics(uri());
            assertEquals(2, second.getVersion());
            assertEquals(codes(first), codes(second));
        }
    }

    @Test
    void anEditInsideAContextualFindingDropsItUntilTheSecondStepSaysAgain() throws Exception {
        try (ServerHarness h = start()) {
            h.open(uri(), "plaintext", TEXT);
            h.diagnosticsUntil(uri(), ContextualPublicationTest::contextual);
            insert(h, uri(), 2, 1, 27, "x"); // National Surxety Council
            PublishDiagnosticsParams first = h.diagnosticsUntil(uri(), p -> p.getVersion() == 2);
            assertEquals(List.of("mentioned", "coverage-shift"), codes(first));
        }
    }

    @Test
    void aLongContextualCheckShowsProgressOfItsOwn() throws Exception {
        System.setProperty(SlowCheckProgress.THRESHOLD_PROPERTY, "0"); // every check is past it
        try (ServerHarness h = new ServerHarness()) {
            ClientCapabilities capabilities = ServerHarness.capabilities();
            WindowClientCapabilities window = new WindowClientCapabilities();
            window.setWorkDoneProgress(true);
            capabilities.setWindow(window);
            h.initialize(capabilities, ServerHarness.options("\"contextual\": true"), root);
            h.open(uri(), "plaintext", TEXT);
            h.diagnosticsUntil(uri(), ContextualPublicationTest::contextual);
            List<String> sent = new ArrayList<>();
            h.client.progress.drainTo(sent);
            assertTrue(sent.stream().anyMatch(m -> m.matches("begin unspin-progress-\\d+ unspin: checking a.txt in context")), sent.toString());
        } finally {
            System.clearProperty(SlowCheckProgress.THRESHOLD_PROPERTY);
        }
    }

    @Test
    void aSettingsChangeKeepsTheContextualFindingsShownUnlessTheirEntryIsNowIgnored() throws Exception {
        try (ServerHarness h = start()) {
            h.open(uri(), "plaintext", TEXT);
            h.diagnosticsUntil(uri(), ContextualPublicationTest::contextual);
            h.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(JsonParser.parseString(
                    "{\"unspin\": {\"severity\": {\"certain\": \"warning\"}}}")));
            // Publications are in order: the first whose certain finding is a warning is the new state's first step.
            PublishDiagnosticsParams changed = h.diagnosticsUntil(uri(), p -> severity(p) == DiagnosticSeverity.Warning);
            assertEquals(List.of("mentioned", "coverage-shift", CONTEXTUAL), codes(changed),
                    "the dictionary's answer under the new settings, the contextual finding kept until its check is done");
            h.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(JsonParser.parseString(
                    "{\"unspin\": {\"ignoredEntries\": [\"" + CONTEXTUAL + "\"]}}")));
            // The severity is the default again: the first error is the newest state's first step.
            PublishDiagnosticsParams ignored = h.diagnosticsUntil(uri(), p -> severity(p) == DiagnosticSeverity.Error);
            assertEquals(List.of("mentioned", "coverage-shift"), codes(ignored));
        }
    }

    @Test
    void staleChecksNeverPublish() throws Exception {
        try (ServerHarness h = start()) {
            h.open(uri(), "plaintext", TEXT);
            h.diagnosticsUntil(uri(), ContextualPublicationTest::contextual);
            int last = 12;
            List<Integer> versions = new ArrayList<>();
            try (AutoCloseable longCheck = h.local.holdContextualChecks()) { // every version's check is requested before any runs
                for (int version = 2; version <= last; version++) {
                    insert(h, uri(), version, 0, 0, "A");
                }
                do {
                    versions.add(h.diagnostics(uri()).getVersion());
                } while (versions.get(versions.size() - 1) != last); // the last version's first step
            }
            PublishDiagnosticsParams published;
            do {
                published = h.diagnostics(uri());
                versions.add(published.getVersion());
            } while (published.getVersion() != last); // its contextual step
            assertTrue(contextual(published), "the last version's contextual step: " + codes(published));
            for (int i = 1; i < versions.size(); i++) {
                assertTrue(versions.get(i) >= versions.get(i - 1), "published out of order: " + versions);
            }
        }
    }

    @Test
    void aDocumentTooLongForTheContextualStepGetsTheDictionarysCheckAndIsToldSo() throws Exception {
        String padding = "The talks went on.\n".repeat(Session.CONTEXTUAL_MAX_CHARACTERS / 19 + 1);
        try (ServerHarness h = start()) {
            h.open(uri(), "plaintext", padding + TEXT);
            PublishDiagnosticsParams first = h.diagnostics(uri());
            assertTrue(codes(first).contains("mentioned"), "the dictionary's answer: " + codes(first));
            String tooLong = "longer than " + Session.CONTEXTUAL_MAX_CHARACTERS + " characters";
            MessageParams told;
            do { // the first load may also say that it fetches the Moby Thesaurus
                told = ServerHarness.take(h.client.shown, "the message that the document is too long");
            } while (!told.getMessage().contains(tooLong));
            // Cut back under the limit, the document gets its contextual step again.
            h.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri(), 2),
                    List.of(new TextDocumentContentChangeEvent(TEXT))));
            PublishDiagnosticsParams later;
            do { // every publication of the long version is the dictionary's alone
                later = h.diagnostics(uri());
                assertTrue(later.getVersion() == 2 || !contextual(later), "a contextual finding in the long version: " + codes(later));
            } while (!contextual(later));
            assertEquals(2, later.getVersion());
            assertTrue(h.client.shown.stream().noneMatch(m -> m.getMessage().contains(tooLong)), "told once: " + h.client.shown);
        }
    }
}
