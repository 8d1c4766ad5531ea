package dev.unspin.lsp;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.DiagnosticRegistrationOptions;
import org.eclipse.lsp4j.ExecuteCommandOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkspaceFoldersOptions;
import org.eclipse.lsp4j.WorkspaceServerCapabilities;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/** The unspin language server: lifecycle and capabilities; the work is done by the document and workspace services. */
public final class UnspinLanguageServer implements LanguageServer, LanguageClientAware {
    static final String NAME = "unspin";

    private final Session session;
    private final IntConsumer exit;
    private final ExecutorService requests = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "unspin-request");
        t.setDaemon(true);
        return t;
    });
    private final UnspinTextDocumentService documents;
    private final UnspinWorkspaceService workspace;
    private volatile boolean shutdownRequested;

    /**
     * @param log  where logs go besides the client: stderr
     * @param exit called with the exit code on {@code exit}: 0 after {@code shutdown}, 1 otherwise
     */
    public UnspinLanguageServer(java.io.PrintStream log, IntConsumer exit) {
        this(log, exit, Session.DEFAULT_MAX_DIAGNOSTICS);
    }

    /** As {@link #UnspinLanguageServer(java.io.PrintStream, IntConsumer)}, publishing at most {@code maxDiagnostics} per document. */
    public UnspinLanguageServer(java.io.PrintStream log, IntConsumer exit, int maxDiagnostics) {
        this.session = new Session(new ServerLog(log), maxDiagnostics);
        this.exit = exit;
        this.documents = new UnspinTextDocumentService(session, requests);
        this.workspace = new UnspinWorkspaceService(session, requests);
    }

    @Override
    public void connect(LanguageClient client) {
        session.connect(client);
    }

    /** The current version of an open document, or null (for tests that compare it with the client's). */
    OpenDocument document(String uri) {
        return session.document(uri);
    }

    /** Holds the contextual checks back until closed, for tests of what is shown before them. */
    AutoCloseable holdContextualChecks() {
        return session.holdContextualChecks();
    }

    ServerLog log() {
        return session.log();
    }

    /** Something the client sent was not taken: the user is told, as the editor shows no error for it. */
    void refused(String message) {
        session.showError(message);
    }

    boolean shutdownRequested() {
        return shutdownRequested;
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        session.initialize(params);
        ServerCapabilities capabilities = new ServerCapabilities();
        capabilities.setPositionEncoding(session.encoding().kind());
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Incremental);
        sync.setSave(new SaveOptions(false));
        capabilities.setTextDocumentSync(sync);
        capabilities.setHoverProvider(true);
        CodeActionOptions codeActions = new CodeActionOptions(List.of(CodeActionKind.QuickFix,
                CodeActionFactory.FIX_ALL_KIND, CodeActionFactory.ADD_MAPPING_KIND));
        capabilities.setCodeActionProvider(codeActions);
        capabilities.setExecuteCommandProvider(new ExecuteCommandOptions(Commands.ALL));
        WorkspaceFoldersOptions folders = new WorkspaceFoldersOptions();
        folders.setSupported(true);
        folders.setChangeNotifications(true);
        capabilities.setWorkspace(new WorkspaceServerCapabilities(folders));
        if (session.features().pullDiagnostics()) {
            DiagnosticRegistrationOptions diagnostics = new DiagnosticRegistrationOptions(false, false);
            diagnostics.setIdentifier(NAME);
            capabilities.setDiagnosticProvider(diagnostics);
        }
        String version = UnspinLanguageServer.class.getPackage().getImplementationVersion();
        return CompletableFuture.completedFuture(new InitializeResult(capabilities,
                new ServerInfo(NAME, version == null ? "development" : version)));
    }

    @Override
    public void initialized(InitializedParams params) {
        session.initialized();
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdownRequested = true;
        session.stop();
        requests.shutdown();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        exit.accept(shutdownRequested ? 0 : 1);
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return documents;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspace;
    }
}
