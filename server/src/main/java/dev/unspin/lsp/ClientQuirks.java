package dev.unspin.lsp;

import com.google.gson.JsonNull;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;

/** Messages real clients send in shapes LSP4J's validator would drop, made valid before it sees them. */
final class ClientQuirks {
    private ClientQuirks() {
    }

    /**
     * VS Code's language client sends {@code didChangeConfiguration} with {@code "settings": null},
     * meaning "the settings changed, ask for them"; the validator drops it, as {@code settings} is
     * required. It becomes JSON null, which the session takes as nothing pushed.
     */
    static void accept(Message message) {
        if (message instanceof NotificationMessage notification
                && notification.getParams() instanceof DidChangeConfigurationParams params && params.getSettings() == null) {
            params.setSettings(JsonNull.INSTANCE);
        }
    }
}
