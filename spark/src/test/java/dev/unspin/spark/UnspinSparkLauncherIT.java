package dev.unspin.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./unspin-spark} as users run it, on the jar the build packaged, with Spark's jars beside it. */
class UnspinSparkLauncherIT {
    @TempDir
    Path temp;

    private record Run(int exit, String err) {
    }

    private static Run launch(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(JobRun.REPO.resolve("unspin-spark").toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(JobRun.REPO.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        process.getOutputStream().close();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), err);
    }

    @Test
    void theLauncherRunsTheJobLocallyAndQuietly() throws IOException, InterruptedException {
        Path out = temp.resolve("out");

        Run run = launch("check", "--fast", "--master", "local[2]", "--out", out.toString(), "seeds/spun", "seeds/clean");

        assertEquals(0, run.exit(), run.err());
        Map<String, JsonObject> spark = JobRun.byField(JobRun.lines(out.resolve("documents")), "path");
        Map<String, JsonObject> cli = JobRun.cliCheck("--fast", "seeds/spun", "seeds/clean");
        assertEquals(cli.keySet(), spark.keySet(), "relative inputs are named as the CLI names them");
        for (String path : cli.keySet()) {
            JobRun.assertSameReport(cli.get(path), spark.get(path), path);
        }
        // One line of summary: no SLF4J complaint, no Spark start-up chatter, no stack trace.
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("unspin-spark: checked 5 documents"), run.err());
        assertTrue(Files.isRegularFile(out.resolve("summary.json")));
    }

    @Test
    void sourceRunsWithSparkMllibFromTheLauncherAndQuietly() throws IOException, InterruptedException {
        Path out = temp.resolve("out");

        Run run = launch("source", "--fast", "--master", "local[2]", "--out", out.toString(),
                "--corpus", "seeds/restored", "--corpus", "seeds/clean", "seeds/spun");

        assertEquals(0, run.exit(), run.err());
        Map<String, JsonObject> sources = JobRun.byField(JobRun.lines(out.resolve("sources")), "input");
        assertEquals(2, sources.size(), sources.toString());
        for (Map.Entry<String, JsonObject> source : sources.entrySet()) {
            assertEquals(source.getKey().replace("seeds/spun/", "seeds/restored/"), source.getValue().get("source").getAsString());
        }
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("unspin-spark: compared 2 documents with a corpus of 5"), run.err());
    }

    @Test
    void usageErrorsExitTwoWithHelp() throws IOException, InterruptedException {
        Run none = launch();
        assertEquals(2, none.exit(), none.err());
        assertTrue(none.err().contains("a command is required: check, restore or source"), none.err());

        Run unknown = launch("check", "--fast", "--master", "local[2]", "--out", temp.resolve("out").toString(), "--no-such-option", "seeds/spun");
        assertEquals(2, unknown.exit(), unknown.err());
        assertTrue(unknown.err().contains("--no-such-option"), unknown.err());
        assertFalse(unknown.err().contains("\tat "), unknown.err());
        assertFalse(Files.exists(temp.resolve("out")));
    }
}
