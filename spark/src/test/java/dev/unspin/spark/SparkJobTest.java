package dev.unspin.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** unspin-spark in local mode against the CLI, on the seeds, with the dictionary alone (--fast). */
class SparkJobTest {
    private static final Path SPUN = JobRun.REPO.resolve("seeds/spun");
    private static final Path CLEAN = JobRun.REPO.resolve("seeds/clean");
    private static final Path CORPUS_CLEAN = JobRun.REPO.resolve("seeds/corpus-clean");
    private static final Path NYT = SPUN.resolve("nytimes-2024-05-31-blinken-prague-ukraine-weapons.txt");
    private static final Path WAPO = SPUN.resolve("washingtonpost-2024-05-30-blinken-moldova-policy-shift.txt");
    private static final Path AFP = CLEAN.resolve("afp-2024-11-18-biden-allows-atacms.txt");

    @TempDir
    Path temp;

    @Test
    void everyArticleOfAFolderHasTheFindingsOfUnspinCheck() throws IOException {
        Path corpus = temp.resolve("corpus");
        copyFolder(SPUN, corpus.resolve("spun"));
        copyFolder(CLEAN, corpus.resolve("clean"));
        copyFolder(CORPUS_CLEAN, corpus.resolve("clean/corpus"));
        // Markdown and HTML files are checked as they are, markup and all, as unspin check does.
        Files.copy(WAPO, corpus.resolve("spun/wapo.md"));
        Files.writeString(corpus.resolve("spun/nyt.html"), html(Files.readString(NYT)));
        Files.write(corpus.resolve("spun/latin1.txt"), "caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(corpus.resolve("spun/notes.csv"), "not an article in a folder");
        Path out = temp.resolve("out");

        JobRun.Result run = JobRun.spark("check", "--fast", "--master", "local[2]", "--out", out.toString(), corpus.toString());

        assertEquals(0, run.exitCode(), run.stderr());
        Map<String, JsonObject> cli = JobRun.cliCheck("--fast", corpus.toString());
        Map<String, JsonObject> spark = JobRun.byField(JobRun.lines(out.resolve("documents")), "path");
        assertEquals(cli.keySet(), spark.keySet(), "the same documents");
        assertEquals(14, spark.size());
        for (String path : cli.keySet()) {
            JobRun.assertSameReport(cli.get(path), spark.get(path), path);
        }
        assertTrue(spark.get(corpus.resolve("spun/wapo.md").toString()).get("findings").getAsInt() > 100);
        List<JsonObject> errors = JobRun.lines(out.resolve("errors"));
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(corpus.resolve("spun/latin1.txt").toString(), errors.get(0).get("path").getAsString());
        assertTrue(errors.get(0).get("error").getAsString().startsWith(corpus.resolve("spun/latin1.txt") + ":1:4: "), errors.toString());
        assertTrue(run.stderr().contains("checked 14 documents"), run.stderr());
        assertTrue(run.stderr().contains("1 malformed"), run.stderr());
        assertTrue(Files.readString(out.resolve("summary.json")).contains("\"errors\": 1"));
    }

    @Test
    void dictionaryFilesAndTheMinimumConfidenceReachTheExecutors() throws IOException {
        Path dictionary = temp.resolve("mine.unspin");
        Files.writeString(dictionary, "Secretary of State => Foreign Secretary ; possible\nUkraine => Kyiv ; likely\n");
        Path out = temp.resolve("out");
        String[] settings = {"--fast", "--no-default-dictionary", "--dictionary", dictionary.toString(), "--min-confidence", "possible"};

        JobRun.Result run = JobRun.spark(concat(new String[] {"check", "--master", "local[2]", "--out", out.toString()},
                settings, new String[] {SPUN.toString(), CLEAN.toString()}));

        assertEquals(0, run.exitCode(), run.stderr());
        Map<String, JsonObject> cli = JobRun.cliCheck(concat(settings, new String[] {SPUN.toString(), CLEAN.toString()}));
        Map<String, JsonObject> spark = JobRun.byField(JobRun.lines(out.resolve("documents")), "path");
        assertEquals(cli.keySet(), spark.keySet());
        for (String path : cli.keySet()) {
            JobRun.assertSameReport(cli.get(path), spark.get(path), path);
        }
        assertTrue(spark.get(NYT.toString()).get("findings").getAsInt() > 0, "the extra dictionary was used");
        assertTrue(spark.get(NYT.toString()).getAsJsonArray("details").toString().contains("Foreign Secretary"));
    }

    @Test
    void restoreWritesWhatUnspinRestorePrints() throws IOException {
        Path out = temp.resolve("out");

        JobRun.Result run = JobRun.spark("restore", "--fast", "--master", "local[2]", "--out", out.toString(), SPUN.toString());

        assertEquals(0, run.exitCode(), run.stderr());
        Map<String, JsonObject> restored = JobRun.byField(JobRun.lines(out.resolve("restored")), "path");
        assertEquals(2, restored.size());
        for (Path article : List.of(NYT, WAPO)) {
            JsonObject line = restored.get(article.toString());
            assertEquals(JobRun.cli("restore", "--fast", article.toString()), line.get("restored").getAsString());
            assertTrue(line.get("changes").getAsInt() > 100);
        }
        assertTrue(run.stderr().contains("restored 2 documents"), run.stderr());
    }

    @Test
    void jsonLinesAreCheckedByIdAndMalformedLinesReported() throws IOException {
        String spun = Files.readString(NYT);
        String clean = Files.readString(AFP);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        line(bytes, "{\"url\": \"https://example.com/spun\", \"body\": " + JsonRuns.quote(spun) + "}");
        line(bytes, "{\"url\": \"https://example.com/truncated\", \"body\": \"The Secret");
        line(bytes, "");
        line(bytes, "{\"url\": 42, \"body\": " + JsonRuns.quote(clean) + "}");
        bytes.write("{\"url\": \"https://example.com/latin1\", \"body\": \"caf".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9);
        line(bytes, "\"}");
        line(bytes, "{\"url\": \"https://example.com/no-body\", \"text\": \"in the wrong field\"}");
        line(bytes, "[\"an array\"]");
        Path jsonl = temp.resolve("crawl.jsonl");
        Files.write(jsonl, bytes.toByteArray());
        Path out = temp.resolve("out");

        JobRun.Result run = JobRun.spark("check", "--fast", "--master", "local[2]", "--out", out.toString(),
                "--id-field", "url", "--text-field", "body", jsonl.toString());

        assertEquals(0, run.exitCode(), run.stderr());
        Map<String, JsonObject> cli = JobRun.cliCheck("--fast", NYT.toString(), AFP.toString());
        Map<String, JsonObject> spark = JobRun.byField(JobRun.lines(out.resolve("documents")), "id");
        assertEquals(Set.of("https://example.com/spun", "42"), spark.keySet());
        JobRun.assertSameReport(cli.get(NYT.toString()), spark.get("https://example.com/spun"), "the spun line");
        JobRun.assertSameReport(cli.get(AFP.toString()), spark.get("42"), "the clean line");
        assertEquals(jsonl.toString(), spark.get("42").get("source").getAsString());

        List<JsonObject> errors = JobRun.lines(out.resolve("errors"));
        assertEquals(4, errors.size(), errors.toString());
        String all = errors.toString();
        assertTrue(all.contains("not JSON"), all);
        assertTrue(all.contains("not valid UTF-8"), all);
        assertTrue(all.contains("no string field 'body'"), all);
        assertTrue(all.contains("not a JSON object"), all);
        assertTrue(errors.stream().anyMatch(e -> !e.get("id").isJsonNull() && e.get("id").getAsString().equals("https://example.com/no-body")), all);
        long truncatedOffset = (line(new ByteArrayOutputStream(), "{\"url\": \"https://example.com/spun\", \"body\": " + JsonRuns.quote(spun) + "}"));
        assertTrue(errors.stream().anyMatch(e -> e.get("offset").getAsLong() == truncatedOffset), "offsets name the lines: " + all);
        assertTrue(run.stderr().contains("4 malformed"), run.stderr());
    }

    @Test
    void htmlPagesOfAWarcFileAreCheckedAndBrokenRecordsReported() throws IOException {
        String spunHtml = html(Files.readString(NYT));
        String cleanHtml = html(Files.readString(AFP));
        Path warc = temp.resolve("crawl.warc.gz");
        try (WarcWriter writer = new WarcWriter(warc)) {
            writer.write(response("https://example.com/spun", "text/html; charset=utf-8", spunHtml.getBytes(StandardCharsets.UTF_8)));
            writer.write(response("https://example.com/logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
            writer.write(response("https://example.com/clean", "text/html", cleanHtml.getBytes(StandardCharsets.UTF_8)));
            writer.write(response("https://example.com/latin1", "text/html; charset=utf-8",
                    "<p>caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1)));
            writer.write(response("https://example.com/cp1252", "text/html; charset=windows-1252",
                    "<p>The Secretary\u2019s caf\u00e9</p>".getBytes("windows-1252")));
        }
        // A record cut short, as a crawl interrupted mid-write leaves it.
        Files.write(warc, "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5000\r\n\r\nHTTP/1.1 200".getBytes(StandardCharsets.US_ASCII),
                StandardOpenOption.APPEND);
        Path out = temp.resolve("out");

        JobRun.Result run = JobRun.spark("check", "--fast", "--master", "local[2]", "--out", out.toString(), temp.toString());

        assertEquals(0, run.exitCode(), run.stderr());
        Map<String, JsonObject> spark = JobRun.byField(JobRun.lines(out.resolve("documents")), "uri");
        assertEquals(Set.of("https://example.com/spun", "https://example.com/clean", "https://example.com/cp1252"), spark.keySet());
        // A page is what the CLI reports for the same HTML saved as an .html file.
        Path pages = temp.resolve("pages");
        Files.createDirectories(pages);
        Files.writeString(pages.resolve("spun.html"), spunHtml);
        Files.writeString(pages.resolve("clean.html"), cleanHtml);
        Map<String, JsonObject> cli = JobRun.cliCheck("--fast", pages.resolve("spun.html").toString(), pages.resolve("clean.html").toString());
        JobRun.assertSameReport(cli.get(pages.resolve("spun.html").toString()), spark.get("https://example.com/spun"), "the spun page");
        JobRun.assertSameReport(cli.get(pages.resolve("clean.html").toString()), spark.get("https://example.com/clean"), "the clean page");
        assertTrue(spark.get("https://example.com/spun").get("findings").getAsInt() > 100);
        assertEquals(warc.toString(), spark.get("https://example.com/spun").get("source").getAsString());
        assertTrue(spark.get("https://example.com/spun").get("recordId").getAsString().startsWith("urn:uuid:"));

        List<JsonObject> errors = JobRun.lines(out.resolve("errors"));
        assertEquals(2, errors.size(), errors.toString());
        String all = errors.toString();
        assertTrue(errors.stream().anyMatch(e -> e.has("uri") && e.get("uri").getAsString().equals("https://example.com/latin1")
                && e.get("error").getAsString().contains("not valid UTF-8")), all);
        assertTrue(all.contains("broken WARC record"), all);
    }

    @Test
    void usageErrorsStopBeforeAnythingIsWritten() throws IOException {
        Path out = temp.resolve("out");
        assertEquals(2, JobRun.spark("check", "--fast", "--out", out.toString(), SPUN.toString()).exitCode(), "no master");
        assertFalse(Files.exists(out));

        JobRun.Result missing = JobRun.spark("check", "--fast", "--master", "local[2]", "--out", out.toString(), temp.resolve("nowhere").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.stderr().contains("nowhere: no such file or folder"), missing.stderr());

        Path broken = temp.resolve("broken.unspin");
        Files.writeString(broken, "policy shift => coverage shift ; sure\n");
        JobRun.Result dictionary = JobRun.spark("check", "--fast", "--master", "local[2]", "--out", out.toString(),
                "--dictionary", broken.toString(), SPUN.toString());
        assertEquals(2, dictionary.exitCode());
        assertTrue(dictionary.stderr().contains(broken + ":1:"), dictionary.stderr());
        assertFalse(Files.exists(out));

        Files.createDirectories(out);
        Files.writeString(out.resolve("keep.txt"), "mine");
        JobRun.Result existing = JobRun.spark("check", "--fast", "--master", "local[2]", "--out", out.toString(), SPUN.toString());
        assertEquals(2, existing.exitCode());
        assertTrue(existing.stderr().contains("already exists"), existing.stderr());
        assertEquals("mine", Files.readString(out.resolve("keep.txt")));
    }

    private static WarcResponse response(String uri, String contentType, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(contentType), body).build();
        return new WarcResponse.Builder(uri).body(http).build();
    }

    /** An HTML page with the text's paragraphs. */
    private static String html(String text) {
        StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html><head><title>News</title></head><body>\n");
        for (String paragraph : text.split("\n\\s*\n")) {
            page.append("<p>").append(paragraph.strip().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
                    .append("</p>\n");
        }
        return page.append("</body></html>\n").toString();
    }

    /** Writes a line; returns the bytes written so far. */
    private static long line(ByteArrayOutputStream out, String line) {
        out.writeBytes((line + "\n").getBytes(StandardCharsets.UTF_8));
        return out.size();
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    private static String[] concat(String[]... parts) {
        return Stream.of(parts).flatMap(Stream::of).toArray(String[]::new);
    }

    /** JSON string quoting for the test's lines. */
    private static final class JsonRuns {
        static String quote(String text) {
            return new Gson().toJson(text);
        }
    }
}
