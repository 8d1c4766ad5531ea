package dev.unspin.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.unspin.evaluation.SpinnerSimulation;
import dev.unspin.thesaurus.WordNetThesaurus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * unspin-spark source in local mode against unspin source, on the spun seeds and spun copies of
 * the clean VOA texts, among a corpus with the other reports of the same events (the distractors
 * of authoring's source tests) and the same agency's other articles; restored with the dictionary
 * alone (--fast).
 */
class SparkSourceTest {
    private static final Path REPO = JobRun.REPO;
    private static final Path DISTRACTORS = REPO.resolve("authoring/src/test/resources/source/distractors");
    private static final Path CORPUS_CLEAN = REPO.resolve("seeds/corpus-clean");
    private static final List<Path> FULL_CORPUS = List.of(REPO.resolve("seeds/restored"), REPO.resolve("seeds/clean"),
            CORPUS_CLEAN, DISTRACTORS);

    @TempDir
    Path temp;

    @Test
    void namesTheSourcesAndSimilaritiesUnspinSourceNames() throws IOException {
        Path spun = spunCopies();
        Path out = temp.resolve("out");
        JobRun.Result run = JobRun.spark(args(List.of("source", "--fast", "--master", "local[2]", "--out", out.toString()),
                FULL_CORPUS, spun.toString()).toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.stderr());
        Map<String, JsonObject> spark = JobRun.byField(JobRun.lines(out.resolve("sources")), "input");
        Map<String, JsonObject> cli = cliSource(FULL_CORPUS, spun);
        assertEquals(cli.keySet(), spark.keySet());
        for (Map.Entry<String, JsonObject> expected : cli.entrySet()) {
            String name = Path.of(expected.getKey()).getFileName().toString();
            JsonObject line = spark.get(expected.getKey());
            String source = line.get("source").getAsString();
            assertEquals(REPO.resolve(name.startsWith("voa") ? "seeds/corpus-clean/" + name.substring("voa3-".length()) : "seeds/restored/" + name)
                    .toString(), source, line.toString());
            for (String field : List.of("source", "similarity", "closest", "sharedWords", "passages")) {
                assertEquals(expected.getValue().get(field), line.get(field), name + ": " + field);
            }
            // The runner-up is among LSH's candidates only; when it is there, it is the CLI's.
            if (!line.get("runnerUp").isJsonNull()) {
                assertEquals(expected.getValue().get("runnerUp"), line.get("runnerUp"), name + ": runnerUp");
            }
        }
        JsonObject summary = JsonParser.parseString(Files.readString(out.resolve("summary.json"))).getAsJsonObject();
        assertEquals(cli.size(), summary.get("found").getAsInt());
        assertEquals(19, summary.get("corpusDocuments").getAsInt());
        long pairs = summary.get("candidatePairs").getAsLong();
        System.out.printf("[spark source] %d candidate pairs of %d%n", pairs, 19L * cli.size());
        assertTrue(pairs >= cli.size() && pairs < 19L * cli.size() / 4, "LSH leaves most pairs out: " + pairs);
    }

    @Test
    void aCorpusWithoutTheSourcesGivesNoneAndMalformedDocumentsAreReported() throws IOException {
        Path spun = spunCopies();
        Files.write(spun.resolve("broken.txt"), new byte[] {'a', ' ', (byte) 0xC3, '\n'});
        Path corpus = Files.createDirectory(temp.resolve("corpus"));
        Files.write(corpus.resolve("broken.txt"), new byte[] {'b', (byte) 0xFF, '\n'});
        Path out = temp.resolve("out");
        JobRun.Result run = JobRun.spark(args(List.of("source", "--fast", "--master", "local[2]", "--out", out.toString()),
                List.of(REPO.resolve("seeds/clean"), DISTRACTORS, corpus), spun.toString()).toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.stderr());
        List<JsonObject> lines = JobRun.lines(out.resolve("sources"));
        assertEquals(16, lines.size());
        for (JsonObject line : lines) {
            assertTrue(line.get("source").isJsonNull(), line.toString());
            assertTrue(line.get("similarity").getAsDouble() < 0.3, line.toString());
        }
        Map<String, JsonObject> errors = JobRun.byField(JobRun.lines(out.resolve("errors")), "path");
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(spun.resolve("broken.txt").toString()).get("error").getAsString().contains("invalid UTF-8"));
        assertTrue(errors.get(corpus.resolve("broken.txt").toString()).get("error").getAsString().contains("invalid UTF-8"));
    }

    @Test
    void aMissingCorpusOrBadLshSettingsStopBeforeAnythingIsWritten() {
        Path out = temp.resolve("out");
        String spun = REPO.resolve("seeds/spun").toString();
        JobRun.Result missing = JobRun.spark("source", "--fast", "--master", "local[2]", "--out", out.toString(),
                "--corpus", temp.resolve("nowhere").toString(), spun);
        assertEquals(2, missing.exitCode(), missing.stderr());
        assertTrue(missing.stderr().contains("nowhere"), missing.stderr());
        JobRun.Result noCorpus = JobRun.spark("source", "--fast", "--master", "local[2]", "--out", out.toString(), spun);
        assertEquals(2, noCorpus.exitCode(), noCorpus.stderr());
        assertTrue(noCorpus.stderr().contains("--corpus"), noCorpus.stderr());
        JobRun.Result tables = JobRun.spark("source", "--fast", "--master", "local[2]", "--out", out.toString(),
                "--corpus", spun, "--lsh-tables", "0", spun);
        assertEquals(2, tables.exitCode(), tables.stderr());
        assertTrue(tables.stderr().contains("--lsh-tables is at least 1"), tables.stderr());
        assertTrue(Files.notExists(out));
    }

    /**
     * The two spun seeds and WordNet spins of the seven clean VOA texts, three eligible words in ten
     * (voa3-NAME) and five in ten (voa5-NAME: the copies least like their sources), in a folder.
     */
    private Path spunCopies() throws IOException {
        Path spun = Files.createDirectory(temp.resolve("spun"));
        for (Path seed : texts(REPO.resolve("seeds/spun"))) {
            Files.copy(seed, spun.resolve(seed.getFileName()));
        }
        for (int rate : new int[] {3, 5}) {
            SpinnerSimulation spinner = new SpinnerSimulation(WordNetThesaurus.shared(), rate / 10.0);
            for (Path clean : texts(CORPUS_CLEAN)) {
                Files.writeString(spun.resolve("voa" + rate + "-" + clean.getFileName()), spinner.spin(Files.readString(clean), 1).spun());
            }
        }
        return spun;
    }

    /** {@code unspin source --fast --format json}: each input's result by its name. */
    private static Map<String, JsonObject> cliSource(List<Path> corpus, Path spun) {
        List<String> cli = args(List.of("source", "--fast", "--format", "json"), corpus, spun.toString());
        Map<String, JsonObject> results = new LinkedHashMap<>();
        for (JsonElement result : JsonParser.parseString(JobRun.cli(cli.toArray(String[]::new))).getAsJsonObject()
                .getAsJsonArray("results")) {
            results.put(result.getAsJsonObject().get("input").getAsString(), result.getAsJsonObject());
        }
        return results;
    }

    private static List<String> args(List<String> command, List<Path> corpus, String input) {
        List<String> all = new ArrayList<>(command);
        for (Path folder : corpus) {
            all.add("--corpus");
            all.add(folder.toString());
        }
        all.add(input);
        return all;
    }

    private static List<Path> texts(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
