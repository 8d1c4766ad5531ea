package dev.unspin.web;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import dev.unspin.dictionary.Confidence;
import dev.unspin.document.DocumentFormat;
import java.io.EOFException;
import java.io.IOException;
import java.io.StringReader;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads a check request body: {@code {"text": ..., "path": ..., "format": ..., "minConfidence": ...}}.
 * Strict, so that a typo in a field name or a stray comma is reported instead of silently ignored.
 */
final class ApiRequestParser {
    static final String FIELDS = "text, path, format, minConfidence";

    private ApiRequestParser() {
    }

    static ApiRequest parse(String body) throws HttpError {
        if (body.isBlank()) {
            throw bad("malformed JSON: the body is empty; send an object such as {\"text\": \"...\"}");
        }
        JsonReader json = new JsonReader(new StringReader(body));
        json.setStrictness(Strictness.STRICT);
        try {
            return read(json);
        } catch (MalformedJsonException | IllegalStateException | NumberFormatException e) {
            throw bad("malformed JSON: " + withoutHelpLink(e.getMessage()));
        } catch (EOFException e) {
            throw bad("malformed JSON: the body ends early, at " + json.getPath() + " (" + withoutHelpLink(e.getMessage()) + ")");
        } catch (IOException e) {
            throw bad("malformed JSON: " + e.getMessage());
        }
    }

    private static ApiRequest read(JsonReader json) throws IOException, HttpError {
        if (json.peek() != JsonToken.BEGIN_OBJECT) {
            throw bad("the body must be a JSON object such as {\"text\": \"...\"}, not " + describe(json.peek()));
        }
        json.beginObject();
        String text = null;
        String path = null;
        DocumentFormat format = null;
        Confidence minConfidence = null;
        Set<String> seen = new HashSet<>();
        while (json.hasNext()) {
            String name = json.nextName();
            if (!seen.add(name)) {
                throw bad("field '" + name + "' appears twice");
            }
            switch (name) {
                case "text" -> text = string(json, name);
                case "path" -> path = string(json, name);
                case "format" -> {
                    String id = string(json, name);
                    format = DocumentFormat.parse(id).orElseThrow(() -> bad(
                            "field 'format' is '" + id + "': use plaintext, markdown or html"));
                }
                case "minConfidence" -> {
                    String label = string(json, name);
                    minConfidence = Confidence.parse(label).orElseThrow(() -> bad(
                            "field 'minConfidence' is '" + label + "': use certain, likely or possible, "
                                    + "or leave it out to let the article's evidence decide"));
                }
                default -> throw bad("unknown field '" + name + "': the fields are " + FIELDS);
            }
        }
        json.endObject();
        if (!atEnd(json)) {
            throw bad("malformed JSON: there is more after the object's closing brace");
        }
        if (text == null) {
            throw bad("field 'text' is missing: send the article as {\"text\": \"...\"}");
        }
        return ApiRequest.of(text, path, format, minConfidence);
    }

    private static boolean atEnd(JsonReader json) throws IOException {
        try {
            return json.peek() == JsonToken.END_DOCUMENT;
        } catch (MalformedJsonException e) {
            return false; // a second value after the first, which strict JSON forbids
        }
    }

    private static String string(JsonReader json, String field) throws IOException, HttpError {
        JsonToken token = json.peek();
        if (token != JsonToken.STRING) {
            throw bad("field '" + field + "' must be a string, not " + describe(token));
        }
        return json.nextString();
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case BEGIN_ARRAY -> "an array";
            case BEGIN_OBJECT -> "an object";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            case STRING -> "a string";
            default -> token.toString().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** Gson's messages speak to Java programmers (a setting, a link); the caller needs only the problem. */
    private static String withoutHelpLink(String message) {
        int see = message.indexOf("\nSee ");
        String problem = see < 0 ? message : message.substring(0, see);
        return problem.replace("Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON", "unexpected text");
    }

    private static HttpError bad(String message) {
        return new HttpError(400, message);
    }
}
