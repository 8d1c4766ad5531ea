package dev.unspin.lsp;

import dev.unspin.engine.FindingOrigin;
import static dev.unspin.lsp.Expect.diagnostic;
import static dev.unspin.lsp.Expect.range;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCapabilities;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DiagnosticWorkspaceCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagnosticsTest {
    private static final Path REPO = Path.of(System.getProperty("unspin.repo"));
    static final String DICTIONARY = """
            mentioned => said | stated ; certain
            coverage shift => policy shift ; likely
            """;

    @TempDir
    Path root;

    private ServerHarness start(ClientCapabilities capabilities, String options, String dictionary) throws Exception {
        Files.writeString(root.resolve("d.unspin"), dictionary);
        ServerHarness harness = new ServerHarness();
        harness.initialize(capabilities, ServerHarness.options(options), root);
        return harness;
    }

    private String uri(String name) {
        return root.resolve(name).toUri().toString();
    }

    private static Diagnostic mentioned(Range range) {
        return diagnostic(range, DiagnosticSeverity.Error, "mentioned",
                "\u201Cmentioned\u201D is spun from \u201Csaid\u201D (or \u201Cstated\u201D)", "mentioned", "said", "stated");
    }

    private static Diagnostic coverageShift(Range range, String spun) {
        return diagnostic(range, DiagnosticSeverity.Warning, "coverage-shift",
                "\u201Ccoverage shift\u201D is likely spun from \u201Cpolicy shift\u201D", spun, "policy shift");
    }

    @Test
    void aSpunSeedGetsOneDiagnosticPerSpunPhrasingWithItsVersion() throws Exception {
        String seed = "washingtonpost-2024-05-30-blinken-moldova-policy-shift.txt";
        String text = Files.readString(REPO.resolve("seeds/spun").resolve(seed));
        record Phrase(String spun, String id, DiagnosticSeverity severity, String message, String... originals) {
        }
        List<Phrase> phrases = List.of(
                new Phrase("coverage shift", "coverage-shift", DiagnosticSeverity.Error,
                        "\u201Ccoverage shift\u201D is spun from \u201Cpolicy shift\u201D", "policy shift"),
                new Phrase("grew to become", "grew-to-become", DiagnosticSeverity.Warning,
                        "\u201Cgrew to become\u201D is likely spun from \u201Cbecame\u201D", "became"),
                new Phrase("go to to", "go-to-to", DiagnosticSeverity.Information,
                        "\u201Cgo to to\u201D may be spun from \u201Cvisit to\u201D", "visit to"),
                new Phrase("White Home", "white-home", DiagnosticSeverity.Error,
                        "\u201CWhite Home\u201D is spun from \u201CWhite House\u201D", "White House"));
        // Every confidence shown, whatever the evidence: this test is about the diagnostics' content.
        try (ServerHarness h = start(ServerHarness.capabilities(), "\"minConfidence\": \"possible\"", """
                coverage shift => policy shift ; certain
                grew to become => became ; likely
                go to to => visit to ; possible
                White Home => White House ; certain
                """)) {
            String uri = root.resolve(seed).toUri().toString();
            h.open(uri, "plaintext", text);
            record Expected(int offset, Diagnostic diagnostic) {
            }
            List<Expected> expected = new ArrayList<>();
            for (Phrase p : phrases) {
                for (int offset : Expect.occurrences(text, p.spun())) {
                    expected.add(new Expected(offset, diagnostic(Expect.rangeOf(text, offset, p.spun().length()),
                            p.severity(), p.id(), p.message(), p.spun(), p.originals())));
                }
            }
            expected.sort(Comparator.comparingInt(Expected::offset));
            assertEquals(5, expected.size(), "the seed should hold these phrasings five times");
            assertEquals(new PublishDiagnosticsParams(uri, expected.stream().map(Expected::diagnostic).toList(), 1),
                    h.diagnostics(uri));
        }
    }

    @Test
    void utf16PositionsCountSurrogatePairsAndCrlfEndsLines() throws Exception {
        try (ServerHarness h = start(ServerHarness.capabilities(), "", DICTIONARY)) {
            String uri = uri("a.txt");
            h.open(uri, "plaintext", "one\r\n\uD83D\uDE00 mentioned \u4E2D\u6587 cafe\u0301 mentioned");
            assertEquals(List.of(mentioned(range(1, 3, 12)), mentioned(range(1, 22, 31))), h.diagnostics(uri).getDiagnostics());
        }
    }

    @Test
    void utf8IsUsedWhenTheClientPrefersItAndAppliesToChanges() throws Exception {
        ClientCapabilities capabilities = ServerHarness.capabilities();
        capabilities.getGeneral().setPositionEncodings(List.of("utf-8", "utf-16"));
        Files.writeString(root.resolve("d.unspin"), DICTIONARY);
        try (ServerHarness h = new ServerHarness()) {
            InitializeResult result = h.initialize(capabilities, ServerHarness.options(""), root);
            assertEquals("utf-8", result.getCapabilities().getPositionEncoding());
            String uri = uri("a.txt");
            // emoji: 4 bytes; CJK: 3 bytes each; combining acute: 2 bytes
            h.open(uri, "plaintext", "\uD83D\uDE00 mentioned \u4E2D\u6587 cafe\u0301 mentioned");
            assertEquals(List.of(mentioned(range(0, 5, 14)), mentioned(range(0, 29, 38))), h.diagnostics(uri).getDiagnostics());
            TextDocumentContentChangeEvent insert = new TextDocumentContentChangeEvent(
                    new Range(new Position(0, 5), new Position(0, 5)), "he ");
            h.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(uri, 2), List.of(insert)));
            assertEquals(new PublishDiagnosticsParams(uri, List.of(mentioned(range(0, 8, 17)), mentioned(range(0, 32, 41))), 2),
                    h.diagnostics(uri));
        }
    }

    @Test
    void utf32CountsCodePoints() throws Exception {
        ClientCapabilities capabilities = ServerHarness.capabilities();
        capabilities.getGeneral().setPositionEncodings(List.of("utf-32"));
        Files.writeString(root.resolve("d.unspin"), DICTIONARY);
        try (ServerHarness h = new ServerHarness()) {
            assertEquals("utf-32", h.initialize(capabilities, ServerHarness.options(""), root).getCapabilities().getPositionEncoding());
            String uri = uri("a.txt");
            h.open(uri, "plaintext", "\uD83D\uDE00\uD83D\uDE00 mentioned");
            assertEquals(List.of(mentioned(range(0, 3, 12))), h.diagnostics(uri).getDiagnostics());
        }
    }

    @Test
    void incrementalChangesAreAppliedInOrderAndEachVersionIsPublished() throws Exception {
        try (ServerHarness h = start(ServerHarness.capabilities(), "", DICTIONARY)) {
            String uri = uri("a.txt");
            h.open(uri, "plaintext", "He said it.\nShe said it.");
            assertEquals(new PublishDiagnosticsParams(uri, List.of(), 1), h.diagnostics(uri));
            h.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(uri, 2), List.of(
                            new TextDocumentContentChangeEvent(range(1, 4, 8), "mentioned"),
                            new TextDocumentContentChangeEvent(range(0, 3, 7), "told of a coverage shift"))));
            assertEquals(new PublishDiagnosticsParams(uri, List.of(coverageShift(range(0, 13, 27), "coverage shift"),
                    mentioned(range(1, 4, 13))), 2), h.diagnostics(uri));
        }
    }

    @Test
    void changesWithinTheDebounceArePublishedOnceForTheLastVersion() throws Exception {
        try (ServerHarness h = start(ServerHarness.capabilities(), "\"debounceMs\": 2000", DICTIONARY)) {
            String uri = uri("a.txt");
            h.open(uri, "plaintext", "x");
            assertEquals(1, h.diagnostics(uri).getVersion(), "opening is published at once");
            for (int version = 2; version <= 4; version++) {
                h.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                        new VersionedTextDocumentIdentifier(uri, version),
                        List.of(new TextDocumentContentChangeEvent("mentioned " + version))));
            }
            assertEquals(new PublishDiagnosticsParams(uri, List.of(mentioned(range(0, 0, 9))), 4), h.diagnostics(uri));
        }
    }

    @Test
    void markdownSkipsFrontMatterCodeLinkTargetsAndSuppressedLines() throws Exception {
        String text = """
                ---
                title: mentioned
                ---
                # He mentioned it

                ```text
                mentioned
                ```

                See [the coverage shift](https://x.org/mentioned) and `mentioned`.
                <!-- unspin-disable-next-line -->
                They mentioned it.
                Fine &amp; mentioned.
                """;
        try (ServerHarness h = start(ServerHarness.capabilities(), "", DICTIONARY)) {
            String uri = uri("a.md");
            h.open(uri, "markdown", text);
            assertEquals(List.of(mentioned(range(3, 5, 14)), coverageShift(range(9, 9, 23), "coverage shift"),
                    mentioned(range(12, 11, 20))), h.diagnostics(uri).getDiagnostics());
        }
    }

    @Test
    void htmlChecksOnlyTextContentAndRangesCoverCharacterReferences() throws Exception {
        String text = "<p title=\"mentioned\">He <b>mentioned</b> a coverage&#32;shift.</p>\n"
                + "<script>mentioned</script><style>p{}</style>\n";
        try (ServerHarness h = start(ServerHarness.capabilities(), "", DICTIONARY)) {
            String uri = uri("a.html");
            h.open(uri, "html", text);
            int b = text.indexOf("<b>") + 3;
            int c = text.indexOf("coverage&");
            assertEquals(List.of(mentioned(range(0, b, b + 9)),
                    coverageShift(range(0, c, c + "coverage&#32;shift".length()), "coverage&#32;shift")),
                    h.diagnostics(uri).getDiagnostics());
        }
    }

    @Test
    void unknownFileTypesAreNotCheckedAndFileTypesAreConfigurable() throws Exception {
        try (ServerHarness h = start(ServerHarness.capabilities(), "\"fileTypes\": {\"article\": \"plaintext\", \"txt\": \"off\"}",
                DICTIONARY)) {
            h.open(uri("a.java"), "java", "mentioned");
            h.open(uri("b.txt"), "plaintext", "mentioned");
            h.open(uri("c.article"), "unknown", "mentioned");
            assertEquals(List.of(), h.diagnostics(uri("a.java")).getDiagnostics());
            assertEquals(List.of(), h.diagnostics(uri("b.txt")).getDiagnostics());
            assertEquals(List.of(mentioned(range(0, 0, 9))), h.diagnostics(uri("c.article")).getDiagnostics());
        }
    }

    @Test
    void closingADocumentClearsItsDiagnostics() throws Exception {
        try (ServerHarness h = start(ServerHarness.capabilities(), "", DICTIONARY)) {
            String uri = uri("a.txt");
            h.open(uri, "plaintext", "mentioned");
            assertEquals(1, h.diagnostics(uri).getDiagnostics().size());
            h.server.getTextDocumentService().didClose(new org.eclipse.lsp4j.DidCloseTextDocumentParams(
                    new TextDocumentIdentifier(uri)));
            assertEquals(new PublishDiagnosticsParams(uri, List.of()), h.diagnostics(uri));
        }
    }

    @Test
    void pullDiagnosticsWhenTheClientSupportsThem() throws Exception {
        ClientCapabilities capabilities = ServerHarness.capabilities();
        capabilities.getTextDocument().setDiagnostic(new DiagnosticCapabilities());
        capabilities.getWorkspace().setDiagnostics(new DiagnosticWorkspaceCapabilities(true));
        Files.writeString(root.resolve("d.unspin"), DICTIONARY);
        try (ServerHarness h = new ServerHarness()) {
            InitializeResult result = h.initialize(capabilities, ServerHarness.options(""), root);
            assertEquals("unspin", result.getCapabilities().getDiagnosticProvider().getIdentifier());
            String uri = uri("a.txt");
            h.open(uri, "plaintext", "He mentioned it.");
            DocumentDiagnosticReport report = h.get(h.server.getTextDocumentService()
                    .diagnostic(new DocumentDiagnosticParams(new TextDocumentIdentifier(uri))));
            assertEquals(List.of(mentioned(range(0, 3, 12))), report.getRelatedFullDocumentDiagnosticReport().getItems());
            String resultId = report.getRelatedFullDocumentDiagnosticReport().getResultId();

            DocumentDiagnosticParams again = new DocumentDiagnosticParams(new TextDocumentIdentifier(uri));
            again.setPreviousResultId(resultId);
            DocumentDiagnosticReport unchanged = h.get(h.server.getTextDocumentService().diagnostic(again));
            assertEquals(resultId, unchanged.getRelatedUnchangedDocumentDiagnosticReport().getResultId());
            assertEquals(List.of(), h.pendingDiagnostics(uri), "a pull client gets no pushed diagnostics");

            Files.writeString(root.resolve("d.unspin"), "it => that\n");
            h.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
                    List.of(new FileEvent(root.resolve("d.unspin").toUri().toString(), FileChangeType.Changed))));
            ServerHarness.take(h.client.refreshes, "workspace/diagnostic/refresh after a dictionary change");
            DocumentDiagnosticReport after = h.get(h.server.getTextDocumentService().diagnostic(again));
            assertTrue(after.isRelatedFullDocumentDiagnosticReport());
            assertEquals(List.of(range(0, 13, 15)), after.getRelatedFullDocumentDiagnosticReport().getItems().stream()
                    .map(Diagnostic::getRange).toList());
        }
    }

    @Test
    void eachFindingLinksToTheDocsOfItsKindInTheCheckoutTheServerRunsFrom() throws Exception {
        try (ServerHarness h = start(ServerHarness.capabilities(), "", DICTIONARY)) {
            String uri = uri("a.txt");
            h.open(uri, "plaintext", "He mentioned it.");
            Diagnostic published = h.diagnostics(uri).getDiagnostics().get(0);
            String href = published.getCodeDescription().getHref();
            assertEquals(REPO.toAbsolutePath().normalize().resolve("docs/dictionary.md").toUri().toString(), href, "a dictionary entry's link");
            assertTrue(Files.isRegularFile(Path.of(java.net.URI.create(href))), href);
        }
        assertEquals(REPO.toAbsolutePath().normalize().resolve("docs/contextual-restorer.md").toUri().toString(),
                DocLinks.forOrigin(new FindingOrigin.Proposal(FindingOrigin.Stage.CONTEXTUAL, "why")).orElseThrow().getHref());
        assertEquals(REPO.toAbsolutePath().normalize().resolve("docs/context.md").toUri().toString(),
                DocLinks.forOrigin(new FindingOrigin.Proposal(FindingOrigin.Stage.THESAURUS, "why")).orElseThrow().getHref());
    }
}
