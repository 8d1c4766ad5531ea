package dev.unspin.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.unspin.engine.RestorationTooLargeException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;

/** {@code POST /api/check}: an article in, the {@code unspin-check} report with its restored text out. */
final class ApiHandler implements HttpHandler {
    static final String CHECK_PATH = "/api/check";

    private final WebCheck check;
    /** Turns at the CPU: taken only while checking, so a slow upload or download holds none. */
    private final Semaphore checks;
    private final PrintStream log;

    ApiHandler(WebCheck check, Semaphore checks, PrintStream log) {
        this.check = check;
        this.checks = checks;
        this.log = log;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            String body = check(exchange);
            Responses.send(exchange, 200, Responses.JSON, body.getBytes(StandardCharsets.UTF_8));
        } catch (HttpError e) {
            RequestBody.drain(exchange.getRequestBody());
            Responses.jsonError(exchange, e);
        } catch (RuntimeException e) {
            log.println("unspin web: internal error on " + exchange.getRequestURI() + ": " + e);
            Responses.jsonError(exchange, new HttpError(500, "internal error: " + e));
        }
    }

    private String check(HttpExchange exchange) throws IOException, HttpError {
        if (!CHECK_PATH.equals(exchange.getRequestURI().getPath())) {
            throw Responses.notFound(exchange);
        }
        if (!"POST".equals(exchange.getRequestMethod())) {
            throw Responses.methodNotAllowed(exchange, "POST");
        }
        String type = RequestBody.mediaType(exchange);
        ApiRequest request = switch (type) {
            case "application/json" -> ApiRequestParser.parse(RequestBody.utf8(exchange));
            case "text/plain" -> ApiRequest.of(RequestBody.utf8(exchange), null, null, null);
            default -> throw new HttpError(415, "Content-Type " + type
                    + " is not supported: send application/json ({\"text\": \"...\"}) or text/plain, in UTF-8");
        };
        ArticleText.require(request.path(), request.text());
        checks.acquireUninterruptibly();
        try {
            return check.run(request);
        } catch (RestorationTooLargeException e) {
            throw new HttpError(422, e.getMessage());
        } finally {
            checks.release();
        }
    }
}
