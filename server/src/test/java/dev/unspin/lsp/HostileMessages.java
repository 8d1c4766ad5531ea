package dev.unspin.lsp;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates malformed and hostile JSON-RPC messages from a seeded {@link Random}: valid messages
 * with parts removed or replaced by values of the wrong type or range, unknown methods, broken
 * JSON and broken frames. Each says what the server must do with it.
 */
final class HostileMessages {
    /** What the server must answer. */
    enum Answer {
        /** a response with the request's id: a result or an error other than InternalError */
        RESPONSE,
        /** a response with the request's id and error MethodNotFound */
        METHOD_NOT_FOUND,
        /** no response is due (a notification, or a message without a usable id) */
        NONE,
        /** the frame itself is broken: what follows may be read as part of it until the reader finds the next header */
        FRAMING
    }

    /** One message: its bytes, what it is, the id a response must carry (or null), and how many bytes it may swallow. */
    record Message(String kind, byte[] bytes, Answer answer, String id, int overrun) {
    }

    static final List<String> REQUESTS = List.of("textDocument/hover", "textDocument/codeAction",
            "textDocument/diagnostic", "workspace/executeCommand");
    /** Requests of LSP the server does not implement. */
    static final List<String> UNIMPLEMENTED = List.of("textDocument/completion", "textDocument/definition",
            "textDocument/formatting", "workspace/symbol", "textDocument/rename", "textDocument/documentSymbol");
    static final List<String> NOTIFICATIONS = List.of("textDocument/didOpen", "textDocument/didChange",
            "textDocument/didClose", "textDocument/didSave", "workspace/didChangeConfiguration",
            "workspace/didChangeWatchedFiles", "$/cancelRequest", "$/setTrace", "initialized");

    private final Random random;
    private final List<String> uris;
    private int nextId;

    HostileMessages(Random random, List<String> uris) {
        this.random = random;
        this.uris = uris;
    }

    Message next() {
        int roll = random.nextInt(100);
        if (roll < 30) {
            return mutatedRequest();
        }
        if (roll < 45) {
            return validRequest();
        }
        if (roll < 62) {
            return mutatedNotification();
        }
        if (roll < 72) {
            return unknownMethod();
        }
        if (roll < 86) {
            return brokenJson();
        }
        if (roll < 94) {
            return brokenFrame();
        }
        return odd();
    }

    /** A request of any kind (valid, mutated, unimplemented, unknown), for the phases where all get one error. */
    Message anyRequest() {
        Message message;
        do {
            message = switch (random.nextInt(3)) {
                case 0 -> validRequest();
                case 1 -> mutatedRequest();
                default -> unknownMethod();
            };
        } while (message.id() == null);
        return message;
    }

    // --- requests

    private String id() {
        return Integer.toString(1_000_000 + nextId++);
    }

    /** A request id as JSON: mostly numbers, sometimes strings, some of them odd. */
    private String idJson(String id) {
        return switch (random.nextInt(6)) {
            case 0 -> "\"" + id + "\"";
            case 1 -> "\"\u00e9" + id + "\"";
            default -> id;
        };
    }

    private Message request(String kind, String method, JsonElement params, Answer answer) {
        String id = id();
        String idJson = idJson(id);
        JsonObject message = new JsonObject();
        message.addProperty("jsonrpc", "2.0");
        message.add("id", JsonParser.parseString(idJson));
        message.addProperty("method", method);
        if (params != null) {
            message.add("params", params);
        }
        return new Message(kind, frame(message.toString()), answer, JsonParser.parseString(idJson).toString(), 0);
    }

    private Message validRequest() {
        String method = pick(REQUESTS);
        return request("valid " + method, method, paramsFor(method), Answer.RESPONSE);
    }

