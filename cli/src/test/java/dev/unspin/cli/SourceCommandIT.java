package dev.unspin.cli;

import dev.unspin.report.SchemaValidation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.unspin.evaluation.SpinnerSimulation;
import dev.unspin.thesaurus.WordNetThesaurus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code unspin source} through the jar: the right source for the spun seeds and for spun copies
 * of the clean VOA texts, among a corpus of the other reports of the same events (the clean seeds
 * and the distractors written for these tests) and the same agency's other articles.
 */
class SourceCommandIT {
    private static final Path REPO = Path.of(System.getProperty("unspin.repo")).toAbsolutePath().normalize();
    private static final String DISTRACTORS = "authoring/src/test/resources/source/distractors";
    private static final String[] CORPUS = {"--corpus", "seeds/restored", "--corpus", "seeds/clean",
        "--corpus", "seeds/corpus-clean", "--corpus", DISTRACTORS};

    @Test
    void findsTheSourceOfEachSpunSeedWithTheDefaultRestoration() throws Exception {
        Cli.Run run = Cli.runIn(REPO, args(CORPUS, "--format", "json",
                "seeds/spun/nytimes-2024-05-31-blinken-prague-ukraine-weapons.txt",
                "seeds/spun/washingtonpost-2024-05-30-blinken-moldova-policy-shift.txt"));
        assertEquals(0, run.exit(), run.both());
        assertEquals("", SchemaValidation.sourceJsonViolations(run.out()), "docs/schemas/unspin-source-1.schema.json");
        JsonObject report = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals("default", report.get("restoration").getAsString());
        assertEquals(19, report.getAsJsonObject("corpus").get("documents").getAsInt());
        JsonArray results = report.getAsJsonArray("results");
        assertEquals(2, results.size());
        for (JsonElement element : results) {
            JsonObject result = element.getAsJsonObject();
            String input = result.get("input").getAsString();
            assertEquals(input.replace("seeds/spun/", "seeds/restored/"), result.get("source").getAsString(), run.out());
            assertTrue(result.get("similarity").getAsDouble() > 0.9, run.out());
            assertTrue(result.getAsJsonObject("runnerUp").get("similarity").getAsDouble() < 0.1, run.out());
            assertFalse(result.getAsJsonArray("sharedWords").isEmpty());
            JsonObject passage = result.getAsJsonArray("passages").get(0).getAsJsonObject();
            assertEquals(1, passage.get("inputLine").getAsInt());
            assertEquals(1, passage.get("sourceLine").getAsInt());
            assertTrue(passage.get("words").getAsInt() > 100, run.out());
        }
    }

    @Test
    void findsTheSourceOfSpunCopiesOfTheCleanTextsAmongOtherReportsOfTheSameEvents(@TempDir Path dir) throws Exception {
        Path spun = Files.createDirectory(dir.resolve("spun"));
        SpinnerSimulation spinner = new SpinnerSimulation(WordNetThesaurus.shared(), 0.3);
        for (Path clean : texts(REPO.resolve("seeds/corpus-clean"))) {
            Files.writeString(spun.resolve(clean.getFileName()), spinner.spin(Files.readString(clean), 7).spun());
        }
        Cli.Run run = Cli.runIn(REPO, args(CORPUS, "--fast", "--format", "json", spun.toString()));
        assertEquals(0, run.exit(), run.both());
        JsonArray results = JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("results");
        assertEquals(7, results.size());
        for (JsonElement element : results) {
            JsonObject result = element.getAsJsonObject();
            String name = Path.of(result.get("input").getAsString()).getFileName().toString();
            assertEquals("seeds/corpus-clean/" + name, result.get("source").getAsString(), run.out());
            JsonObject runnerUp = result.getAsJsonObject("runnerUp");
            assertTrue(runnerUp.get("document").getAsString().startsWith(DISTRACTORS + "/" + name.substring(0, 3)),
                    "the other report of the same event comes next: " + result);
            assertTrue(result.get("similarity").getAsDouble() - runnerUp.get("similarity").getAsDouble() > 0.3, result.toString());
        }
    }

