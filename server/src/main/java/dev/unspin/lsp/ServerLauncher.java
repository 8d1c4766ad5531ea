package dev.unspin.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.function.IntConsumer;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/** Connects an {@link UnspinLanguageServer} to a client over a pair of streams. */
public final class ServerLauncher {
    private ServerLauncher() {
    }

    /** A started-but-not-listening launcher; call {@code startListening()} on it. */
    public static Launcher<LanguageClient> create(InputStream in, OutputStream out, PrintStream log, IntConsumer exit) {
        UnspinLanguageServer server = new UnspinLanguageServer(log, exit);
        LifecycleGuard guard = new LifecycleGuard(server);
        Launcher<LanguageClient> launcher = new LSPLauncher.Builder<LanguageClient>()
                .setLocalService(server)
                .setRemoteInterface(LanguageClient.class)
                .setInput(in)
                .setOutput(out)
                .validateMessages(true)
                .wrapMessages(guard::wrap)
                .setExceptionHandler(e -> error(server, e))
                .create();
        server.connect(launcher.getRemoteProxy());
        return launcher;
    }

    /** Bad positions and arguments are the client's mistake (InvalidParams); anything else is logged as ours. */
    private static ResponseError error(UnspinLanguageServer server, Throwable e) {
        Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof ResponseErrorException r) {
            return r.getResponseError();
        }
        if (cause instanceof IllegalArgumentException || cause instanceof IndexOutOfBoundsException) {
            return new ResponseError(ResponseErrorCode.InvalidParams, cause.getMessage(), null);
        }
        server.log().error("internal error", cause);
        return new ResponseError(ResponseErrorCode.InternalError, "internal error: " + cause, null);
    }
}
