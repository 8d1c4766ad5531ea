package dev.unspin.lsp;

import dev.unspin.check.CheckRequest;
import dev.unspin.check.CheckResult;
import dev.unspin.check.Checker;
import dev.unspin.check.SourceFinding;
import dev.unspin.context.ResourceCache;
import dev.unspin.engine.Engine;
import dev.unspin.engine.ShownConfidence;
import dev.unspin.nlp.OpenNlpAnalyzer;
import dev.unspin.text.StrictUtf8;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceFoldersChangeEvent;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The state of one client connection: open documents, the workspace folders with each one's
 * {@link CheckState}, and the publishing of diagnostics. Checks and pushes run on one scheduler
 * thread, so diagnostics for a document are always published in version order.
 */
final class Session {
    private final ServerLog log;
    private final DictionaryStore dictionaries = new DictionaryStore();
    private final Map<String, OpenDocument> documents = new ConcurrentHashMap<>();
    private final Map<String, Analysis> analyses = new ConcurrentHashMap<>();
    /**
     * The version of each document whose diagnostics are shown: the current one with
     * {@code checkOn: change}, the one last saved or checked by command otherwise. A document
     * never checked (opened with {@code checkOn: manual}) has none.
     */
    private final Map<String, OpenDocument> checkedDocuments = new ConcurrentHashMap<>();
    private final PerUriDebouncer scheduler = new PerUriDebouncer("unspin-check");
    private final Set<Path> filesWithProblems = new HashSet<>();
    private final Map<Path, List<Diagnostic>> problemDiagnostics = new ConcurrentHashMap<>();
    private final DictionaryDocuments dictionaryDocuments = new DictionaryDocuments(this);
    /** Most diagnostics published per document ({@code unspin lsp --max-diagnostics}). */
    private final int maxDiagnostics;

    static final int DEFAULT_MAX_DIAGNOSTICS = 1000;

    private volatile LanguageClient client;
    private volatile ClientFeatures features = ClientFeatures.of(null);
    private final WorkspaceFolders folders = new WorkspaceFolders();
    private final SettingsSources settings = new SettingsSources();
    /** One state per folder, in the folders' order (a single one with root null without folders). */
    private volatile List<CheckState> states = List.of();
    private long generation;
    private volatile List<Path> watched = List.of();
    private final FileWatchers watchers = new FileWatchers(this);
    /** False until the client's {@code initialized}: before it, the server may not publish. */
    private volatile boolean ready;
    private LoadReport lastLoad;
    /** The token the client gave with {@code initialize} for progress while it is answered, or null. */
    private Either<String, Integer> initializeToken;
    private final AtomicInteger progressTokens = new AtomicInteger();
    private final SlowCheckProgress slowChecks = new SlowCheckProgress();
    /** The second step of each check: the contextual restorer's findings, after the dictionary's. */
    private final ContextualChecks contextualChecks;
    private final ContextualLoader contextualLoader;
    /** The dictionary's findings shown with the contextual ones of an earlier version, per document. */
    private final Map<String, Merged> merged = new ConcurrentHashMap<>();
    /**
     * Documents longer than this many characters (about 15,000 words) get the dictionary's check
     * only: the contextual check of every version would keep both cores busy for minutes.
     */
    static final int CONTEXTUAL_MAX_CHARACTERS = 100_000;
    /** The open documents already told that they are too long for the contextual step. */
    private final Set<String> toldTooLong = ConcurrentHashMap.newKeySet();

    /** What was shown for {@code shown}'s version, merged from the dictionary's check and an earlier contextual one. */
    private record Merged(Analysis dictionary, Analysis contextual, Analysis shown) {
    }

    /** @param maxDiagnostics the most diagnostics published per document ({@code unspin lsp --max-diagnostics}) */
    Session(ServerLog log, int maxDiagnostics) {
        this.maxDiagnostics = maxDiagnostics;
        this.log = log;
        this.contextualChecks = new ContextualChecks(log);
        this.contextualLoader = new ContextualLoader(ResourceCache.fromEnvironment(), new ContextualLoader.Listener() {
            @Override
            public void tell(String message, boolean problem) {
                if (problem) {
                    showWarning(message);
                } else {
                    showInfo(message);
                }
            }

            @Override
            public void log(String line) {
                log.info(line);
            }

            @Override
            public void ready() {
                reload("the contextual restorer is loaded");
            }
        });
    }

