package dev.unspin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.unspin.report.SchemaValidation;
import dev.unspin.dictionary.DefaultDictionary;
import dev.unspin.engine.Engine;
import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The JSON API over real HTTP on an ephemeral localhost port: the schema, then every bad input. */
class WebApiTest {
    static final Path REPO = Path.of(System.getProperty("unspin.repo", ".."));
    static final String SEED = "nytimes-2024-05-31-blinken-prague-ukraine-weapons.txt";

    static WebServer server;
    static URI base;

    @BeforeAll
    static void start() throws Exception {
        Engine engine = new Engine(DefaultDictionary.load());
        server = WebServer.start(engine, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                new PrintStream(System.err, true, StandardCharsets.UTF_8));
        base = server.uri();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String seed(String folder) throws Exception {
        return Files.readString(REPO.resolve("seeds").resolve(folder).resolve(SEED), StandardCharsets.UTF_8);
    }

    static String json(String text, String... fields) {
        JsonObject request = new JsonObject();
        request.addProperty("text", text);
        for (int i = 0; i < fields.length; i += 2) {
            request.addProperty(fields[i], fields[i + 1]);
        }
        return request.toString();
    }

    static JsonObject file(HttpResponse<String> response) {
        return JsonParser.parseString(response.body()).getAsJsonObject().getAsJsonArray("files").get(0).getAsJsonObject();
    }

    // ---- answers ------------------------------------------------------------------------------

    @Test
    void spunSeedGetsAReportInTheCheckSchemaAndTheReferenceRestoration() throws Exception {
        HttpResponse<String> response = Http.postJson(base, json(seed("spun")));
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("application/json; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("", SchemaValidation.checkJsonViolations(response.body()));
        JsonObject file = file(response);
        assertEquals("<request>", file.get("path").getAsString());
        assertTrue(file.getAsJsonArray("findings").size() > 100, "the spun seed has many findings");
        assertEquals(seed("restored"), file.get("restored").getAsString(),
                "the default: the article's evidence decides, as unspin restore does");
    }

    @Test
    void plainTextBodiesAreCheckedToo() throws Exception {
        HttpResponse<String> response = Http.post(base, "/api/check", "text/plain; charset=UTF-8",
                seed("spun").getBytes(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("", SchemaValidation.checkJsonViolations(response.body()));
        assertEquals(seed("restored"), file(response).get("restored").getAsString());
    }

    @Test
    void minConfidenceLeavesOutLessSureFindingsAndIsReported() throws Exception {
        HttpResponse<String> response = Http.postJson(base, json("Officials mentioned a coverage shift at an information convention.",
                "minConfidence", "certain"));
        assertEquals(200, response.statusCode(), response.body());
        JsonObject report = JsonParser.parseString(response.body()).getAsJsonObject();
        assertEquals("certain", report.get("minConfidence").getAsString());
        JsonObject file = file(response);
        assertEquals(1, file.getAsJsonArray("findings").size(), response.body());
        assertEquals("Officials mentioned a coverage shift at a news conference.", file.get("restored").getAsString());
    }

    @Test
    void markdownPathChoosesTheFormatSoCodeIsLeftAlone() throws Exception {
        String text = "Officials *mentioned* it.\n\n```\nmentioned\n```\n";
        HttpResponse<String> response = Http.postJson(base, json(text, "path", "story.md", "minConfidence", "possible"));
        assertEquals(200, response.statusCode(), response.body());
        JsonObject file = file(response);
        assertEquals("story.md", file.get("path").getAsString());
        assertEquals(1, file.getAsJsonArray("findings").size(), response.body());
        assertEquals("Officials *said* it.\n\n```\nmentioned\n```\n", file.get("restored").getAsString());
    }

    @Test
    void htmlReplacementsAreEscapedAndLocatedInTheSource() throws Exception {
        String text = "<p title=\"mentioned\">Officials mentioned it.</p>\n";
        HttpResponse<String> response = Http.postJson(base, json(text, "format", "html", "minConfidence", "possible"));
        assertEquals(200, response.statusCode(), response.body());
        JsonObject finding = file(response).getAsJsonArray("findings").get(0).getAsJsonObject();
        assertEquals(32, finding.get("column").getAsInt(), response.body());
        assertEquals("<p title=\"mentioned\">Officials said it.</p>\n", file(response).get("restored").getAsString());
    }

    @Test
    void emptyTextIsAnEmptyReport() throws Exception {
        HttpResponse<String> response = Http.postJson(base, json(""));
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("", SchemaValidation.checkJsonViolations(response.body()));
        assertEquals(0, file(response).get("words").getAsInt());
    }

    // ---- bad input ----------------------------------------------------------------------------

    static JsonObject error(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/json; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        JsonObject error = JsonParser.parseString(response.body()).getAsJsonObject();
        assertEquals(status, error.get("status").getAsInt());
        return error;
    }

    static void assertError(HttpResponse<String> response, int status, String expectedPart) {
        String message = error(response, status).get("error").getAsString();
        assertTrue(message.contains(expectedPart), "expected '" + expectedPart + "' in: " + message);
    }

    @Test
    void oversizedBodyWithALengthIs413() throws Exception {
        byte[] body = new byte[RequestBody.MAX_BYTES + 1];
        java.util.Arrays.fill(body, (byte) 'a');
        assertError(Http.post(base, "/api/check", "text/plain", body), 413,
                "the body is too large (1048577 bytes): the limit is 1048576 bytes");
    }

    @Test
    void oversizedChunkedBodyIs413() throws Exception {
        byte[] body = new byte[3 * RequestBody.MAX_BYTES];
        java.util.Arrays.fill(body, (byte) 'a');
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/check")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        assertError(Http.send(request), 413, "the body is too large (more than 1048576 bytes)");
    }

    @Test
    void aBodyOfExactlyTheLimitIsAccepted() throws Exception {
        byte[] body = new byte[RequestBody.MAX_BYTES];
        java.util.Arrays.fill(body, (byte) 'a');
        assertEquals(200, Http.post(base, "/api/check", "text/plain", body).statusCode());
    }

    @Test
    void invalidUtf8Is400NamingTheByte() throws Exception {
        byte[] body = "{\"text\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertError(Http.post(base, "/api/check", "application/json", body), 400,
                "the body is not valid UTF-8 at line 1, column 14: invalid UTF-8 (byte 0xE9 at byte offset 13)");
    }

    @Test
    void aNulCharacterIs422AtItsLineAndColumnAsCheckRefusesIt() throws Exception {
        // JSON's \u0000 escape spells what `check` reads as a binary file.
        assertError(Http.postJson(base, "{\"text\": \"Officials\\nsaid \\u0000 it.\", \"path\": \"a.txt\"}"), 422,
                "a.txt:2:6: looks binary (NUL character at character offset 15)");
        assertError(Http.post(base, "/api/check", "text/plain", "a\0b".getBytes(StandardCharsets.UTF_8)), 422,
                "<request>:1:2: looks binary (NUL character at character offset 1)");
    }

    @Test
    void aLoneSurrogateIs422InsteadOfAQuestionMark() throws Exception {
        assertError(Http.postJson(base, "{\"text\": \"Officials mentioned \\ud800 it.\"}"), 422,
                "<request>:1:21: a lone surrogate (\\uD800 at character offset 20) is not a character");
        assertError(Http.postJson(base, "{\"text\": \"a\\udc00\"}"), 422, "<request>:1:2: a lone surrogate (\\uDC00");
        assertError(Http.postJson(base, "{\"text\": \"a\\ud800\"}"), 422, "<request>:1:2: a lone surrogate (\\uD800");
        HttpResponse<String> pair = Http.postJson(base, "{\"text\": \"a \\ud83d\\ude00 mentioned\"}");
        assertEquals(200, pair.statusCode(), pair.body());
        assertTrue(file(pair).get("restored").getAsString().startsWith("a \ud83d\ude00 "), pair.body());
    }

    @Test
    void anotherCharsetIs415() throws Exception {
        byte[] body = "{\"text\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertError(Http.post(base, "/api/check", "application/json; charset=ISO-8859-1", body), 415,
                "charset ISO-8859-1 is not supported: send the body in UTF-8");
    }

    @Test
    void anotherMediaTypeIs415() throws Exception {
        assertError(Http.post(base, "/api/check", "application/x-www-form-urlencoded", "text=a".getBytes(StandardCharsets.UTF_8)),
                415, "Content-Type application/x-www-form-urlencoded is not supported");
    }

    @Test
    void noMediaTypeIs415() throws Exception {
        assertError(Http.post(base, "/api/check", null, "{}".getBytes(StandardCharsets.UTF_8)), 415, "Content-Type is missing");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "trailing comma       | `{\"text\": \"a\",}`             | malformed JSON: Expected name at line 1 column 15",
        "unterminated string  | `{\"text\": \"a`                 | malformed JSON: Unterminated string at line 1 column 12",
        "ends early           | `{\"text\": \"a\"`               | malformed JSON: the body ends early",
        "single quotes        | `{'text': 'a'}`                   | malformed JSON: unexpected text at line 1 column 3",
        "second value         | `{\"text\": \"a\"} {}`           | malformed JSON: there is more after the object's closing brace",
        "empty body           | ``                                | malformed JSON: the body is empty",
        "not an object        | `[\"a\"]`                        | the body must be a JSON object such as {\"text\": \"...\"}, not an array",
        "missing text         | `{\"path\": \"a.txt\"}`          | field 'text' is missing",
        "text not a string    | `{\"text\": 42}`                 | field 'text' must be a string, not a number",
        "text null            | `{\"text\": null}`               | field 'text' must be a string, not null",
        "unknown field        | `{\"text\": \"a\", \"txt\": 1}` | unknown field 'txt': the fields are text, path, format, minConfidence",
        "field twice          | `{\"text\": \"a\", \"text\": \"b\"}` | field 'text' appears twice",
        "bad confidence       | `{\"text\": \"a\", \"minConfidence\": \"sure\"}` | field 'minConfidence' is 'sure': use certain, likely or possible",
        "bad format           | `{\"text\": \"a\", \"format\": \"pdf\"}` | field 'format' is 'pdf': use plaintext, markdown or html",
    })
    void malformedJsonIs400NamingTheProblem(String name, String body, String expected) throws Exception {
        assertError(Http.postJson(base, body == null ? "" : body), 400, expected);
    }

    @Test
    void wrongMethodIs405WithAllow() throws Exception {
        HttpResponse<String> response = Http.get(base, "/api/check");
        assertError(response, 405, "GET is not allowed on /api/check: use POST");
        assertEquals("POST", response.headers().firstValue("Allow").orElseThrow());
        HttpResponse<String> put = Http.send(HttpRequest.newBuilder(base.resolve("/api/check"))
                .PUT(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build());
        assertError(put, 405, "PUT is not allowed");
        HttpResponse<String> page = Http.post(base, "/", "text/plain", "x".getBytes(StandardCharsets.UTF_8));
        assertEquals(405, page.statusCode());
        assertEquals("GET, HEAD", page.headers().firstValue("Allow").orElseThrow());
    }

    @ParameterizedTest
    @CsvSource({"/api/nope", "/api/check/more", "/api/checks"})
    void unknownApiPathIs404InJson(String path) throws Exception {
        assertError(Http.post(base, path, "application/json", "{}".getBytes(StandardCharsets.UTF_8)), 404, "no such page: " + path);
    }

    @Test
    void unknownPageIs404() throws Exception {
        HttpResponse<String> response = Http.get(base, "/nope.html");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().startsWith("no such page: /nope.html"), response.body());
    }

    // ---- the page -----------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"/, text/html", "/app.css, text/css", "/app.js, text/javascript"})
    void pageFilesAreServedWithTheirTypeAndAStrictPolicy(String path, String type) throws Exception {
        HttpResponse<String> response = Http.get(base, path);
        assertEquals(200, response.statusCode());
        assertEquals(type + "; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(response.headers().firstValue("Content-Security-Policy").orElseThrow().startsWith("default-src 'none'"));
        assertFalse(response.body().matches("(?s).*(https?:)?//[a-z0-9.-]+\\.[a-z]{2,}/.*"),
                path + " must load nothing from elsewhere");
    }

    @Test
    void headAnswersWithoutABody() throws Exception {
        HttpResponse<String> response = Http.send(HttpRequest.newBuilder(base)
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, response.statusCode());
        assertEquals("", response.body());
    }
}
