package dev.unspin.lsp;

import dev.unspin.dictionary.DefaultDictionary;
import dev.unspin.lint.DictionaryLinter;
import dev.unspin.lint.DictionarySource;
import dev.unspin.lint.LintFinding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;

/**
 * Open dictionary files ({@code *.unspin}, or language id {@code unspin}): their own path beside the
 * prose documents. Each version gets the dictionary lint as diagnostics, computed on a thread of
 * its own (the false-positive gate reads and scans the clean corpus) and always pushed.
 */
final class DictionaryDocuments {
    static final String LANGUAGE_ID = "unspin";
    static final String EXTENSION = ".unspin";
    /** How the shipped files are named in lint messages, as {@code unspin dict check} names them. */
    static final String SHIPPED_FOLDER = "dictionary/data/";

    /** The lint of one document version, kept for the hover. */
    private record Linted(OpenDocument document, String name, DictionaryLinter.Report report, int cleanTexts) {
    }

    private final Session session;
    private final CleanCorpusSource corpus = new CleanCorpusSource();
    private final Map<String, OpenDocument> documents = new ConcurrentHashMap<>();
    private final Map<String, Linted> linted = new ConcurrentHashMap<>();
    private final PerUriDebouncer lintThread = new PerUriDebouncer("unspin-dictionary-lint");

    DictionaryDocuments(Session session) {
        this.session = session;
    }

    static boolean isDictionary(String uri, String languageId) {
        return LANGUAGE_ID.equals(languageId) || uri.toLowerCase(Locale.ROOT).endsWith(EXTENSION);
    }

    boolean isOpen(String uri) {
        return documents.containsKey(uri);
    }

    /** Whether the file is open as a dictionary document, so that its buffer's lint stands for the file's problems. */
    boolean isOpen(Path file) {
        return documents.keySet().stream().anyMatch(uri -> pathOf(uri).filter(file::equals).isPresent());
    }

    void open(TextDocumentItem item) {
        OpenDocument doc = OpenDocument.of(item.getUri(), item.getLanguageId(), item.getVersion(), item.getText(),
                Optional.empty());
        documents.put(item.getUri(), doc);
        reportTooLarge(null, doc);
        schedule(item.getUri(), 0);
    }

    void change(String uri, int version, List<TextDocumentContentChangeEvent> changes) {
        OpenDocument before = documents.get(uri);
        OpenDocument after = documents.computeIfPresent(uri, (u, doc) -> doc.changed(version, changes, session.encoding()));
        if (after != null) {
            reportTooLarge(before, after);
        }
        schedule(uri, session.stateFor(uri).settings().debounceMs());
    }

    /**
     * A buffer over the size limit is not linted, as prose over it is not checked: the lint runs the
     * whole file on every change. A NUL character is left to the lint, which names its line and column.
     */
    private static boolean tooLarge(OpenDocument doc) {
        return doc.refusal() == DocumentLimits.Refusal.TOO_LARGE;
    }

    private void reportTooLarge(OpenDocument before, OpenDocument after) {
        if (tooLarge(after)) {
            session.reportRefusal(before, after);
        }
    }

    /** Hands the file back to the dictionary loader: its problems on disk, if any, replace the buffer's lint. */
    void close(String uri) {
        documents.remove(uri);
        linted.remove(uri);
        lintThread.cancel(uri);
        List<Diagnostic> onDisk = pathOf(uri).map(session::dictionaryProblems).orElse(List.of());
        lintThread.execute(() -> session.client().publishDiagnostics(new PublishDiagnosticsParams(uri, onDisk)));
    }

    /** Settings, dictionaries or the clean corpus may have changed: lint every open dictionary file again. */
    void relintAll() {
        documents.keySet().forEach(uri -> schedule(uri, 0));
    }

    Hover hover(String uri, Position position) {
        OpenDocument doc = documents.get(uri);
        if (doc == null) {
            return null;
        }
        Linted last = linted.get(uri);
        // The clean-text counts are shown only when they were measured on this very version.
        boolean current = last != null && last.document() == doc;
        EntryHover.Firings firings = current && last.cleanTexts() > 0
                ? new EntryHover.Firings(last.report().cleanFirings(), last.cleanTexts()) : null;
        return EntryHover.of(doc, position.getLine(), current ? last.name() : name(uri, session.stateFor(uri).root()), firings,
                session.encoding(), session.features().markdownHover());
    }