    void connect(LanguageClient languageClient) {
        this.client = languageClient;
        log.connect(languageClient);
    }

    LanguageClient client() {
        return client;
    }

    ClientFeatures features() {
        return features;
    }

    PositionEncoding encoding() {
        return features.encoding();
    }

    /** What a document is checked with: the state of the workspace folder it belongs to. */
    CheckState stateFor(String uri) {
        List<CheckState> current = states;
        Path folder = folders.folderOf(uri);
        for (CheckState state : current) {
            if (Objects.equals(state.root(), folder)) {
                return state;
            }
        }
        return current.get(0); // a folder added a moment ago, until its first load
    }

    /** The state of the first folder, for what belongs to no document. */
    CheckState defaultState() {
        return states.get(0);
    }

    /** The open workspace folders. */
    List<Path> folders() {
        return folders.all();
    }

    ServerLog log() {
        return log;
    }

    DictionaryDocuments dictionaryDocuments() {
        return dictionaryDocuments;
    }

    void initialize(InitializeParams params) {
        features = ClientFeatures.of(params.getCapabilities());
        folders.initialize(params);
        settings.initializationOptions(params.getInitializationOptions());
        initializeToken = params.getWorkDoneToken();
        reload("start");
        initializeToken = null;
    }

    /** Where a long load reports its progress now (see {@link WorkProgress}). */
    private WorkProgress progress() {
        LanguageClient c = client;
        if (c == null) {
            return WorkProgress.NONE;
        }
        if (!ready) {
            return initializeToken == null ? WorkProgress.NONE : WorkProgress.on(c, initializeToken);
        }
        return features.workDoneProgress() ? WorkProgress.created(c, progressTokens) : WorkProgress.NONE;
    }

    /** The client has received the initialize result: announce what the first load found, then ask for settings. */
    void initialized() {
        synchronized (this) {
            ready = true;
            announce(lastLoad);
            loadContextualIfAsked();
            recheckAll(); // documents opened before now were checked but not published
            dictionaryDocuments.relintAll();
            watchers.update(watched);
        }
        pullConfiguration("workspace/configuration");
    }

    /** Folders were added or removed: load the new ones' settings and dictionaries, drop the old ones'. */
    void foldersChanged(WorkspaceFoldersChangeEvent event) {
        folders.change(event);
        settings.retain(folders.all());
        if (!pullConfiguration("workspace folders changed")) {
            reload("workspace folders changed");
        }
    }

    /**
     * Asks the client for the {@code unspin} section of each folder, if it can answer, and reloads
     * with the answer, whatever it is: a folder the client has nothing for ({@code null}, as eglot
     * answers without {@code eglot-workspace-configuration}) gets no client settings.
     *
     * @return false when the client cannot be asked
     */
    boolean pullConfiguration(String reason) {
        if (!features.configuration()) {
            return false;
        }
        List<Path> scopes = folders.roots();
        client.configuration(SettingsSources.request(scopes)).whenComplete((result, error) -> {
            if (error != null) {
                log.warn("workspace/configuration failed: " + error.getMessage());
            } else {
                settings.pulled(scopes, result);
            }
            reload(reason);
        });
        return true;
    }

    /**
     * didChangeConfiguration, which clients also send to mean "reload" (VS Code with settings null,
     * eglot with {}): takes the pushed settings when there are any, then pulls them when the client
     * can answer, and reloads either way.
     */
    void configurationChanged(Object pushed) {
        settings.pushed(pushed);
        if (!pullConfiguration("workspace/configuration")) {
            reload("didChangeConfiguration");
        }
    }

