package dev.unspin.lsp;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.lsp4j.jsonrpc.MessageIssueException;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.MessageIssue;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * LSP4J's JSON handler, except that a request whose params it cannot bind (an array of the wrong
 * length, say) is answered with InvalidParams instead of being dropped: LSP4J throws a plain
 * parse exception for it, which its reader only logs, so the client would wait for ever. So is a
 * request whose id LSP4J cannot read (LSP's ids are strings or 32-bit integers): one with a
 * number out of range ({@code 2^64}, {@code 1e400}, {@code 1.5}) is answered InvalidRequest with
 * that id, one with an object, an array or a boolean InvalidRequest with id null.
 */
final class AnsweringJsonHandler extends MessageJsonHandler {
    AnsweringJsonHandler(Map<String, JsonRpcMethod> methods, Consumer<GsonBuilder> configureGson) {
        super(methods, configureGson);
    }

    @Override
    public Message parseMessage(CharSequence input) {
        return parse(input.toString());
    }

    @Override
    public Message parseMessage(Reader input) {
        try {
            return parse(readAll(input));
        } catch (IOException e) {
            throw new JsonParseException(e);
        }
    }

    private Message parse(String input) {
        try {
            return super.parseMessage(new StringReader(input));
        } catch (JsonParseException | NumberFormatException e) {
            JsonObject object = requestObject(input);
            if (object == null) {
                throw e; // not a request: nothing to answer
            }
            JsonElement id = object.get("id");
            if (isLspId(id)) {
                throw new MessageIssueException(request(object, idOf((JsonPrimitive) id)),
                        new MessageIssue("invalid params: " + e.getMessage(), ResponseErrorCode.InvalidParams.getValue()));
            }
            boolean number = id instanceof JsonPrimitive primitive && primitive.isNumber();
            throw new MessageIssueException(request(object, number ? idOf((JsonPrimitive) id) : null),
                    new MessageIssue("invalid request id " + id + ": ids are strings or integers from -2^31 to 2^31 - 1",
                            ResponseErrorCode.InvalidRequest.getValue()));
        }
    }

    /** Whether an id is one LSP allows: a string, or an integer that fits in 32 bits. */
    private static boolean isLspId(JsonElement id) {
        if (!(id instanceof JsonPrimitive primitive) || primitive.isBoolean()) {
            return false;
        }
        if (primitive.isString()) {
            return true;
        }
        try {
            new BigDecimal(primitive.getAsString()).intValueExact();
            return true;
        } catch (ArithmeticException | NumberFormatException e) {
            return false;
        }
    }

    private static String readAll(Reader input) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n; (n = input.read(buffer)) >= 0; ) {
            text.append(buffer, 0, n);
        }
        return text.toString();
    }

    /** A request in JSON that parses (an object with a method and an id), else null. */
    private static JsonObject requestObject(CharSequence input) {
        JsonElement json;
        try {
            json = JsonParser.parseString(input.toString());
        } catch (JsonParseException | StackOverflowError e) {
            return null;
        }
        if (!(json instanceof JsonObject object) || !(object.get("method") instanceof JsonPrimitive method)
                || !method.isString() || !object.has("id")) {
            return null;
        }
        return object;
    }

    /** An id as written: a number keeps its text ({@code 1e400} is answered as {@code 1e400}). */
    private static Either<String, Number> idOf(JsonPrimitive id) {
        return id.isString() ? Either.forLeft(id.getAsString()) : Either.forRight(id.getAsNumber());
    }

    /** The request to answer, with the given id (null when it has none that can be written back). */
    private static RequestMessage request(JsonObject object, Either<String, Number> id) {
        RequestMessage request = new RequestMessage();
        request.setJsonrpc("2.0");
        request.setMethod(object.get("method").getAsString());
        request.setParams(object.get("params"));
        request.setRawId(id);
        return request;
    }
}
