package dev.unspin.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageProducer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.json.ConcurrentMessageProcessor;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;
import org.eclipse.lsp4j.jsonrpc.validation.ReflectiveMessageValidator;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/** Connects an {@link UnspinLanguageServer} to a client over a pair of streams. */
public final class ServerLauncher {
    private ServerLauncher() {
    }

    /** A started-but-not-listening launcher; call {@code startListening()} on it. */
    public static Launcher<LanguageClient> create(InputStream in, OutputStream out, PrintStream log, IntConsumer exit,
            int maxDiagnostics) {
        return create(new UnspinLanguageServer(log, exit, maxDiagnostics), in, out, BoundedMessageProducer.DEFAULT_MAX_MESSAGE_BYTES, false);
    }

    /**
     * @param validateOutgoing whether the server's own messages are validated too, as tests do:
     *                         incoming ones always are (bad params get InvalidParams), but
     *                         validating a thousand diagnostics by reflection costs more than
     *                         making them, on every publish
     */
    static Launcher<LanguageClient> create(UnspinLanguageServer server, InputStream in, OutputStream out, int maxMessageBytes,
            boolean validateOutgoing) {
        LifecycleGuard guard = new LifecycleGuard(server);
        Launcher<LanguageClient> launcher = new LSPLauncher.Builder<LanguageClient>() {
            private MessageJsonHandler json;
            private RemoteEndpoint endpoint;

            @Override
            protected MessageJsonHandler createJsonHandler() {
                return new AnsweringJsonHandler(getSupportedMethods(), configureGson == null ? gson -> { } : configureGson);
            }

            @Override
            protected RemoteEndpoint createRemoteEndpoint(MessageJsonHandler jsonHandler) {
                json = jsonHandler;
                endpoint = super.createRemoteEndpoint(jsonHandler);
                return endpoint;
            }

            /** LSP4J's reader, replaced by one that survives a hostile stream. */
            @Override
            protected ConcurrentMessageProcessor createMessageProcessor(MessageProducer reader, MessageConsumer consumer,
                    LanguageClient client) {
                return super.createMessageProcessor(new BoundedMessageProducer(in, json, guard.issues(endpoint),
                        maxMessageBytes, server::refused), consumer, client);
            }
        }
                .setLocalService(server)
                .setRemoteInterface(LanguageClient.class)
                .setInput(in)
                .setOutput(out)
                .wrapMessages(validatedAndGuarded(guard, validateOutgoing))
                .setExceptionHandler(e -> error(server, e))
                .create();
        server.connect(launcher.getRemoteProxy());
        return launcher;
    }

    /** LSP4J wraps the outgoing stream first, then the incoming endpoint; the guard sees each message before the validator. */
    private static Function<MessageConsumer, MessageConsumer> validatedAndGuarded(LifecycleGuard guard, boolean validateOutgoing) {
        AtomicBoolean outgoingWrapped = new AtomicBoolean();
        return consumer -> {
            boolean outgoing = !outgoingWrapped.getAndSet(true);
            return guard.wrap(outgoing && !validateOutgoing ? consumer : outgoing ? new OutgoingValidator(consumer)
                    : new ReflectiveMessageValidator(consumer));
        };
    }

    /**
     * LSP4J's validator, except for an error answered with id null, which JSON-RPC prescribes for
     * a request whose id cannot be read (an object, say) and LSP4J's validator refuses.
     */
    private static final class OutgoingValidator extends ReflectiveMessageValidator {
        private final MessageConsumer consumer;

        OutgoingValidator(MessageConsumer consumer) {
            super(consumer);
            this.consumer = consumer;
        }

        @Override
        public void consume(Message message) {
            if (message instanceof ResponseMessage response && response.getRawId() == null && response.getError() != null) {
                consumer.consume(message);
            } else {
                super.consume(message);
            }
        }
    }

    /** A request of LSP the server does not offer: LSP4J's default method for it throws. */
    private static boolean unimplemented(Throwable cause) {
        StackTraceElement[] trace = cause.getStackTrace();
        return cause instanceof UnsupportedOperationException && trace.length > 0
                && trace[0].getClassName().startsWith("org.eclipse.lsp4j.services.");
    }

    /** Bad positions and arguments are the client's mistake (InvalidParams); anything else is logged as ours. */
    private static ResponseError error(UnspinLanguageServer server, Throwable e) {
        Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof ResponseErrorException r) {
            return r.getResponseError();
        }
        if (unimplemented(cause)) {
            return new ResponseError(ResponseErrorCode.MethodNotFound, "the unspin server does not implement this method", null);
        }
        if (cause instanceof IllegalArgumentException || cause instanceof IndexOutOfBoundsException) {
            return new ResponseError(ResponseErrorCode.InvalidParams, cause.getMessage(), null);
        }
        server.log().error("internal error", cause);
        return new ResponseError(ResponseErrorCode.InternalError, "internal error: " + cause, null);
    }
}
