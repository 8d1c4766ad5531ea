package dev.unspin.spark;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Reads one line of a JSON Lines file: an object with an id field and a text field. */
final class JsonLines {
    private JsonLines() {
    }

    /**
     * The document of a line, or a malformed one that says why (bad UTF-8, not JSON, not an object, no
     * text). A line without an id is named by its file and byte offset.
     */
    static Document read(byte[] bytes, int length, String source, long offset, String idField, String textField) {
        String line;
        try {
            line = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length)).toString();
        } catch (CharacterCodingException e) {
            return Document.badJsonLine(null, source, offset, where(source, offset) + ": not valid UTF-8");
        }
        JsonObject object;
        try {
            JsonElement parsed = JsonParser.parseString(line);
            if (!parsed.isJsonObject()) {
                return Document.badJsonLine(null, source, offset, where(source, offset) + ": not a JSON object");
            }
            object = parsed.getAsJsonObject();
        } catch (JsonParseException e) {
            String why = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            return Document.badJsonLine(null, source, offset, where(source, offset) + ": not JSON ("
                    + why.lines().findFirst().orElse(why) + ")"); // without Gson's troubleshooting link
        }
        String id = scalar(object.get(idField));
        JsonElement text = object.get(textField);
        if (text == null || !text.isJsonPrimitive() || !text.getAsJsonPrimitive().isString()) {
            return Document.badJsonLine(id, source, offset, where(source, offset) + ": no string field '" + textField
                    + "' (name the text's field with --text-field)");
        }
        return Document.jsonLine(id, source, offset, text.getAsString());
    }

    /** A string or number as a string; null for anything else. */
    private static String scalar(JsonElement element) {
        return element != null && element.isJsonPrimitive() ? element.getAsString() : null;
    }

    private static String where(String source, long offset) {
        return source + ", line at byte " + offset;
    }
}