    /** Reloads every folder's settings and dictionaries, reports their problems, and rechecks every open document. */
    synchronized void reload(String reason) {
        List<Path> roots = folders.roots();
        Set<String> settingsProblems = new LinkedHashSet<>();
        Set<String> unreadable = new LinkedHashSet<>();
        Set<DictionaryStore.Problem> problems = new LinkedHashSet<>();
        Set<Path> watching = new LinkedHashSet<>();
        List<CheckState> loadedStates = new ArrayList<>();
        boolean partOfSpeech = false;
        for (Path root : roots) {
            Settings.Parsed parsed = settings.parse(root);
            DictionaryStore.Loaded loaded = dictionaries.load(parsed.settings(), root, contextualLoader.stage());
            settingsProblems.addAll(parsed.problems());
            unreadable.addAll(loaded.unreadable());
            problems.addAll(loaded.problems());
            watching.addAll(loaded.watched());
            loadedStates.add(new CheckState(loaded.engine(), loaded.contextual(), parsed.settings(), loaded.ignoredEntries(), root,
                    ++generation));
            partOfSpeech |= loaded.engine().dictionary().usesPartOfSpeech();
        }
        states = List.copyOf(loadedStates);
        watched = List.copyOf(watching);
        lastLoad = new LoadReport(List.copyOf(settingsProblems), List.copyOf(unreadable), List.copyOf(problems));
        if (partOfSpeech) {
            OpenNlpAnalyzer.preloadInBackground(log::warn);
        }
        log.info("loaded " + loadedStates.stream().map(s -> String.valueOf(s.engine().dictionary().size()))
                .collect(java.util.stream.Collectors.joining(", ")) + " dictionary entries"
                + (roots.size() > 1 ? " for " + roots.size() + " workspace folders" : "") + " (" + reason + ")");
        if (ready) {
            announce(lastLoad);
            watchers.update(watched);
            loadContextualIfAsked();
        }
        documents.replaceAll((uri, doc) -> doc.withFormat(stateFor(uri).settings().formatOf(uri, doc.languageId())));
        recheckAll();
        dictionaryDocuments.relintAll();
    }

    /**
     * Starts loading the contextual restorer in the background once a folder's settings ask for it
     * and the client may hear of its progress; until it is loaded, the dictionary checks alone.
     */
    private void loadContextualIfAsked() {
        if (states.stream().anyMatch(state -> state.settings().contextual())) {
            contextualLoader.start(progress());
        }
    }

    /** What a load found that the user must hear of, kept until the client may be told. */
    private record LoadReport(List<String> settingsProblems, List<String> unreadable,
            List<DictionaryStore.Problem> problems) {
    }

    private void announce(LoadReport report) {
        if (report == null) {
            return; // initialized without initialize: nothing was loaded to announce
        }
        if (!report.settingsProblems().isEmpty()) {
            showError("unspin settings: " + String.join("; ", report.settingsProblems()));
        }
        report.unreadable().forEach(problem -> showError("unspin: " + problem));
        publishProblems(report.problems());
    }

    /** Whether a file is one the server reads (a dictionary or the ignore list), so that its change means a reload. */
    boolean isWatched(String uri) {
        return WorkspaceFolders.pathOf(uri).filter(watched::contains).isPresent();
    }

    void open(TextDocumentItem item) {
        OpenDocument doc = OpenDocument.of(item.getUri(), item.getLanguageId(), item.getVersion(), item.getText(),
                stateFor(item.getUri()).settings().formatOf(item.getUri(), item.getLanguageId()));
        documents.put(item.getUri(), doc);
        reportRefusal(null, doc);
        if (checkOn(item.getUri()) != Settings.CheckOn.MANUAL) {
            check(item.getUri(), 0);
        }
    }

    private Settings.CheckOn checkOn(String uri) {
        return stateFor(uri).settings().checkOn();
    }

    /** Makes the document's current version the one checked, and checks it after the delay. */
    private void check(String uri, int delayMs) {
        OpenDocument doc = documents.get(uri);
        if (doc != null) {
            checkedDocuments.put(uri, doc);
            schedule(uri, delayMs);
        }
    }

    /** didSave: with {@code checkOn: save}, the saved version is checked. */
    void saved(String uri) {
        if (checkOn(uri) == Settings.CheckOn.SAVE) {
            check(uri, 0);
        }
    }

