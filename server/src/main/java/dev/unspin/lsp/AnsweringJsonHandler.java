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
 * parse exception for it, which its reader only logs, so the client would wait for ever.
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
        } catch (JsonParseException e) {
            RequestMessage request = requestOf(input);
            if (request == null) {
                throw e; // not a request: nothing to answer
            }
            throw new MessageIssueException(request, new MessageIssue("invalid params: " + e.getMessage(),
                    ResponseErrorCode.InvalidParams.getValue()));
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

    /** The id and method of a request in JSON that parses, else null. */
    private static RequestMessage requestOf(CharSequence input) {
        JsonElement json;
        try {
            json = JsonParser.parseString(input.toString());
        } catch (JsonParseException | StackOverflowError e) {
            return null;
        }
        if (!(json instanceof JsonObject object) || !(object.get("method") instanceof JsonPrimitive method)
                || !method.isString() || !(object.get("id") instanceof JsonPrimitive id) || id.isBoolean()) {
            return null;
        }
        RequestMessage request = new RequestMessage();
        request.setJsonrpc("2.0");
        request.setMethod(method.getAsString());
        request.setParams(object.get("params"));
        request.setRawId(id.isString() ? Either.forLeft(id.getAsString()) : Either.forRight(id.getAsNumber()));
        return request;
    }
}