    void stop() {
        lintThread.stop();
    }

    private void schedule(String uri, int delayMs) {
        lintThread.schedule(uri, delayMs, () -> lint(uri));
    }

    private void lint(String uri) {
        try {
            OpenDocument doc = documents.get(uri);
            if (doc == null) {
                return;
            }
            if (tooLarge(doc)) {
                linted.remove(uri);
                session.client().publishDiagnostics(new PublishDiagnosticsParams(uri, List.of(), doc.version()));
                return;
            }
            CheckState state = session.stateFor(uri);
            Settings settings = state.settings();
            Path root = state.root();
            DictionaryLinter linter = corpus.linter(settings, root, session::showError);
            String name = name(uri, root);
            DictionaryLinter.Report report = linter.report(sources(doc, name, settings, root));
            List<Diagnostic> diagnostics = new ArrayList<>();
            for (LintFinding finding : report.findings()) {
                if (finding.file().equals(name)) {
                    diagnostics.add(LintDiagnostics.of(finding, doc, session.encoding()));
                }
            }
            linted.put(uri, new Linted(doc, name, report, linter.cleanTexts()));
            if (documents.get(uri) != null) {
                session.client().publishDiagnostics(new PublishDiagnosticsParams(uri, diagnostics, doc.version()));
            }
        } catch (RuntimeException e) {
            session.log().error("linting " + uri + " failed", e);
        }
    }

    /**
     * What to lint the document with. A dictionary the server loads is linted where it stands in the
     * load order, so that conflicts with the shipped and other files show; any other dictionary file
     * alone, as {@code unspin dict check FILE} does. Other open dictionaries count with their buffers.
     */
    private List<DictionarySource> sources(OpenDocument doc, String name, Settings settings, Path root) {
        Optional<Path> own = pathOf(doc.uri());
        List<Path> loaded = loadOrder(settings, root);
        if (own.isEmpty() || !loaded.contains(own.get())) {
            return List.of(DictionarySource.of(name, doc.text()));
        }
        List<DictionarySource> sources = new ArrayList<>();
        if (settings.defaultDictionary()) {
            for (String shipped : DefaultDictionary.fileNames()) {
                sources.add(DictionarySource.of(SHIPPED_FOLDER + shipped, DefaultDictionary.resourceText(shipped)));
            }
        }
        for (Path file : loaded) {
            Optional<OpenDocument> open = documents.values().stream()
                    .filter(d -> pathOf(d.uri()).filter(file::equals).isPresent()).findFirst();
            if (open.isPresent()) {
                sources.add(DictionarySource.of(name(open.get().uri(), root), open.get().text()));
            } else if (Files.isRegularFile(file)) {
                try {
                    DictionarySource read = DictionarySource.read(file);
                    sources.add(new DictionarySource(CleanCorpusSource.displayName(file, root), read.text(), read.invalidUtf8()));
                } catch (IOException e) {
                    session.log().warn("dictionary lint: cannot read " + file + " (" + e.getMessage() + ")");
                }
            }
        }
        return sources;
    }

    /** The dictionary files the server loads after the shipped ones, in order (as DictionaryStore loads them). */
    private static List<Path> loadOrder(Settings settings, Path root) {
        List<Path> files = new ArrayList<>();
        settings.dictionaries().forEach(configured -> Settings.resolve(root, configured).ifPresent(files::add));
        Settings.resolve(root, settings.workspaceDictionary()).ifPresent(files::add);
        return files.stream().distinct().toList();
    }

    /** How findings name the document: its path relative to the workspace (or in full), or its URI when it has no path. */
    private static String name(String uri, Path root) {
        return pathOf(uri).map(path -> CleanCorpusSource.displayName(path, root)).orElse(uri);
    }

    private static Optional<Path> pathOf(String uri) {
        return WorkspaceFolders.pathOf(uri);
    }
}
