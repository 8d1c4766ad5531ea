package dev.unspin.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Runs unspin-spark in this JVM and the CLI in a process of its own, and reads what they wrote. */
final class JobRun {
    static final Path REPO = Path.of(System.getProperty("unspin.repo", "..")).toAbsolutePath().normalize();

    private JobRun() {
    }

    /** The exit code and stderr of an unspin-spark run. */
    record Result(int exitCode, String stderr) {
    }

    static Result spark(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return new Result(SparkMain.run(args), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(original);
            System.err.print(err.toString(StandardCharsets.UTF_8)); // kept in the test log
        }
    }

    /** The JSON lines of every part file in a folder the job wrote. */
    static List<JsonObject> lines(Path folder) throws IOException {
        List<JsonObject> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(folder)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
                    lines.add(JsonParser.parseString(line).getAsJsonObject());
                }
            }
        }
        return lines;
    }

    /** Each document's line by a field's value. */
    static Map<String, JsonObject> byField(List<JsonObject> lines, String field) {
        Map<String, JsonObject> by = new LinkedHashMap<>();
        for (JsonObject line : lines) {
            by.put(line.get(field).getAsString(), line);
        }
        return by;
    }

    /** {@code unspin ARGS...} in a JVM of its own, from the repository's root; its standard output. */
    static String cli(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), "dev.unspin.cli.Main"));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).directory(REPO.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int code = process.waitFor();
            if (code != 0 && code != 1) {
                throw new AssertionError("unspin " + String.join(" ", args) + " exited with " + code);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** {@code unspin check --format json ARGS...}: each file's report by its path. */
    static Map<String, JsonObject> cliCheck(String... args) {
        List<String> all = new ArrayList<>(List.of("check", "--format", "json"));
        all.addAll(List.of(args));
        JsonObject report = JsonParser.parseString(cli(all.toArray(String[]::new))).getAsJsonObject();
        Map<String, JsonObject> byPath = new LinkedHashMap<>();
        for (var file : report.getAsJsonArray("files")) {
            byPath.put(file.getAsJsonObject().get("path").getAsString(), file.getAsJsonObject());
        }
        return byPath;
    }

    /** The job's line for a document agrees with the CLI's report of the same text: counts, score and every finding. */
    static void assertSameReport(JsonObject cli, JsonObject spark, String what) {
        JsonArray findings = cli.getAsJsonArray("findings");
        assertEquals(findings.size(), spark.get("findings").getAsInt(), what + ": findings");
        assertEquals(cli.get("words").getAsInt(), spark.get("words").getAsInt(), what + ": words");
        assertEquals(cli.get("spinScore").getAsDouble(), spark.get("spinScore").getAsDouble(), what + ": spinScore");
        assertEquals(cli.get("minConfidence"), spark.get("minConfidence"), what + ": minConfidence");
        assertEquals(cli.get("counts"), spark.get("counts"), what + ": counts");
        assertEquals(findings, spark.getAsJsonArray("details"), what + ": the findings themselves");
    }
}
