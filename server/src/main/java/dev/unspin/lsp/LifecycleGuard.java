package dev.unspin.lsp;

import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageIssueException;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;

/**
 * Enforces the protocol's lifecycle on incoming messages: requests before {@code initialize} get
 * ServerNotInitialized and notifications then are dropped (but {@code exit}); requests after
 * {@code shutdown} get InvalidRequest. Also the last line of defence: no exception thrown while
 * handling a message ever reaches the reader loop, which would end the server.
 */
final class LifecycleGuard {
    private final UnspinLanguageServer server;
    private volatile MessageConsumer outgoing;
    private volatile boolean initializeReceived;

    LifecycleGuard(UnspinLanguageServer server) {
        this.server = server;
    }

    /**
     * For Launcher.Builder.wrapMessages, which wraps the outgoing stream first, then the incoming
     * endpoint (both behind the message validator, so they can only be told apart by order).
     */
    MessageConsumer wrap(MessageConsumer consumer) {
        if (outgoing == null) {
            outgoing = consumer;
            return consumer;
        }
        return message -> {
            try {
                if (admit(message)) {
                    consumer.consume(message);
                }
            } catch (MessageIssueException e) {
                throw e; // invalid params: LSP4J answers it with InvalidParams
            } catch (RuntimeException e) {
                server.log().error("failed to handle a message", e);
            }
        };
    }

    private boolean admit(Message message) {
        if (message instanceof RequestMessage request) {
            if ("initialize".equals(request.getMethod())) {
                initializeReceived = true;
                return true;
            }
            if (!initializeReceived) {
                return reject(request, ResponseErrorCode.ServerNotInitialized, "the server is not initialized yet");
            }
            if (server.shutdownRequested()) {
                return reject(request, ResponseErrorCode.InvalidRequest, "the server is shutting down: only 'exit' is accepted");
            }
        } else if (message instanceof NotificationMessage notification) {
            return initializeReceived || "exit".equals(notification.getMethod());
        }
        return true;
    }

    private boolean reject(RequestMessage request, ResponseErrorCode code, String text) {
        ResponseMessage response = new ResponseMessage();
        response.setRawId(request.getRawId());
        response.setError(new ResponseError(code, text, null));
        outgoing.consume(response);
        return false;
    }
}
