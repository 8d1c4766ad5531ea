package dev.unspin.lsp;

import static dev.unspin.lsp.Expect.range;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonObject;
import dev.unspin.dictionary.Confidence;
import dev.unspin.dictionary.DefaultDictionary;
import dev.unspin.engine.Engine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowDocumentCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeActionsTest {
    private static final Path REPO = Path.of(System.getProperty("unspin.repo"));
    private static final String TEXT = "He mentioned a coverage shift.\n";

    @TempDir
    Path root;

    private ServerHarness start(ClientCapabilities capabilities, String options) throws Exception {
        return start(capabilities, options, Session.DEFAULT_MAX_DIAGNOSTICS);
    }

    private ServerHarness start(ClientCapabilities capabilities, String options, int maxDiagnostics) throws Exception {
        Files.writeString(root.resolve("d.unspin"), DiagnosticsTest.DICTIONARY);
        ServerHarness harness = new ServerHarness(true, maxDiagnostics);
        harness.initialize(capabilities, ServerHarness.options(options), root);
        return harness;
    }

    private String uri(String name) {
        return root.resolve(name).toUri().toString();
    }

    private static List<CodeAction> actions(ServerHarness h, String uri, Range range, List<Diagnostic> diagnostics,
            List<String> only) {
        CodeActionContext context = new CodeActionContext(diagnostics);
        context.setOnly(only);
        return h.get(h.server.getTextDocumentService().codeAction(
                new CodeActionParams(new TextDocumentIdentifier(uri), range, context))).stream()
                .map(Either::getRight).toList();
    }

    private static WorkspaceEdit versioned(String uri, int version, TextEdit... edits) {
        TextDocumentEdit edit = new TextDocumentEdit(new VersionedTextDocumentIdentifier(uri, version),
                Stream.of(edits).map(Either::<TextEdit, org.eclipse.lsp4j.SnippetTextEdit>forLeft).toList());
        WorkspaceEdit workspaceEdit = new WorkspaceEdit(); // as LSP4J reads one: with empty 'changes'
        workspaceEdit.setDocumentChanges(List.of(Either.forLeft(edit)));
        return workspaceEdit;
    }

    private static CodeAction action(String title, String kind, List<Diagnostic> diagnostics, WorkspaceEdit edit) {
        CodeAction action = new CodeAction(title);
        action.setKind(kind);
        action.setDiagnostics(diagnostics);
        action.setEdit(edit);
        return action;
    }

    @Test
    void quickFixesForADiagnosticCarryTheEditsOfEveryAlternativeAndTheIgnores() throws Exception {
        try (ServerHarness h = start(ServerHarness.capabilities(), "")) {
            String uri = uri("a.txt");
            h.open(uri, "plaintext", TEXT);
            List<Diagnostic> published = h.diagnostics(uri).getDiagnostics();
            Diagnostic mentioned = published.get(0);
            List<CodeAction> actions = actions(h, uri, mentioned.getRange(), List.of(mentioned), null);

            CodeAction said = action("Replace \u201Cmentioned\u201D with \u201Csaid\u201D", "quickfix", List.of(mentioned),
                    versioned(uri, 1, new TextEdit(range(0, 3, 12), "said")));
            said.setIsPreferred(true);
            CodeAction stated = action("Replace \u201Cmentioned\u201D with \u201Cstated\u201D", "quickfix", List.of(mentioned),
                    versioned(uri, 1, new TextEdit(range(0, 3, 12), "stated")));
            WorkspaceEdit all = versioned(uri, 1, new TextEdit(range(0, 3, 12), "said"),
                    new TextEdit(range(0, 15, 29), "policy shift"));
            CodeAction fixAllQuick = action("Restore all spun phrasings in this document", "quickfix", List.of(mentioned), all);
            CodeAction ignoreHere = action("Ignore \u201Cmentioned\u201D in this document", "quickfix", List.of(mentioned),
                    versioned(uri, 1, new TextEdit(range(1, 0, 0), "unspin-disable-file mentioned\n")));
            CodeAction ignoreWorkspace = action("Ignore \u201Cmentioned\u201D in this workspace", "quickfix",
                    List.of(mentioned), null);
            ignoreWorkspace.setCommand(new Command("Ignore \u201Cmentioned\u201D in this workspace",
                    "unspin.ignoreInWorkspace", List.of(new com.google.gson.JsonPrimitive("mentioned"),
                            new com.google.gson.JsonPrimitive(uri))));
            // "Restore all" once: the quick fix stands for the source action in a menu of every kind.
            assertEquals(List.of(said, stated, fixAllQuick, ignoreHere, ignoreWorkspace), actions);
        }
    }

    @Test
    void onlyFiltersByKindAndChangesAreUsedWithoutDocumentChangesSupport() throws Exception {
        ClientCapabilities capabilities = ServerHarness.capabilities();
        capabilities.getWorkspace().getWorkspaceEdit().setDocumentChanges(false);
        try (ServerHarness h = start(capabilities, "")) {
            String uri = uri("a.txt");
            h.open(uri, "plaintext", TEXT);
            h.diagnostics(uri);
            List<CodeAction> actions = actions(h, uri, range(0, 0, 0), List.of(), List.of("source.fixAll"));
            CodeAction expected = action("Restore all spun phrasings in this document", "source.fixAll.unspin", null,
                    new WorkspaceEdit(java.util.Map.of(uri, List.of(new TextEdit(range(0, 3, 12), "said"),
                            new TextEdit(range(0, 15, 29), "policy shift")))));
            assertEquals(List.of(expected), actions);
        }
    }

    @Test
    void staleDiagnosticsGiveNoFixButCurrentFindingsDo() throws Exception {
        try (ServerHarness h = start(ServerHarness.capabilities(), "")) {
            String uri = uri("a.txt");
            h.open(uri, "plaintext", TEXT);
            Diagnostic old = h.diagnostics(uri).getDiagnostics().get(0);
            h.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(uri, 2),
                    List.of(new TextDocumentContentChangeEvent(range(0, 0, 0), "So "))));
            Diagnostic current = h.diagnostics(uri).getDiagnostics().get(0);
            List<CodeAction> actions = actions(h, uri, old.getRange(), List.of(old), List.of("quickfix"));
            CodeAction first = actions.get(0);
            assertEquals("Replace \u201Cmentioned\u201D with \u201Csaid\u201D", first.getTitle());
            assertEquals(List.of(current), first.getDiagnostics(), "the fix is for the finding as it is now");
            assertEquals(versioned(uri, 2, new TextEdit(range(0, 6, 15), "said")), first.getEdit());
        }
    }

    @Test
    void ignoringInTheDocumentAddsAFileSuppressionCommentThatTheServerHonours() throws Exception {
        try (ServerHarness h = start(ServerHarness.capabilities(), "")) {
            String uri = uri("a.md");
            String text = "He mentioned it";
            h.open(uri, "markdown", text);
            Diagnostic d = h.diagnostics(uri).getDiagnostics().get(0);
            CodeAction ignore = actions(h, uri, d.getRange(), List.of(d), List.of("quickfix")).stream()
                    .filter(a -> a.getTitle().equals("Ignore \u201Cmentioned\u201D in this document")).findFirst().orElseThrow();
            TextEdit edit = ignore.getEdit().getDocumentChanges().get(0).getLeft().getEdits().get(0).getLeft();
            assertEquals(new TextEdit(range(0, 15, 15), "\n<!-- unspin-disable-file mentioned -->\n"), edit);
            String ignored = Expect.apply(text, List.of(edit));
            h.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(uri, 2), List.of(new TextDocumentContentChangeEvent(ignored))));
            assertEquals(new PublishDiagnosticsParams(uri, List.of(), 2), h.diagnostics(uri));
        }
    }

    @Test
    void ignoringInTheWorkspaceWritesTheIgnoreFileAndRepublishes() throws Exception {
        try (ServerHarness h = start(ServerHarness.capabilities(), "")) {
            String uri = uri("a.txt");
            h.open(uri, "plaintext", TEXT);
            Diagnostic d = h.diagnostics(uri).getDiagnostics().get(0);
            CodeAction ignore = actions(h, uri, d.getRange(), List.of(d), List.of("quickfix")).stream()
                    .filter(a -> a.getCommand() != null).findFirst().orElseThrow();
            h.get(h.server.getWorkspaceService().executeCommand(new ExecuteCommandParams(
                    ignore.getCommand().getCommand(), ignore.getCommand().getArguments())));
            assertEquals("mentioned\n", Files.readString(root.resolve(".unspin/ignored-entries")));
            PublishDiagnosticsParams after = h.diagnostics(uri);
            assertEquals(List.of("coverage-shift"), after.getDiagnostics().stream().map(x -> x.getCode().getLeft()).toList());
            try (Stream<Path> files = Files.list(root.resolve(".unspin"))) {
                assertEquals(List.of("ignored-entries"), files.map(p -> p.getFileName().toString()).toList(),
                        "the atomic write leaves no temporary file behind");
            }
        }
    }

    /** Opens TEXT as the named document and waits for its diagnostics. */
    private String opened(ServerHarness h, String name, String languageId) {
        String uri = uri(name);
        h.open(uri, languageId, TEXT);
        h.diagnostics(uri);
        return uri;
    }

    @Test
    void restoreAllFixesTheFindingsPastTheLimitOfDiagnostics() throws Exception {
        try (ServerHarness h = start(ServerHarness.capabilities(), "\"minConfidence\": \"possible\"", 1)) {
            String text = "He mentioned a coverage shift; she mentioned it.\n";
            String uri = uri("a.txt");
            h.open(uri, "plaintext", text);
            assertEquals(2, h.diagnostics(uri).getDiagnostics().size(), "one finding and the note on the two not shown");
            assertEquals(List.of("mentioned", "coverage shift", "mentioned"), restoreAll(h, uri, text, List.of("source.fixAll"), false));
        }
    }

    @Test
    void ignoringAnUnknownEntryInTheWorkspaceIsRefusedAndWritesNothing() throws Exception {
        try (ServerHarness h = start(ServerHarness.capabilities(), "")) {
            opened(h, "a.txt", "plaintext");
            Throwable refused = h.failure(h.server.getWorkspaceService().executeCommand(new ExecuteCommandParams(
                    "unspin.ignoreInWorkspace", List.of(new com.google.gson.JsonPrimitive("mentiond")))));
            assertTrue(refused.getMessage().contains("unknown entry id 'mentiond'"), refused.getMessage());
            assertTrue(Files.notExists(root.resolve(".unspin")), "no ignore file is written");
        }
    }

    /** The "Restore all" edits a request gets, as the replaced texts; empty when none is offered. */
    private static List<String> restoreAll(ServerHarness h, String uri, String text, List<String> only, boolean automatic) {
        CodeActionContext context = new CodeActionContext(List.of());
        context.setOnly(only);
        context.setTriggerKind(automatic ? org.eclipse.lsp4j.CodeActionTriggerKind.Automatic
                : org.eclipse.lsp4j.CodeActionTriggerKind.Invoked);
        List<CodeAction> actions = h.get(h.server.getTextDocumentService().codeAction(
                new CodeActionParams(new TextDocumentIdentifier(uri), range(0, 0, 0), context))).stream()
                .map(Either::getRight).filter(a -> a.getTitle().equals(CodeActionFactory.FIX_ALL_TITLE)).toList();
        assertTrue(actions.size() <= 1, "one Restore all at most: " + actions);
        return actions.stream().flatMap(a -> a.getEdit().getDocumentChanges().get(0).getLeft().getEdits().stream())
                .map(e -> text.substring(Expect.offset(text, e.getLeft().getRange().getStart()),
                        Expect.offset(text, e.getLeft().getRange().getEnd())))
                .toList();
    }

    @Test
    void fixAllOnSaveMustNameUnspinAndAppliesOnlyTheChosenConfidence() throws Exception {
        try (ServerHarness h = start(ServerHarness.capabilities(), "\"minConfidence\": \"possible\"")) {
            String uri = opened(h, "a.md", "markdown");
            // editor.codeActionsOnSave {"source.fixAll": true}, set for ESLint: not a choice of unspin.
            assertEquals(List.of(), restoreAll(h, uri, TEXT, List.of("source.fixAll"), true));
            assertEquals(List.of(), restoreAll(h, uri, TEXT, List.of("source"), true));
            // {"source.fixAll.unspin": "explicit"}: the certain finding only, by default.
            assertEquals(List.of("mentioned"), restoreAll(h, uri, TEXT, List.of("source.fixAll.unspin"), true));
            // Asked for by hand, every finding shown.
            assertEquals(List.of("mentioned", "coverage shift"), restoreAll(h, uri, TEXT, List.of("source.fixAll"), false));

            h.server.getWorkspaceService().didChangeConfiguration(new org.eclipse.lsp4j.DidChangeConfigurationParams(
                    com.google.gson.JsonParser.parseString("{\"unspin\": {\"fixOnSaveConfidence\": \"likely\"}}")));
            h.diagnostics(uri);
            assertEquals(List.of("mentioned", "coverage shift"), restoreAll(h, uri, TEXT, List.of("source.fixAll.unspin"), true));
        }
    }

    @Test
    void addingAMappingWithoutAnOriginalOpensTheDictionaryWhereItGoes() throws Exception {
        ClientCapabilities capabilities = ServerHarness.capabilities();
        WindowClientCapabilities window = new WindowClientCapabilities();
        window.setShowDocument(new ShowDocumentCapabilities(true));
        capabilities.setWindow(window);
        try (ServerHarness h = start(capabilities, "")) {
            String uri = uri("notes/a.txt");
            h.open(uri, "plaintext", "First line.\nThe unveiled plan was told.\n");
            h.diagnostics(uri);
            List<CodeAction> actions = actions(h, uri, range(1, 4, 17), List.of(), null);
            CodeAction add = new CodeAction("Add \u201Cunveiled plan\u201D to the workspace dictionary");
            add.setKind("refactor.rewrite.unspin");
            JsonObject argument = new JsonObject();
            argument.addProperty("uri", uri);
            argument.addProperty("spun", "unveiled plan");
            argument.addProperty("line", 1);
            argument.addProperty("dictionary", "workspace");
            add.setCommand(new Command(add.getTitle(), "unspin.addMapping", List.of(argument)));
            assertEquals(add, actions.get(0));
            assertEquals(List.of(add.getTitle(), "Add \u201Cunveiled plan\u201D to your user dictionary"),
                    actions.stream().map(CodeAction::getTitle).toList());

            h.get(h.server.getWorkspaceService().executeCommand(
                    new ExecuteCommandParams("unspin.addMapping", List.of(argument))));
            Path dictionary = root.resolve(".unspin/dictionary.unspin");
            assertEquals("unveiled plan =>  ; seen: notes/a.txt:2\n", Files.readString(dictionary));
            var shown = ServerHarness.take(h.client.shownDocuments, "window/showDocument");
            assertEquals(dictionary.toUri().toString(), shown.getUri());
            assertEquals(new Range(new Position(0, 17), new Position(0, 17)), shown.getSelection());
            Diagnostic problem = h.diagnostics(dictionary.toUri().toString()).getDiagnostics().get(0);
            assertEquals("missing original after '=>'", problem.getMessage().getLeft());
            assertEquals(range(0, 18, 39), problem.getRange());
            assertEquals(List.of(), h.diagnostics(uri).getDiagnostics(), "republished with the last good dictionary");

            Files.writeString(dictionary, "unveiled plan => announced plan ; seen: notes/a.txt:2\n");
            h.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
                    List.of(new FileEvent(dictionary.toUri().toString(), FileChangeType.Changed))));
            assertEquals(List.of(), h.diagnostics(dictionary.toUri().toString()).getDiagnostics());
            List<Diagnostic> now = h.diagnostics(uri).getDiagnostics();
            assertEquals(List.of("\u201Cunveiled plan\u201D is likely spun from \u201Cannounced plan\u201D"),
                    now.stream().map(x -> x.getMessage().getLeft()).toList());
        }
    }

    /** Opens "The unveiled plan." and gives the addMapping argument mapping its phrase to "announced plan". */
    private static JsonObject unveiledPlanMapping(ServerHarness h, String uri) throws Exception {
        h.open(uri, "plaintext", "The unveiled plan.");
        h.diagnostics(uri);
        JsonObject argument = new JsonObject();
        argument.addProperty("uri", uri);
        argument.addProperty("spun", "unveiled plan");
        argument.addProperty("original", "announced plan");
        return argument;
    }

    @Test
    void addingAMappingWithAnOriginalWritesACompleteEntry() throws Exception {
        try (ServerHarness h = start(ServerHarness.capabilities(), "")) {
            String uri = uri("a.txt");
            h.get(h.server.getWorkspaceService().executeCommand(
                    new ExecuteCommandParams("unspin.addMapping", List.of(unveiledPlanMapping(h, uri)))));
            assertEquals("unveiled plan => announced plan\n", Files.readString(root.resolve(".unspin/dictionary.unspin")));
            assertEquals(List.of(range(0, 4, 17)), h.diagnostics(uri).getDiagnostics().stream().map(Diagnostic::getRange).toList());
        }
    }

    @Test
    void workspaceFilesOutsideTheWorkspaceFolderAreNeverWritten() throws Exception {
        Path outside = Files.createTempDirectory("unspin-outside-");
        try {
            Files.createSymbolicLink(root.resolve("link-out"), outside);
            for (String configured : List.of("../" + outside.getFileName() + "/dict.unspin", outside.resolve("dict.unspin").toString(),
                    "link-out/dict.unspin", "sub/../../" + outside.getFileName() + "/dict.unspin")) {
                String setting = "\"workspaceDictionary\": " + new com.google.gson.JsonPrimitive(configured)
                        + ", \"ignoredEntriesFile\": " + new com.google.gson.JsonPrimitive(configured.replace("dict.unspin", "ignored"));
                try (ServerHarness h = start(ServerHarness.capabilities(), setting)) {
                    JsonObject argument = unveiledPlanMapping(h, uri("a.txt"));
                    AssertionError add = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> h.get(
                            h.server.getWorkspaceService().executeCommand(new ExecuteCommandParams("unspin.addMapping", List.of(argument)))));
                    assertTrue(add.getMessage().contains("is outside the workspace folder"), add.getMessage());
                    AssertionError ignore = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> h.get(
                            h.server.getWorkspaceService().executeCommand(new ExecuteCommandParams("unspin.ignoreInWorkspace",
                                    List.of(new com.google.gson.JsonPrimitive("mentioned"))))));
                    assertTrue(ignore.getMessage().contains("is outside the workspace folder"), ignore.getMessage());
                }
                try (Stream<Path> written = Files.list(outside)) {
                    assertEquals(List.of(), written.toList(), configured + ": nothing may be written outside the workspace");
                }
            }
        } finally {
            try (Stream<Path> left = Files.list(outside)) {
                for (Path p : left.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(outside);
        }
    }

    /** The seed whose reference restoration the default dictionary reproduces word for word. */
    private static final String EXACT_SEED = "nytimes-2024-05-31-blinken-prague-ukraine-weapons.txt";

    /**
     * Fix-all gives exactly what the engine's restoration gives (whose agreement with the
     * reference SeedRestorationTest measures), and for one seed exactly the reference.
     */
    @Test
    void fixAllOnASpunSeedProducesTheReferenceRestoration() throws Exception {
        Path spun = REPO.resolve("seeds/spun");
        Path restored = REPO.resolve("seeds/restored");
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(spun)) {
            files.map(p -> p.getFileName().toString()).sorted().forEach(names::add);
        }
        List<String> missing = names.stream().filter(n -> !Files.isRegularFile(restored.resolve(n))).toList();
        if (!missing.isEmpty()) {
            fail("reference restorations missing in " + restored + " for " + missing
                    + ": they land on main with the real dictionary; merge main into this branch");
        }
        try (ServerHarness h = new ServerHarness()) {
            h.initialize(ServerHarness.capabilities(), new JsonObject(), root);
            for (String name : names) {
                String text = Files.readString(spun.resolve(name));
                String uri = spun.resolve(name).toUri().toString();
                h.open(uri, "plaintext", text);
                h.diagnostics(uri);
                List<CodeAction> fix = actions(h, uri, range(0, 0, 0), List.of(), List.of("source.fixAll.unspin"));
                assertEquals(1, fix.size(), name + ": one fix-all action");
                List<TextEdit> edits = fix.get(0).getEdit().getDocumentChanges().get(0).getLeft().getEdits().stream()
                        .map(Either::getLeft).toList();
                String fixed = Expect.apply(text, edits);
                assertEquals(ENGINE.restore(text, Confidence.POSSIBLE).text(), fixed, name);
                if (name.equals(EXACT_SEED)) {
                    assertEquals(Files.readString(restored.resolve(name)), fixed, name);
                }
            }
            assertTrue(names.contains(EXACT_SEED), "the exact seed is among the spun seeds");
        }
    }

    private static final Engine ENGINE = new Engine(DefaultDictionary.load());

    @Test
    void htmlFixesAreEscapedAndReplaceTheWholeReference() throws Exception {
        Files.writeString(root.resolve("d.unspin"), "AT and T => AT&T ; certain\n");
        try (ServerHarness h = new ServerHarness()) {
            h.initialize(ServerHarness.capabilities(), ServerHarness.options(""), root);
            String uri = uri("a.html");
            h.open(uri, "html", "<p>AT&#32;and T</p>");
            Diagnostic d = h.diagnostics(uri).getDiagnostics().get(0);
            assertEquals(range(0, 3, 15), d.getRange());
            CodeAction fix = actions(h, uri, d.getRange(), List.of(d), List.of("quickfix")).get(0);
            assertEquals(versioned(uri, 1, new TextEdit(range(0, 3, 15), "AT&amp;T")), fix.getEdit());
            assertTrue(fix.getIsPreferred());
            assertEquals(DiagnosticSeverity.Error, d.getSeverity());
        }
    }
}
