package dev.unspin.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** Serves the page's three files from the class path; every other path is a 404. */
final class StaticHandler implements HttpHandler {
    private record Asset(String contentType, byte[] bytes) {
    }

    private final Map<String, Asset> assets = Map.of(
            "/", load("index.html", "text/html; charset=utf-8"),
            "/app.css", load("app.css", "text/css; charset=utf-8"),
            "/app.js", load("app.js", "text/javascript; charset=utf-8"));

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        try {
            Asset asset = assets.get(path);
            if (asset == null) {
                throw Responses.notFound(exchange);
            }
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                throw Responses.methodNotAllowed(exchange, "GET, HEAD");
            }
            Responses.send(exchange, 200, asset.contentType(), asset.bytes());
        } catch (HttpError e) {
            RequestBody.drain(exchange.getRequestBody());
            if (path.startsWith("/api/")) {
                Responses.jsonError(exchange, e);
            } else {
                Responses.textError(exchange, e);
            }
        }
    }

    /** Read once at start: the files are small and a missing one is a packaging bug, found at once. */
    private static Asset load(String name, String contentType) {
        try (InputStream in = StaticHandler.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource dev/unspin/web/" + name + " in the jar");
            }
            return new Asset(contentType, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
