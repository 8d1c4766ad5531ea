package dev.unspin.lsp;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.jsonrpc.CompletableFutures;
import org.eclipse.lsp4j.services.WorkspaceService;

/** Configuration, workspace folders, watched dictionary files and the server's commands. */
final class UnspinWorkspaceService implements WorkspaceService {
    private final Session session;
    private final Executor requests;
    private final Commands commands;

    UnspinWorkspaceService(Session session, Executor requests) {
        this.session = session;
        this.requests = requests;
        this.commands = new Commands(session);
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        session.configurationChanged(params.getSettings());
    }

    @Override
    public void didChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams params) {
        session.foldersChanged(params.getEvent());
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        if (params.getChanges().stream().anyMatch(change -> session.isWatched(change.getUri()))) {
            session.reload("changed dictionary files");
        }
    }

    @Override
    public CompletableFuture<Object> executeCommand(ExecuteCommandParams params) {
        return CompletableFutures.computeAsync(requests, cancel -> commands.execute(params));
    }
}
