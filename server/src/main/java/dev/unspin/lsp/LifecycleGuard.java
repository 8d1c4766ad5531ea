package dev.unspin.lsp;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageIssueException;
import org.eclipse.lsp4j.jsonrpc.MessageIssueHandler;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.MessageIssue;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;

/**
 * Enforces the protocol's lifecycle on incoming messages: requests before {@code initialize} get
 * ServerNotInitialized and notifications then are dropped (but {@code exit}); requests after
 * {@code shutdown} get InvalidRequest; {@code $/} requests MethodNotFound; requests without the
 * params their method needs InvalidParams. Also the last line of defence: no exception thrown
 * while handling a message ever reaches the reader loop, which would end the server.
 */
final class LifecycleGuard {
    private static final Map<String, JsonRpcMethod> METHODS = ServiceEndpoints.getSupportedMethods(UnspinLanguageServer.class);
    private final UnspinLanguageServer server;
    private volatile MessageConsumer outgoing;
    private volatile boolean initializeReceived;

    LifecycleGuard(UnspinLanguageServer server) {
        this.server = server;
    }

    /**
     * For Launcher.Builder.wrapMessages, which wraps the outgoing stream first, then the incoming
     * endpoint (both behind a message validator, so they can only be told apart by order).
     */
    MessageConsumer wrap(MessageConsumer consumer) {
        if (outgoing == null) {
            outgoing = consumer;
            return consumer;
        }
        return message -> {
            try {
                if (admit(message) && hasParams(message)) {
                    ClientQuirks.accept(message);
                    consumer.consume(message);
                }
            } catch (MessageIssueException e) {
                throw e; // invalid params: LSP4J answers it with InvalidParams
            } catch (RuntimeException e) {
                server.log().error("failed to handle a message", e);
            }
        };
    }

    /**
     * For the reader's issue handler, which answers requests that cannot be parsed or validated:
     * such a request is refused by the lifecycle first, as any other; and one whose JSON parsed but
     * whose params did not (a string for a number, an int out of range) or that has several
     * invalid params is InvalidParams, where LSP4J says ParseError or InvalidRequest.
     */
    MessageIssueHandler issues(MessageIssueHandler endpoint) {
        return (message, issues) -> {
            if (message instanceof RequestMessage request && request.getMethod() != null) {
                if (!admit(request)) {
                    return;
                }
                issues = issues.stream().map(issue -> issue.getIssueCode() == ResponseErrorCode.ParseError.getValue()
                        ? new MessageIssue(issue.getText(), ResponseErrorCode.InvalidParams.getValue(), issue.getCause())
                        : issue).toList();
                if (issues.size() > 1 && issues.stream().allMatch(i -> i.getIssueCode() == ResponseErrorCode.InvalidParams.getValue())) {
                    // LSP4J says InvalidRequest for several issues, though each is about the params
                    issues = List.of(new MessageIssue(issues.stream().map(MessageIssue::getText)
                            .collect(Collectors.joining("; ")), ResponseErrorCode.InvalidParams.getValue()));
                }
            }
            endpoint.handle(message, issues);
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
            if (request.getMethod() != null && request.getMethod().startsWith("$/")) {
                // LSP4J answers these with null; the protocol wants MethodNotFound for any it does not implement
                return reject(request, ResponseErrorCode.MethodNotFound, "unknown method " + request.getMethod());
            }
        } else if (message instanceof NotificationMessage notification) {
            return initializeReceived || "exit".equals(notification.getMethod());
        }
        return true;
    }

    private boolean hasParams(Message message) {
        if (message instanceof RequestMessage request && paramsMissing(request.getMethod(), request.getParams())) {
            return reject(request, ResponseErrorCode.InvalidParams, request.getMethod() + " needs params");
        }
        if (message instanceof NotificationMessage notification && paramsMissing(notification.getMethod(), notification.getParams())) {
            server.log().warn("dropped " + notification.getMethod() + " without params");
            return false;
        }
        return true;
    }

    /** LSP4J passes null params on to the service, whose methods all take them for granted. */
    private static boolean paramsMissing(String method, Object params) {
        JsonRpcMethod declared = method == null ? null : METHODS.get(method);
        return params == null && declared != null && declared.getParameterTypes().length > 0;
    }

    private boolean reject(RequestMessage request, ResponseErrorCode code, String text) {
        ResponseMessage response = new ResponseMessage();
        response.setRawId(request.getRawId());
        response.setError(new ResponseError(code, text, null));
        outgoing.consume(response);
        return false;
    }
}
