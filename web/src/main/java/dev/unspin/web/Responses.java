package dev.unspin.web;

import com.google.gson.stream.JsonWriter;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Writes responses, every one with the headers that keep the page to its own origin. */
final class Responses {
    static final String JSON = "application/json; charset=utf-8";
    static final String TEXT = "text/plain; charset=utf-8";

    /** The page loads nothing from anywhere else, and no other site may frame it. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private Responses() {
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", contentType);
        headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("Cache-Control", "no-cache");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    /** An API error: {@code {"status": 413, "error": "..."}}. */
    static void jsonError(HttpExchange exchange, HttpError error) throws IOException {
        StringWriter body = new StringWriter();
        try (JsonWriter json = new JsonWriter(body)) {
            json.beginObject().name("status").value(error.status()).name("error").value(error.getMessage()).endObject();
        }
        send(exchange, error.status(), JSON, (body + "\n").getBytes(StandardCharsets.UTF_8));
    }

    static void textError(HttpExchange exchange, HttpError error) throws IOException {
        send(exchange, error.status(), TEXT, (error.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
    }

    static HttpError methodNotAllowed(HttpExchange exchange, String allowed) {
        exchange.getResponseHeaders().set("Allow", allowed);
        return new HttpError(405, exchange.getRequestMethod() + " is not allowed on " + exchange.getRequestURI().getPath()
                + ": use " + allowed);
    }

    static HttpError notFound(HttpExchange exchange) {
        return new HttpError(404, "no such page: " + exchange.getRequestURI().getPath()
                + " (the page is /, the API is POST /api/check)");
    }
}