    /**
     * The {@code unspin.check} command: checks the current version of these documents (every open
     * one when none is named) whatever {@code checkOn} says; a pull client is asked to pull again.
     */
    void checkNow(List<String> uris) {
        for (String uri : uris.isEmpty() ? List.copyOf(documents.keySet()) : uris) {
            check(uri, 0);
        }
        if (features.pullDiagnostics() && features.diagnosticRefresh() && client != null) {
            client.refreshDiagnostics();
        }
    }

    /** The version of the document whose diagnostics are shown, or null when it has not been checked. */
    OpenDocument checkedDocument(String uri) {
        return checkOn(uri) == Settings.CheckOn.CHANGE ? documents.get(uri) : checkedDocuments.get(uri);
    }

    /**
     * The check that hover and code actions answer from. Outside {@code checkOn: change} it is the
     * shown check while the document is as it was checked, and none after an edit: clients ask
     * for code actions at every cursor move, which must not check a large document each time.
     */
    Analysis requestAnalysis(OpenDocument doc) {
        if (checkOn(doc.uri()) == Settings.CheckOn.CHANGE || checkedDocuments.get(doc.uri()) == doc) {
            return analysis(doc);
        }
        return new Analysis(doc, stateFor(doc.uri()).generation(), null, List.of(), List.of(), true);
    }

    void change(String uri, int version, List<TextDocumentContentChangeEvent> changes) {
        OpenDocument doc = documents.get(uri);
        if (doc == null) {
            log.warn("didChange for a document that is not open: " + uri);
            return;
        }
        OpenDocument changed = doc.changed(version, changes, encoding());
        documents.put(uri, changed);
        reportRefusal(doc, changed);
        if (checkOn(uri) == Settings.CheckOn.CHANGE) {
            check(uri, stateFor(uri).settings().debounceMs());
        }
    }

    /** Says why a document is not checked when it is opened so or an edit makes it so: it gets no diagnostics. */
    void reportRefusal(OpenDocument before, OpenDocument after) {
        if (after.refusal() != null && (before == null || before.refusal() != after.refusal())) {
            LanguageClient c = client;
            String message = after.refusal().message(after.uri(), after.text().length());
            log.warn(message);
            if (c != null) {
                c.showMessage(new MessageParams(MessageType.Warning, message));
            }
        }
    }

