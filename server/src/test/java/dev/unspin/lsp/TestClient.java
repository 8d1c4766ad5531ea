package dev.unspin.lsp;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.ApplyWorkspaceEditResponse;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowDocumentParams;
import org.eclipse.lsp4j.ShowDocumentResult;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.UnregistrationParams;
import org.eclipse.lsp4j.services.LanguageClient;

/** A language client that records what the server sends, for tests to take in order. */
class TestClient implements LanguageClient {
    final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();
    final BlockingQueue<MessageParams> shown = new LinkedBlockingQueue<>();
    final BlockingQueue<MessageParams> logged = new LinkedBlockingQueue<>();
    final BlockingQueue<RegistrationParams> registrations = new LinkedBlockingQueue<>();
    final BlockingQueue<UnregistrationParams> unregistrations = new LinkedBlockingQueue<>();
    final BlockingQueue<ShowDocumentParams> shownDocuments = new LinkedBlockingQueue<>();
    final BlockingQueue<ConfigurationParams> configurationRequests = new LinkedBlockingQueue<>();
    final BlockingQueue<String> refreshes = new LinkedBlockingQueue<>();
    /** window/workDoneProgress/create and $/progress, as "create TOKEN", "begin TOKEN TITLE", "end TOKEN MESSAGE". */
    final BlockingQueue<String> progress = new LinkedBlockingQueue<>();
    volatile JsonObject configuration = new JsonObject();
    /** The answer for one item of workspace/configuration; by default {@link #configuration} for every item. */
    volatile java.util.function.Function<org.eclipse.lsp4j.ConfigurationItem, Object> configurationFor = item -> configuration;

    @Override
    public void telemetryEvent(Object object) {
    }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams params) {
        diagnostics.add(params);
    }

    @Override
    public void showMessage(MessageParams params) {
        shown.add(params);
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams params) {
        logged.add(params);
    }

    @Override
    public CompletableFuture<Void> registerCapability(RegistrationParams params) {
        registrations.add(params);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> unregisterCapability(UnregistrationParams params) {
        unregistrations.add(params);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<ShowDocumentResult> showDocument(ShowDocumentParams params) {
        shownDocuments.add(params);
        return CompletableFuture.completedFuture(new ShowDocumentResult(true));
    }

    @Override
    public CompletableFuture<List<Object>> configuration(ConfigurationParams params) {
        configurationRequests.add(params);
        return CompletableFuture.completedFuture(params.getItems().stream().map(configurationFor).toList());
    }

    @Override
    public CompletableFuture<ApplyWorkspaceEditResponse> applyEdit(ApplyWorkspaceEditParams params) {
        return CompletableFuture.completedFuture(new ApplyWorkspaceEditResponse(false));
    }

    @Override
    public CompletableFuture<Void> createProgress(org.eclipse.lsp4j.WorkDoneProgressCreateParams params) {
        progress.add("create " + params.getToken().getLeft());
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void notifyProgress(org.eclipse.lsp4j.ProgressParams params) {
        String token = params.getToken().isLeft() ? params.getToken().getLeft() : String.valueOf(params.getToken().getRight());
        var value = params.getValue().getLeft();
        if (value instanceof org.eclipse.lsp4j.WorkDoneProgressBegin begin) {
            progress.add("begin " + token + " " + begin.getTitle());
        } else if (value instanceof org.eclipse.lsp4j.WorkDoneProgressEnd end) {
            progress.add("end " + token + " " + end.getMessage());
        } else {
            progress.add("report " + token);
        }
    }

    @Override
    public CompletableFuture<Void> refreshDiagnostics() {
        refreshes.add("refresh");
        return CompletableFuture.completedFuture(null);
    }
}
