package dev.unspin.lsp;

import static dev.unspin.lsp.Expect.range;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Open dictionary files: the dictionary lint as diagnostics, and hovers on their entries. */
class DictionaryFilesTest {
    @TempDir
    Path root;

    private ServerHarness start(String options) throws Exception {
        if (!Files.exists(root.resolve("d.unspin"))) {
            Files.writeString(root.resolve("d.unspin"), "mentioned => said ; likely\n");
        }
        ServerHarness harness = new ServerHarness();
        harness.initialize(ServerHarness.capabilities(), ServerHarness.options(options), root);
        return harness;
    }

    private String uri(String name) {
        return root.resolve(name).toUri().toString();
    }

    private static Diagnostic lint(Range range, DiagnosticSeverity severity, String code, String message) {
        Diagnostic d = new Diagnostic(range, message, severity, "unspin");
        d.setCode(Either.forLeft(code));
        return d;
    }

    private static Hover hover(ServerHarness h, String uri, int line, int character) {
        return h.get(h.server.getTextDocumentService().hover(
                new HoverParams(new TextDocumentIdentifier(uri), new Position(line, character))));
    }

    @Test
    void lintFindingsOfAnOpenDictionaryFileArePublishedOnOpenAndChange() throws Exception {
        try (ServerHarness h = start("\"defaultCleanCorpus\": false")) {
            String uri = uri("mine.unspin"); // recognised by its extension whatever the language id
            h.open(uri, "plaintext", """
                    # my entries
                    mentioned => said ; sure
                    said => Said
                    though => although ; likely
                    although => though ; likely
                    rapidly => quickly
                    quickly => soon ; prev: come
                    """);
            Diagnostic syntax = lint(range(1, 20, 24), DiagnosticSeverity.Error, "syntax",
                    "unknown field 'sure': expected a confidence (certain, likely, possible) or key: value");
            Diagnostic identity = lint(range(2, 0, 4), DiagnosticSeverity.Error, "identity",
                    "the original 'Said' is the spun phrasing 'said' itself, up to capitals and apostrophes: remove it");
            Diagnostic cycle1 = lint(range(3, 0, 6), DiagnosticSeverity.Error, "cycle",
                    "restorations undo each other: 'though' -> 'although' (mine.unspin:5) -> 'though' (mine.unspin:4)"
                            + " (in any context); in that context at least one entry is wrong: narrow their conditions so they exclude each other");
            Diagnostic cycle2 = lint(range(4, 0, 8), DiagnosticSeverity.Error, "cycle",
                    "restorations undo each other: 'although' -> 'though' (mine.unspin:4) -> 'although' (mine.unspin:5)"
                            + " (in any context); in that context at least one entry is wrong: narrow their conditions so they exclude each other");
            Diagnostic chain = lint(range(5, 0, 7), DiagnosticSeverity.Warning, "chain",
                    "restoring 'rapidly' gives 'quickly', which the entry at mine.unspin:7 ('quickly' => 'soon') restores again"
                            + " (for instance after 'come'), so a second run would change unspin's own output");
            assertEquals(new PublishDiagnosticsParams(uri, List.of(syntax, identity, cycle1, cycle2, chain), 1), h.diagnostics(uri));

            // Fix the confidence and delete the identity line, in one incremental change.
            h.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2),
                    List.of(new TextDocumentContentChangeEvent(range(1, 20, 24), "likely"),
                            new TextDocumentContentChangeEvent(new Range(new Position(2, 0), new Position(3, 0)), ""))));
            assertEquals(new PublishDiagnosticsParams(uri, List.of(
                    lint(range(2, 0, 6), DiagnosticSeverity.Error, "cycle",
                            "restorations undo each other: 'though' -> 'although' (mine.unspin:4) -> 'though' (mine.unspin:3)"
                                    + " (in any context); in that context at least one entry is wrong: narrow their conditions so they exclude each other"),
                    lint(range(3, 0, 8), DiagnosticSeverity.Error, "cycle",
                            "restorations undo each other: 'although' -> 'though' (mine.unspin:3) -> 'although' (mine.unspin:4)"
                                    + " (in any context); in that context at least one entry is wrong: narrow their conditions so they exclude each other"),
                    lint(range(4, 0, 7), DiagnosticSeverity.Warning, "chain",
                            "restoring 'rapidly' gives 'quickly', which the entry at mine.unspin:6 ('quickly' => 'soon') restores again"
                                    + " (for instance after 'come'), so a second run would change unspin's own output")), 2),
                    h.diagnostics(uri));
        }
    }

    @Test
    void aDictionaryBufferOverTheSizeLimitIsNotLintedUntilAnEditBringsItUnder() throws Exception {
        try (ServerHarness h = start("\"defaultCleanCorpus\": false")) {
            String uri = uri("big.unspin");
            int fillerLines = DocumentLimits.MAX_CHARS / 100 + 1;
            String text = "mentioned => Mentioned\n" + ("# " + "x".repeat(97) + "\n").repeat(fillerLines);
            h.open(uri, "unspin", text);
            MessageParams shown = ServerHarness.take(h.client.shown, "window/showMessage");
            assertEquals(MessageType.Warning, shown.getType());
            assertEquals(String.format(java.util.Locale.ROOT,
                    "unspin: big.unspin is not checked: it has %,d characters, over the limit of 10,000,000", text.length()),
                    shown.getMessage());
            assertEquals(new PublishDiagnosticsParams(uri, List.of(), 1), h.diagnostics(uri));

            h.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2),
                    List.of(new TextDocumentContentChangeEvent(new Range(new Position(1, 0), new Position(fillerLines + 1, 0)), ""))));
            assertEquals(new PublishDiagnosticsParams(uri, List.of(lint(range(0, 0, 9), DiagnosticSeverity.Error, "identity",
                    "the original 'Mentioned' is the spun phrasing 'mentioned' itself, up to capitals and apostrophes: remove it")), 2),
                    h.diagnostics(uri));
        }
    }

    @Test
    void aDocumentWithTheLanguageIdIsADictionaryFileWhateverItsName() throws Exception {
        try (ServerHarness h = start("\"defaultCleanCorpus\": false")) {
            String uri = uri("notes.txt");
            h.open(uri, "unspin", "said => Said\n");
            assertEquals(new PublishDiagnosticsParams(uri, List.of(lint(range(0, 0, 4), DiagnosticSeverity.Error, "identity",
                    "the original 'Said' is the spun phrasing 'said' itself, up to capitals and apostrophes: remove it")), 1),
                    h.diagnostics(uri));
        }
    }

    @Test
    void theFalsePositiveGateRunsOverTheConfiguredCleanCorpusAndTheHoverShowsTheEntry() throws Exception {
        Files.createDirectories(root.resolve("clean"));
        Files.writeString(root.resolve("clean/a.txt"),
                "The minister said on Monday that the talks had gone well.\nOfficials said the talks would resume.\n");
        try (ServerHarness h = start("\"defaultCleanCorpus\": false, \"cleanCorpus\": [\"clean\"]")) {
            String uri = uri("mine.unspin");
            String coverage = "coverage shift => policy shift | change of policy ; likely ; next: on|of"
                    + " ; seen: wp.txt:2 nyt.txt:7,4 wp.txt:5 ; example: a coverage shift on Ukraine";
            h.open(uri, "unspin", "# learned from the wire copy\nsaid => mentioned ; certain ; seen: spun.txt:3\n  " + coverage + "  \n");
            assertEquals(new PublishDiagnosticsParams(uri, List.of(lint(range(1, 0, 4), DiagnosticSeverity.Error, "false-positive",
                    "fires 2 times on clean text although it is certain (lower its confidence or add conditions):"
                            + " clean/a.txt:1 \"The minister [said] on Monday that the talks had\u2026\";"
                            + " clean/a.txt:2 \"Officials [said] the talks would resume.\"")), 1),
                    h.diagnostics(uri));

            Hover said = new Hover(new MarkupContent("markdown",
                    "**unspin entry** `said`: \u201Csaid\u201D \u2192 **mentioned**\n\n"
                            + "Confidence: certain \u00B7 no conditions\n\n"
                            + "Attested in `spun.txt` (line 3)\n\n"
                            + "Clean text: fires 2 times in 1 clean text"));
            said.setRange(range(1, 0, 46));
            assertEquals(said, hover(h, uri, 1, 30));

            Hover shift = new Hover(new MarkupContent("markdown",
                    "**unspin entry** `coverage-shift`: \u201Ccoverage shift\u201D \u2192 **policy shift**\n\n"
                            + "Alternatives: \u201Cchange of policy\u201D\n\n"
                            + "Confidence: likely \u00B7 conditions: `next: of|on`\n\n"
                            + "Attested in `wp.txt` (lines 2, 5) and `nyt.txt` (lines 4, 7)\n\n"
                            + "Example: a coverage shift on Ukraine\n\n"
                            + "Clean text: never fires in 1 clean text"));
            shift.setRange(range(2, 2, 2 + coverage.length()));
            assertEquals(shift, hover(h, uri, 2, 0));
            assertNull(hover(h, uri, 0, 3)); // a comment
            assertNull(hover(h, uri, 3, 0)); // the empty last line
        }
    }

    @Test
    void theHoverIsPlainTextForClientsWithoutMarkdownAndLeavesOutTheCleanTextWithoutACorpus() throws Exception {
        ClientCapabilities plain = ServerHarness.capabilities();
        plain.getTextDocument().getHover().setContentFormat(List.of("plaintext"));
        try (ServerHarness h = new ServerHarness()) {
            Files.writeString(root.resolve("d.unspin"), "");
            h.initialize(plain, ServerHarness.options("\"defaultCleanCorpus\": false"), root);
            String uri = uri("mine.unspin");
            h.open(uri, "unspin", "mentioned => said ; prev: he|she ; not-next: that\n");
            assertEquals(new PublishDiagnosticsParams(uri, List.of(), 1), h.diagnostics(uri));
            Hover expected = new Hover(new MarkupContent("plaintext",
                    "unspin entry mentioned: \u201Cmentioned\u201D \u2192 said\n\n"
                            + "Confidence: likely \u00B7 conditions: prev: he|she, not-next: that\n\n"
                            + "Not attested: the entry has no seen: evidence"));
            expected.setRange(range(0, 0, 49));
            assertEquals(expected, hover(h, uri, 0, 5));
        }
    }

    @Test
    void aLoadedDictionaryIsLintedInItsLoadOrderAndItsProblemsOnDiskComeBackWhenClosed() throws Exception {
        Files.writeString(root.resolve("d.unspin"), "mentioned => said ; likely\n");
        Files.createDirectories(root.resolve(".unspin"));
        Path workspace = root.resolve(".unspin/dictionary.unspin");
        Files.writeString(workspace, "stated => said ; sure\n");
        try (ServerHarness h = start("\"defaultCleanCorpus\": false")) {
            String uri = workspace.toUri().toString();
            Diagnostic onDisk = new Diagnostic(range(0, 17, 21),
                    "unknown field 'sure': expected a confidence (certain, likely, possible) or key: value",
                    DiagnosticSeverity.Error, "unspin");
            onDisk.setCode("dictionary-format");
            DocLinks.forPage("dictionary.md").ifPresent(onDisk::setCodeDescription);
            assertEquals(new PublishDiagnosticsParams(uri, List.of(onDisk)), h.diagnostics(uri));

            // The buffer, not the file, is linted; after d.unspin, whose entry it contradicts.
            h.open(uri, "unspin", "stated => said ; likely\nmentioned => told ; likely ; id: mentioned-told\n");
            assertEquals(new PublishDiagnosticsParams(uri, List.of(lint(range(1, 0, 9), DiagnosticSeverity.Error, "conflict",
                    "'mentioned' => 'told' never applies: the entry at d.unspin:1 ('mentioned' => 'said') matches first wherever"
                            + " this one could; make them one entry with ordered alternatives or give this one conditions the other lacks")), 1),
                    h.diagnostics(uri));

            h.server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
            assertEquals(new PublishDiagnosticsParams(uri, List.of(onDisk)), h.diagnostics(uri));
        }
    }

    @Test
    void aCleanCorpusFolderThatCannotBeReadIsReportedOnceAndLeftOut() throws Exception {
        Files.createDirectories(root.resolve("empty"));
        try (ServerHarness h = start("\"defaultCleanCorpus\": false, \"cleanCorpus\": [\"empty\"]")) {
            String uri = uri("mine.unspin");
            h.open(uri, "unspin", "said => told\n");
            assertEquals(new PublishDiagnosticsParams(uri, List.of(), 1), h.diagnostics(uri));
            assertEquals(new MessageParams(MessageType.Error, "unspin: dictionary lint without this clean corpus: "
                    + root.resolve("empty") + ": no .txt files in this clean corpus folder"), ServerHarness.take(h.client.shown, "showMessage"));
            h.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2),
                    List.of(new TextDocumentContentChangeEvent("said => stated\n"))));
            assertEquals(new PublishDiagnosticsParams(uri, List.of(), 2), h.diagnostics(uri));
            assertEquals(List.of(), List.copyOf(h.client.shown));
        }
    }

    @Test
    void byDefaultTheCleanCorpusIsTheSeedsOfTheCheckout() throws Exception {
        try (ServerHarness h = start("")) {
            String uri = uri("w.unspin");
            h.open(uri, "unspin", "White House => White Home ; certain\n");
            assertEquals(new PublishDiagnosticsParams(uri, List.of(lint(range(0, 0, 11), DiagnosticSeverity.Error, "false-positive",
                    "fires 2 times on clean text although it is certain (lower its confidence or add conditions):"
                            + " seeds/corpus-clean/02-china-air-defense-zone-b52.txt:4 \"The [White House] on Tuesday urged Beijing to\u2026\";"
                            + " seeds/corpus-clean/05-obama-india-republic-day-visit.txt:5"
                            + " \"\u2026the king's death there. The [White House] said in a statement Saturday\u2026\"")), 1),
                    h.diagnostics(uri));
            Hover expected = new Hover(new MarkupContent("markdown",
                    "**unspin entry** `white-house`: \u201CWhite House\u201D \u2192 **White Home**\n\n"
                            + "Confidence: certain \u00B7 no conditions\n\n"
                            + "Not attested: the entry has no seen: evidence\n\n"
                            + "Clean text: fires 2 times in 10 clean texts"));
            expected.setRange(range(0, 0, 35));
            assertEquals(expected, hover(h, uri, 0, 3));
        }
    }
}