    private Message mutatedRequest() {
        String method = pick(REQUESTS);
        JsonElement params = paramsFor(method);
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            params = mutate(params);
        }
        return request("mutated " + method, method, params, Answer.RESPONSE);
    }

    private Message unknownMethod() {
        int roll = random.nextInt(4);
        if (roll == 0) {
            String method = pick(UNIMPLEMENTED);
            JsonObject params = json("{\"textDocument\":{\"uri\":" + q(pick(uris)) + "},\"position\":{\"line\":0,\"character\":0}}")
                    .getAsJsonObject();
            params.addProperty("query", "x");
            params.addProperty("newName", "x");
            params.add("options", json("{\"tabSize\":4,\"insertSpaces\":true}"));
            return request("unimplemented " + method, method, params, Answer.METHOD_NOT_FOUND);
        }
        String method = (random.nextBoolean() ? "$/" : "") + pick(List.of("unspin/nothing", "foo", "", "textDocument/",
                "textDocument/hover/extra", "workspace/\ud800", "x".repeat(10_000)));
        if (roll == 1) {
            return request(method.startsWith("$/") ? "unknown $/ request" : "unknown request", method, randomValue(2), Answer.METHOD_NOT_FOUND);
        }
        JsonObject message = new JsonObject();
        message.addProperty("jsonrpc", "2.0");
        message.addProperty("method", method);
        message.add("params", randomValue(2));
        return new Message("unknown notification", frame(message.toString()), Answer.NONE, null, 0);
    }

    // --- notifications

    private Message mutatedNotification() {
        String method = pick(NOTIFICATIONS);
        JsonElement params = paramsFor(method);
        int mutations = random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            params = mutate(params);
        }
        JsonObject message = new JsonObject();
        message.addProperty("jsonrpc", "2.0");
        message.addProperty("method", method);
        message.add("params", params);
        return new Message((mutations == 0 ? "valid " : "mutated ") + method, frame(message.toString()), Answer.NONE, null, 0);
    }

    // --- params of each method, valid before mutation

    private JsonElement paramsFor(String method) {
        String uri = random.nextInt(8) == 0 ? "file:///not/open-" + random.nextInt(3) + ".txt" : pick(uris);
        return switch (method) {
            case "textDocument/hover" -> json("{\"textDocument\":{\"uri\":" + q(uri) + "},\"position\":" + position() + "}");
            case "textDocument/codeAction" -> json("{\"textDocument\":{\"uri\":" + q(uri) + "},\"range\":" + range()
                    + ",\"context\":{\"diagnostics\":[" + (random.nextBoolean() ? "" : diagnostic()) + "]}}");
            case "textDocument/diagnostic" -> json("{\"textDocument\":{\"uri\":" + q(uri) + "}}");
            case "workspace/executeCommand" -> random.nextBoolean()
                    ? json("{\"command\":\"unspin.ignoreInWorkspace\",\"arguments\":[" + q(pick(List.of("mentioned",
                            "Bad Id", "", "coverage-shift"))) + "]}")
                    : json("{\"command\":\"unspin.addMapping\",\"arguments\":[{\"uri\":" + q(uri) + ",\"spun\":"
                            + q(pick(List.of("fuzzed phrase", "", "a => b", "x|y"))) + ",\"line\":" + number() + "}]}");
            case "textDocument/didOpen" -> json("{\"textDocument\":{\"uri\":" + q(pick(List.of(uri,
                    "file:///fuzz/opened-" + random.nextInt(4) + ".txt"))) + ",\"languageId\":\"plaintext\",\"version\":"
                    + random.nextInt(100) + ",\"text\":" + q(text()) + "}}");
            case "textDocument/didChange" -> json("{\"textDocument\":{\"uri\":" + q(uri) + ",\"version\":"
                    + random.nextInt(1000) + "},\"contentChanges\":[" + (random.nextInt(4) == 0
                            ? "{\"text\":" + q(text()) + "}" : "{\"range\":" + range() + ",\"text\":" + q(text()) + "}") + "]}");
            case "textDocument/didClose", "textDocument/didSave" -> json("{\"textDocument\":{\"uri\":"
                    + q(random.nextInt(4) == 0 ? uri : "file:///fuzz/opened-" + random.nextInt(4) + ".txt") + "}}");
            case "workspace/didChangeConfiguration" -> json("{\"settings\":{\"unspin\":{\"debounceMs\":" + number()
                    + ",\"minConfidence\":" + q(pick(List.of("possible", "likely", "surely"))) + "}}}");
            case "workspace/didChangeWatchedFiles" -> json("{\"changes\":[{\"uri\":" + q(uri) + ",\"type\":" + number() + "}]}");
            case "$/cancelRequest" -> json("{\"id\":" + (1_000_000 + random.nextInt(Math.max(1, nextId))) + "}");
            case "$/setTrace" -> json("{\"value\":" + q(pick(List.of("off", "messages", "verbose", "loud"))) + "}");
            default -> new JsonObject();
        };
    }

    private String position() {
        return "{\"line\":" + number() + ",\"character\":" + number() + "}";
    }

    private String range() {
        return "{\"start\":" + position() + ",\"end\":" + position() + "}";
    }

    private String diagnostic() {
        return "{\"range\":" + range() + ",\"message\":\"m\",\"code\":" + q(pick(List.of("mentioned", "nothing")))
                + ",\"data\":{\"entry\":\"mentioned\",\"spun\":" + q(text()) + ",\"replacements\":[\"said\"]}}";
    }

    /** Mostly small positions in a short document, sometimes past its end or out of int range. */
    private String number() {
        return switch (random.nextInt(10)) {
            case 0 -> "-1";
            case 1 -> "2147483647";
            case 2 -> pick(List.of("-2147483648", "2147483648", "1e300", "1.5", "-0", "99999999999999999999"));
            default -> Integer.toString(random.nextInt(12));
        };
    }

    /** Short text with the odd characters an editor can send. */
    private String text() {
        StringBuilder s = new StringBuilder();
        int parts = random.nextInt(5);
        for (int i = 0; i < parts; i++) {
            s.append(pick(List.of("mentioned ", "coverage shift", "\r\n", "\n", "\r", "\ud83d\ude00", "\ud800", "\udc00",
                    "\u0000", "\ufeff", "e\u0301", "\u4e2d\u6587", "White Home ", "information convention. ")));
        }
        return s.toString();
    }

    // --- mutation

    /** Replaces a random node of the tree by a hostile value, or removes or adds a member. */
    private JsonElement mutate(JsonElement root) {
        List<JsonElement> containers = new ArrayList<>();
        collect(root, containers);
        if (containers.isEmpty() || random.nextInt(10) == 0) {
            return randomValue(2);
        }
        JsonElement target = pick(containers);
        if (target instanceof JsonObject object && !object.keySet().isEmpty()) {
            String key = pick(new ArrayList<>(object.keySet()));
            switch (random.nextInt(3)) {
                case 0 -> object.remove(key);
                case 1 -> object.add(key, randomValue(2));
                default -> object.add("extra" + random.nextInt(3), randomValue(1));
            }
        } else if (target instanceof JsonArray array) {
            if (!array.isEmpty() && random.nextBoolean()) {
                array.set(random.nextInt(array.size()), randomValue(2));
            } else {
                array.add(randomValue(2));
            }
        }
        return root;
    }

    private static void collect(JsonElement node, List<JsonElement> containers) {
        if (node.isJsonObject()) {
            containers.add(node);
            node.getAsJsonObject().entrySet().forEach(e -> collect(e.getValue(), containers));
        } else if (node.isJsonArray()) {
            containers.add(node);
            node.getAsJsonArray().forEach(e -> collect(e, containers));
        }
    }

    /** A value of any JSON type, including extremes. */
    JsonElement randomValue(int depth) {
        return switch (random.nextInt(depth > 0 ? 14 : 11)) {
            case 0 -> JsonNull.INSTANCE;
            case 1 -> new JsonPrimitive(random.nextBoolean());
            case 2 -> json(number());
            case 3 -> new JsonPrimitive(random.nextLong());
            case 4 -> new JsonPrimitive("");
            case 5 -> new JsonPrimitive(text());
            case 6 -> new JsonPrimitive("\ud800\udfff\udbff");
            case 7 -> new JsonPrimitive("x".repeat(random.nextInt(200_000)));
            case 8 -> json("1e400");
            case 9 -> new JsonArray();
            case 10 -> new JsonObject();
            case 11 -> {
                JsonArray array = new JsonArray();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(randomValue(depth - 1));
                }
                yield array;
            }
            default -> {
                JsonObject object = new JsonObject();
                for (int i = random.nextInt(4); i > 0; i--) {
                    object.add(pick(List.of("uri", "line", "character", "text", "range", "textDocument", "x")),
                            randomValue(depth - 1));
                }
                yield object;
            }
        };
    }

    // --- broken JSON and frames

    private Message brokenJson() {
        String valid = "{\"jsonrpc\":\"2.0\",\"id\":" + id() + ",\"method\":\"textDocument/hover\",\"params\":"
                + paramsFor("textDocument/hover") + "}";
        byte[] body = switch (random.nextInt(10)) {
            case 0 -> valid.substring(0, random.nextInt(valid.length())).getBytes(StandardCharsets.UTF_8);
            case 1 -> randomBytes(1 + random.nextInt(300));
            case 2 -> pick(List.of("[]", "null", "123", "\"x\"", "{}", "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"shutdown\"}]"))
                    .getBytes(StandardCharsets.UTF_8);
            case 3 -> ("{\"jsonrpc\":\"2.0\",\"id\":" + pick(List.of("{}", "[]", "true", "1.5e999")) + ",\"method\":\"textDocument/hover\"}")
                    .getBytes(StandardCharsets.UTF_8);
            case 4 -> ("{\"jsonrpc\":\"2.0\",\"id\":" + (5_000_000 + random.nextInt(100)) + ",\"result\":null}")
                    .getBytes(StandardCharsets.UTF_8); // a response to nothing
            case 5 -> ("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":"
                    + "[".repeat(5_000 + random.nextInt(50_000)) + "]}").getBytes(StandardCharsets.UTF_8);
            case 6 -> {
                byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
                bytes[random.nextInt(bytes.length)] = (byte) (0x80 + random.nextInt(0x80)); // invalid UTF-8
                yield bytes;
            }
            case 7 -> ("{\"jsonrpc\":\"1.0\",\"method\":1,\"params\":{}}").getBytes(StandardCharsets.UTF_8);
            case 8 -> valid.replace("\"jsonrpc\":\"2.0\",", "").replace("{", "{ /* comment */ ").getBytes(StandardCharsets.UTF_8);
            default -> ("{\"jsonrpc\":\"2.0\",\"id\":" + id() + "}").getBytes(StandardCharsets.UTF_8);
        };
        return new Message("broken JSON", RawConnection.frame(body), Answer.NONE, null, 0);
    }

    private Message brokenFrame() {
        byte[] body = ("{\"jsonrpc\":\"2.0\",\"method\":\"$/unspin/fuzz\",\"params\":" + q(text()) + "}")
                .getBytes(StandardCharsets.UTF_8);
        int extra = 1 + random.nextInt(2_000);
        String header = switch (random.nextInt(8)) {
            case 0 -> "Content-Length: " + (body.length + extra) + "\r\n\r\n";
            case 1 -> "Content-Length: " + random.nextInt(body.length) + "\r\n\r\n";
            case 2 -> "Content-Length: " + pick(List.of("abc", "-5", "", "1e3", "99999999999999", " ")) + "\r\n\r\n";
            case 3 -> "";
            case 4 -> "content-length: " + body.length + "\r\n\r\n";
            case 5 -> "Content-Length: " + body.length + "\r\n";
            case 6 -> "\r\n\r\nContent-Length: " + body.length + "\r\n\r\n";
            default -> "Content-Length: " + body.length + "\nContent-Length: " + (body.length + extra) + "\n\n";
        };
        byte[] head = header.getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[head.length + body.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        System.arraycopy(body, 0, bytes, head.length, body.length);
        return new Message("broken frame", bytes, Answer.FRAMING, null, extra);
    }

    /** Frames that are odd but well-formed: extra headers, another charset, a big payload. */
    private Message odd() {
        String id = id();
        String body = "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"textDocument/hover\",\"params\":"
                + paramsFor("textDocument/hover") + "}";
        return switch (random.nextInt(4)) {
            case 0 -> new Message("extra headers", ("X-Unknown: 1\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n"
                    + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body)
                    .getBytes(StandardCharsets.UTF_8), Answer.RESPONSE, id, 0);
            case 1 -> new Message("unknown charset", ("Content-Type: application/vscode-jsonrpc; charset=no-such-charset\r\n"
                    + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body)
                    .getBytes(StandardCharsets.UTF_8), Answer.NONE, null, 0);
            case 2 -> {
                String huge = "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"unspin/huge\",\"params\":{\"text\":"
                        + q("spun text ".repeat(100_000 + random.nextInt(200_000))) + "}}";
                yield new Message("huge payload", frame(huge), Answer.METHOD_NOT_FOUND, id, 0);
            }
            default -> new Message("lone surrogates", frame("{\"jsonrpc\":\"2.0\",\"id\":" + id
                    + ",\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":{\"uri\":\"file:///\\udc00\\ud800\"},"
                    + "\"position\":{\"line\":0,\"character\":0}}}"), Answer.RESPONSE, id, 0);
        };
    }

    // --- helpers

    private byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static JsonElement json(String text) {
        return JsonParser.parseString(text);
    }

    private static String q(String s) {
        return RawConnection.quote(s);
    }

    /** Frames JSON text, writing lone surrogates as escapes: as raw chars they could not be encoded in UTF-8. */
    static byte[] frame(String json) {
        StringBuilder escaped = new StringBuilder(json.length());
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < json.length() && Character.isLowSurrogate(json.charAt(i + 1));
            if (paired) {
                escaped.append(c).append(json.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                escaped.append(String.format("\\u%04x", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return RawConnection.frame(escaped.toString().getBytes(StandardCharsets.UTF_8));
    }
}