    @Test
    void saysSoWhenOnlyOtherReportsOfTheEventAreInTheCorpus() throws Exception {
        String input = "seeds/spun/washingtonpost-2024-05-30-blinken-moldova-policy-shift.txt";
        Cli.Run run = Cli.runIn(REPO, "source", "--fast", "--corpus", "seeds/clean", "--corpus", DISTRACTORS, input);
        assertEquals(0, run.exit(), run.both());
        assertTrue(run.out().startsWith(input + ": no source: the closest, seeds/clean/unattributed-2024-05-30-blinken-moldova-flexibility.txt, has similarity 0.0"),
                run.out());
        Cli.Run json = Cli.runIn(REPO, "source", "--fast", "--format", "json", "--corpus", "seeds/clean", input);
        JsonObject result = JsonParser.parseString(json.out()).getAsJsonObject().getAsJsonArray("results").get(0).getAsJsonObject();
        assertTrue(result.get("source").isJsonNull(), json.out());
        assertEquals(input, result.get("input").getAsString());
    }

    @Test
    void printsTheSourceWithItsEvidenceAsText() throws Exception {
        String input = "seeds/spun/nytimes-2024-05-31-blinken-prague-ukraine-weapons.txt";
        Cli.Run run = Cli.runIn(REPO, args(CORPUS, "--fast", input));
        assertEquals(0, run.exit(), run.both());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).startsWith(input + ": source seeds/restored/nytimes-2024-05-31-blinken-prague-ukraine-weapons.txt,"
                + " similarity 1.000; next seeds/restored/washingtonpost-"), run.out());
        assertTrue(lines.get(1).startsWith("  shared rare words: "), run.out());
        assertTrue(lines.get(2).startsWith("  passage, 1093 words: " + input + ":1 = seeds/restored/"), run.out());
    }

    @Test
    void readsJsonLinesAndHtmlAndNeverNamesAnInputItsOwnSource(@TempDir Path dir) throws Exception {
        String afp = Files.readString(REPO.resolve("seeds/clean/afp-2024-11-18-biden-allows-atacms.txt"));
        String sherman = Files.readString(REPO.resolve("seeds/corpus-clean/08-sherman-iran-nuclear-talks.txt"));
        Path corpus = Files.createDirectory(dir.resolve("corpus"));
        JsonObject record = new JsonObject();
        record.addProperty("id", 41);
        record.addProperty("text", afp);
        Files.writeString(corpus.resolve("wire.jsonl"), "\n" + record + "\n");
        Files.writeString(corpus.resolve("sherman.html"), "<html><body><h1>Talks</h1>\n<p>"
                + sherman.replace("\n", "</p>\n<p>") + "</p></body></html>\n");
        Files.writeString(corpus.resolve("sherman-copy.txt"), sherman);
        Files.createDirectories(corpus.resolve(".git/old")).resolve("afp.txt");
        Files.writeString(corpus.resolve(".git/old/afp.txt"), afp); // hidden: not a document, so the id wins
        Files.writeString(dir.resolve("afp-spun.txt"), new SpinnerSimulation(WordNetThesaurus.shared(), 0.3).spin(afp, 3).spun());
        Cli.Run run = Cli.runIn(dir, "source", "--fast", "--format", "json", "--corpus", "corpus", "afp-spun.txt",
                "corpus/sherman-copy.txt");
        assertEquals(0, run.exit(), run.both());
        JsonArray results = JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("results");
        assertEquals("41", results.get(0).getAsJsonObject().get("source").getAsString());
        assertEquals(3, JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonObject("corpus").get("documents").getAsInt());
        assertEquals("corpus/sherman.html", results.get(1).getAsJsonObject().get("source").getAsString(),
                "the HTML twin, not the input itself");
        assertEquals(1.0, results.get(1).getAsJsonObject().get("similarity").getAsDouble());
    }

    @Test
    void namesTheLinesOfHtmlAndMarkdownFilesAsWrittenInPassagesAndLearnedEvidence(@TempDir Path dir) throws Exception {
        List<String> paragraphs = Files.readAllLines(REPO.resolve("seeds/corpus-clean/08-sherman-iran-nuclear-talks.txt"));
        Files.writeString(Files.createDirectory(dir.resolve("corpus")).resolve("sherman.md"), String.join("\n\n", paragraphs) + "\n");
        String spun = new SpinnerSimulation(WordNetThesaurus.shared(), 0.3).spin(String.join("\n", paragraphs), 1).spun();
        Files.writeString(dir.resolve("spun.html"), "<html><body>\n<p>" + spun.replace("\n", "</p>\n<p>") + "</p>\n</body></html>\n");
        Cli.Run run = Cli.runIn(dir, "source", "--fast", "--format", "json", "--no-default-clean-corpus", "--corpus", "corpus",
                "--learn", "learned.unspin", "spun.html");
        assertEquals(0, run.exit(), run.both());
        List<String> html = Files.readAllLines(dir.resolve("spun.html"));
        List<String> markdown = Files.readAllLines(dir.resolve("corpus/sherman.md"));
        JsonObject result = JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("results").get(0).getAsJsonObject();
        assertEquals("corpus/sherman.md", result.get("source").getAsString());
        for (JsonElement element : result.getAsJsonArray("passages")) {
            JsonObject passage = element.getAsJsonObject();
            String start = passage.get("text").getAsString().split(" ")[0];
            assertTrue(html.get(passage.get("inputLine").getAsInt() - 1).contains(start), passage + " in the HTML");
            assertTrue(markdown.get(passage.get("sourceLine").getAsInt() - 1).contains(start), passage + " in the Markdown");
        }
        List<String> learned = Files.readAllLines(dir.resolve("learned.unspin"));
        assertTrue(learned.size() > 10, learned.toString());
        // Each entry's lines in the copy and in its source, in order: the spun phrase on the one, the original on the other.
        java.util.regex.Pattern entry = java.util.regex.Pattern.compile(
                "(.+) => ([^;|]+).* ; seen: spun\\.html:([\\d,]+) corpus/sherman\\.md:([\\d,]+)");
        for (String line : learned) {
            java.util.regex.Matcher m = entry.matcher(line);
            assertTrue(m.matches(), line);
            String[] copyLines = m.group(3).split(",");
            String[] sourceLines = m.group(4).split(",");
            assertEquals(copyLines.length, sourceLines.length, line);
            for (int i = 0; i < copyLines.length; i++) {
                assertTrue(html.get(Integer.parseInt(copyLines[i]) - 1).toLowerCase().contains(m.group(1).toLowerCase()), line);
                assertTrue(markdown.get(Integer.parseInt(sourceLines[i]) - 1).toLowerCase().contains(m.group(2).strip().toLowerCase()), line);
            }
        }
    }

    @Test
    void aCorpusThatCannotBeReadStopsTheRunNamingTheFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("spun.txt"), "He mentioned the coverage shift.\n");
        Files.createDirectory(dir.resolve("empty"));
        Files.writeString(dir.resolve("empty/notes.csv"), "not a document\n");
        Path broken = Files.createDirectory(dir.resolve("broken"));
        Files.writeString(broken.resolve("a.txt"), "fine\n");
        Files.write(broken.resolve("b.txt"), new byte[] {'o', 'k', '\n', 'x', (byte) 0xC3, '(', '\n'});
        Path jsonl = Files.createDirectory(dir.resolve("jsonl"));
        Files.writeString(jsonl.resolve("docs.jsonl"), "{\"id\": \"a\", \"text\": \"one\"}\n{\"id\": \"b\", \"txt\": \"two\"}\n");
        Path badJson = Files.createDirectory(dir.resolve("badjson"));
        Files.writeString(badJson.resolve("docs.jsonl"), "{\"id\": \"a\", \"text\": \"one\"}\n{\"id\": \"b\", \"text\": \"tw\n");

        assertRefused(dir, "missing", "unspin: missing: no such file or folder (--corpus)");
        assertRefused(dir, "empty", "unspin: empty: no .txt, .md, .html or .jsonl files in it, so the corpus is empty");
        assertRefused(dir, "broken", "unspin: broken/b.txt:2:2: ");
        assertRefused(dir, "jsonl", "unspin: jsonl/docs.jsonl:2: no \"text\" (a string) in this record");
        assertRefused(dir, "badjson", "unspin: badjson/docs.jsonl:2: not valid JSON");
        Path twice = Files.createDirectory(dir.resolve("twice"));
        Files.writeString(twice.resolve("docs.jsonl"), "{\"id\": 7, \"text\": \"one\"}\n\n{\"id\": \"7\", \"text\": \"two\"}\n");
        assertRefused(dir, "twice", "unspin: twice/docs.jsonl:3: the corpus already has a document '7' (twice/docs.jsonl:1); ids must be unique");
    }

    private static void assertRefused(Path dir, String corpus, String message) throws Exception {
        Cli.Run run = Cli.runIn(dir, "source", "--fast", "--corpus", corpus, "spun.txt");
        assertEquals(2, run.exit(), run.both());
        assertEquals("", run.out(), "nothing compared, nothing printed");
        assertTrue(run.err().startsWith(message), run.both());
        assertTrue(run.err().endsWith("unspin: nothing was compared\n"), run.both());
    }

    @Test
    void learnsEntriesWithEvidenceInTheCopyAndItsSourceReadyForDictCheck(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectory(dir.resolve("corpus"));
        Path spun = Files.createDirectory(dir.resolve("spun"));
        String seed = "washingtonpost-2024-05-30-blinken-moldova-policy-shift.txt";
        Files.copy(REPO.resolve("seeds/restored").resolve(seed), corpus.resolve(seed));
        Files.copy(REPO.resolve("seeds/clean/afp-2024-11-18-biden-allows-atacms.txt"), corpus.resolve("afp.txt"));
        Files.copy(REPO.resolve("seeds/spun").resolve(seed), spun.resolve("copy.txt"));
        Files.writeString(spun.resolve("unrelated.txt"), "The weather was mild and the harvest came in early this year.\n");

        Cli.Run withoutLearn = Cli.runIn(dir, "source", "--fast", "--corpus", "corpus", "spun");
        assertEquals(0, withoutLearn.exit(), withoutLearn.both());
        assertEquals(List.of("corpus", "spun"), list(dir), "nothing written unless asked");

        Cli.Run run = Cli.runIn(dir, "source", "--fast", "--corpus", "corpus", "--learn", "learned.unspin", "spun");
        assertEquals(0, run.exit(), run.both());
        assertEquals(withoutLearn.out(), run.out(), "the report is the same");
        assertTrue(run.err().matches("(?s).*unspin: learned\\.unspin: \\d+ added, 0 with new evidence, 0 already known, from 1 \\(source, copy\\) pair\\n"),
                run.err());
        String learned = Files.readString(dir.resolve("learned.unspin"));
        assertTrue(learned.contains("critical penalties => serious consequences ; certain ; seen: spun/copy.txt:12,14 corpus/" + seed + ":12,14\n"),
                learned);
        assertFalse(learned.contains("unrelated"), learned);
        Cli.Run check = Cli.runIn(dir, "dict", "check", "--no-default-clean-corpus", "learned.unspin");
        assertTrue(check.out().lines().anyMatch(line -> line.startsWith("0 errors, ")), check.both());

        Cli.Run again = Cli.runIn(dir, "source", "--fast", "--corpus", "corpus", "--learn", "learned.unspin", "spun");
        assertTrue(again.err().contains("unspin: learned.unspin: 0 added, 0 with new evidence, "), again.both());
        assertEquals(learned, Files.readString(dir.resolve("learned.unspin")), "learning twice changes nothing");

        Cli.Run nothing = Cli.runIn(dir, "source", "--fast", "--corpus", "corpus/afp.txt", "--learn", "none.unspin", "spun");
        assertEquals(0, nothing.exit(), nothing.both());
        assertTrue(nothing.err().endsWith("unspin: warning: no input had a source in the corpus, so there was nothing to learn;"
                + " none.unspin was not written\n"), nothing.both());
        assertFalse(Files.exists(dir.resolve("none.unspin")));

        Files.writeString(dir.resolve("broken.unspin"), "a => b ; sure\n");
        Cli.Run broken = Cli.runIn(dir, "source", "--fast", "--corpus", "corpus", "--learn", "broken.unspin", "spun");
        assertEquals(2, broken.exit(), broken.both());
        assertEquals("", broken.out());
        assertTrue(broken.err().startsWith("unspin: broken.unspin:1:"), broken.both());
    }

    @Test
    void aNameWithSpacesIsReportedButCannotBeEvidence(@TempDir Path dir) throws Exception {
        String seed = "nytimes-2024-05-31-blinken-prague-ukraine-weapons.txt";
        Files.copy(REPO.resolve("seeds/restored").resolve(seed), Files.createDirectory(dir.resolve("corpus")).resolve("original.txt"));
        Files.copy(REPO.resolve("seeds/spun").resolve(seed), dir.resolve("my copy.txt"));
        Cli.Run run = Cli.runIn(dir, "source", "--fast", "--corpus", "corpus", "my copy.txt");
        assertEquals(0, run.exit(), run.both());
        assertTrue(run.out().startsWith("my copy.txt: source corpus/original.txt, similarity 1.000"), run.out());
        Cli.Run learn = Cli.runIn(dir, "source", "--fast", "--corpus", "corpus", "--learn", "learned.unspin", "my copy.txt");
        assertEquals(2, learn.exit(), learn.both());
        assertEquals(run.out(), learn.out());
        assertEquals("unspin: 'my copy.txt' cannot name evidence: a source needs a name without spaces; learned.unspin was not written\n",
                learn.err());
        assertFalse(Files.exists(dir.resolve("learned.unspin")));
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<Path> texts(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    private static String[] args(String[] corpus, String... rest) {
        List<String> all = new ArrayList<>(List.of("source"));
        all.addAll(List.of(corpus));
        all.addAll(List.of(rest));
        return all.toArray(String[]::new);
    }
}
