package dev.unspin.lsp;

import java.io.PrintStream;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.services.LanguageClient;

/** Logs to stderr and, once connected, to the client's log ({@code window/logMessage}); never to stdout. */
final class ServerLog {
    private final PrintStream err;
    private volatile LanguageClient client;

    ServerLog(PrintStream err) {
        this.err = err;
    }

    void connect(LanguageClient languageClient) {
        this.client = languageClient;
    }

    void info(String message) {
        log(MessageType.Info, message);
    }

    void warn(String message) {
        log(MessageType.Warning, message);
    }

    void error(String message, Throwable cause) {
        log(MessageType.Error, cause == null ? message : message + ": " + cause);
        if (cause != null) {
            cause.printStackTrace(err);
        }
    }

    private void log(MessageType type, String message) {
        err.println("unspin lsp [" + type.name().toLowerCase(java.util.Locale.ROOT) + "] " + message);
        LanguageClient c = client;
        if (c != null) {
            try {
                c.logMessage(new MessageParams(type, message));
            } catch (RuntimeException e) {
                e.printStackTrace(err); // the connection is gone: stderr is all that is left
            }
        }
    }
}