    void close(String uri) {
        documents.remove(uri);
        checkedDocuments.remove(uri);
        analyses.remove(uri);
        merged.remove(uri);
        toldTooLong.remove(uri);
        contextualChecks.forget(uri);
        scheduler.cancel(uri);
        if (!features.pullDiagnostics()) {
            scheduler.execute(() -> client.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of())));
        }
    }

    /** See {@link ContextualChecks#hold()}. */
    AutoCloseable holdContextualChecks() {
        return contextualChecks.hold();
    }

    OpenDocument document(String uri) {
        return documents.get(uri);
    }

    /**
     * What is shown for a document version: with the contextual restorer on, its check once done;
     * until then the dictionary's findings with the contextual ones of an earlier version that the
     * edit left alone. Asks for the contextual check of the version whose diagnostics are shown.
     */
    Analysis analysis(OpenDocument doc) {
        CheckState current = stateFor(doc.uri());
        Analysis dictionary = dictionaryAnalysis(doc, current);
        if (current.contextual() == null) {
            return dictionary;
        }
        if (doc.text().length() > CONTEXTUAL_MAX_CHARACTERS) {
            if (toldTooLong.add(doc.uri())) {
                showInfo("unspin: " + doc.uri().substring(doc.uri().lastIndexOf('/') + 1) + " is longer than "
                        + CONTEXTUAL_MAX_CHARACTERS + " characters, so the editor checks it with the dictionary only; "
                        + "'unspin check' or 'unspin restore' on the file runs the contextual restorer");
            }
            contextualChecks.forget(doc.uri());
            return dictionary;
        }
        if (checkedDocument(doc.uri()) == doc) {
            contextualChecks.request(doc, current.generation(), () -> contextualAnalysis(doc, current), this::publishContextual);
        }
        // The last contextual check, even of another version or before a settings or dictionary change:
        // its findings stay shown, where still valid, until this version's check replaces them.
        Analysis contextual = contextualChecks.latest(doc.uri());
        if (contextual == null) {
            return dictionary;
        }
        if (contextual.document() == doc && contextual.generation() == current.generation()) {
            return contextual;
        }
        Merged shown = merged.get(doc.uri());
        if (shown == null || shown.dictionary() != dictionary || shown.contextual() != contextual) {
            shown = new Merged(dictionary, contextual, Analysis.presented(doc, current, dictionary.check(),
                    Analysis.merged(dictionary.findings(), contextual, doc.text(), current.ignoredEntries()), encoding(),
                    maxDiagnostics, false));
            merged.put(doc.uri(), shown);
        }
        return shown.shown();
    }

    /** The dictionary's check of a document version, computed once per version and state. */
    private Analysis dictionaryAnalysis(OpenDocument doc, CheckState current) {
        Analysis cached = analyses.get(doc.uri());
        if (cached != null && cached.document() == doc && cached.generation() == current.generation()) {
            return cached;
        }
        // The check of an earlier version under the same state: only the prose near the edit is matched again.
        CheckResult previous = cached != null && cached.generation() == current.generation() ? cached.check() : null;
        Analysis analysis = check(current.engine(), current, doc, previous, current.contextual() == null);
        if (documents.get(doc.uri()) == doc) {
            analyses.put(doc.uri(), analysis);
        }
        return analysis;
    }

    /** The contextual restorer's check of a document version, on the contextual thread, with progress when it is long. */
    private Analysis contextualAnalysis(OpenDocument doc, CheckState current) {
        SlowCheckProgress.Running running = slowChecks.start(progress(),
                "unspin: checking " + doc.uri().substring(doc.uri().lastIndexOf('/') + 1) + " in context");
        try {
            return check(current.contextual(), current, doc, null, true);
        } finally {
            running.finish();
        }
    }

    /** The one call into the checking code, for both steps: the engine's findings, presented. */
    private Analysis check(Engine engine, CheckState current, OpenDocument doc, CheckResult previous, boolean complete) {
        CheckResult check = doc.format().isEmpty() ? null
                : new Checker(engine).check(new CheckRequest(doc.text(), doc.format().get(),
                        ShownConfidence.of(current.settings().minConfidence()), current.ignoredEntries()), previous);
        List<SourceFinding> findings = check == null ? List.of() : check.shown();
        return Analysis.presented(doc, current, check, findings, encoding(), maxDiagnostics, complete);
    }

    /** A contextual check is done: its diagnostics replace the first step's, if the version is still the one shown. */
    private void publishContextual(Analysis analysis) {
        String uri = analysis.document().uri();
        if (features.pullDiagnostics()) {
            if (features.diagnosticRefresh() && client != null) {
                client.refreshDiagnostics();
            }
            return;
        }
        scheduler.execute(() -> {
            OpenDocument doc = checkedDocument(uri);
            if (doc != analysis.document() || stateFor(uri).generation() != analysis.generation()) {
                return; // a newer version or state is on its way
            }
            client.publishDiagnostics(new PublishDiagnosticsParams(uri, analysis(doc).diagnostics(), doc.version()));
        });
    }

    private void schedule(String uri, int delayMs) {
        if (features.pullDiagnostics()) {
            return; // the client asks with textDocument/diagnostic
        }
        scheduler.schedule(uri, delayMs, () -> publish(uri));
    }

    private void publish(String uri) {
        try {
            OpenDocument doc = checkedDocument(uri);
            if (doc == null) {
                return;
            }
            SlowCheckProgress.Running running = slowChecks.start(progress(),
                    "unspin: checking " + uri.substring(uri.lastIndexOf('/') + 1));
            Analysis analysis;
            try {
                analysis = analysis(doc);
            } finally {
                running.finish();
            }
            client.publishDiagnostics(new PublishDiagnosticsParams(uri, analysis.diagnostics(), doc.version()));
        } catch (RuntimeException e) {
            log.error("checking " + uri + " failed", e);
        }
    }

    private void recheckAll() {
        if (features.pullDiagnostics()) {
            if (features.diagnosticRefresh() && client != null) {
                client.refreshDiagnostics();
            }
            return;
        }
        // Documents checked before are checked again, as they are now; with checkOn: manual, those never checked stay so.
        for (String uri : documents.keySet()) {
            if (checkedDocuments.containsKey(uri) || checkOn(uri) != Settings.CheckOn.MANUAL) {
                check(uri, 0);
            }
        }
    }

    /** Publishes each problem file's diagnostics, and empty ones for files whose problems are gone. */
    private void publishProblems(List<DictionaryStore.Problem> problems) {
        if (client == null) {
            return;
        }
        Map<Path, List<Diagnostic>> byFile = new java.util.LinkedHashMap<>();
        for (DictionaryStore.Problem problem : problems) {
            byFile.computeIfAbsent(problem.file(), f -> new ArrayList<>()).add(problemDiagnostic(problem));
            log.warn(problem.file() + ":" + problem.line() + ":" + problem.column() + ": " + problem.message()
                    + " (the file's last good version stays in use)");
        }
        for (Path fixed : filesWithProblems) {
            byFile.putIfAbsent(fixed, List.of());
        }
        filesWithProblems.clear();
        filesWithProblems.addAll(problems.stream().map(DictionaryStore.Problem::file).toList());
        problemDiagnostics.clear();
        problemDiagnostics.putAll(byFile);
        // An open dictionary file shows the lint of its buffer, which includes these problems.
        byFile.keySet().removeIf(dictionaryDocuments::isOpen);
        byFile.forEach((file, diagnostics) -> scheduler.execute(() ->
                client.publishDiagnostics(new PublishDiagnosticsParams(file.toUri().toString(), diagnostics))));
    }

    /** The problems the last load found in a file, as published when it is not open. */
    List<Diagnostic> dictionaryProblems(Path file) {
        return problemDiagnostics.getOrDefault(file, List.of());
    }

    private Diagnostic problemDiagnostic(DictionaryStore.Problem problem) {
        LineIndex lines;
        try {
            byte[] bytes = Files.readAllBytes(problem.file());
            StrictUtf8.Decoded decoded = StrictUtf8.decode(bytes);
            lines = LineIndex.of(decoded.failure().isEmpty() ? decoded.text() : "");
        } catch (IOException e) {
            lines = LineIndex.of("");
        }
        int line = Math.min(problem.line() - 1, lines.lineCount() - 1);
        int start = Math.min(lines.lineStart(line) + problem.column() - 1, lines.lineEnd(line));
        Position from = lines.position(start, encoding());
        Position to = lines.position(lines.lineEnd(line), encoding());
        if (from.equals(to) && problem.line() - 1 == line) {
            to = new Position(from.getLine(), from.getCharacter()); // an empty range at the end of the line
        }
        Diagnostic diagnostic = new Diagnostic(new Range(from, to), problem.message(), DiagnosticSeverity.Error,
                DiagnosticFactory.SOURCE);
        diagnostic.setCode("dictionary-format");
        DocLinks.forPage("dictionary.md").ifPresent(diagnostic::setCodeDescription);
        return diagnostic;
    }

    void showError(String message) {
        log.warn(message);
        LanguageClient c = client;
        if (c != null) {
            c.showMessage(new MessageParams(MessageType.Error, message));
        }
    }

    void showWarning(String message) {
        log.warn(message);
        LanguageClient c = client;
        if (c != null) {
            c.showMessage(new MessageParams(MessageType.Warning, message));
        }
    }

    void showInfo(String message) {
        log.info(message);
        LanguageClient c = client;
        if (c != null) {
            c.showMessage(new MessageParams(MessageType.Info, message));
        }
    }

    void stop() {
        contextualChecks.stop();
        scheduler.stop();
        slowChecks.stop();
        dictionaryDocuments.stop();
    }
}
