package dev.unspin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged jar as a user does and checks its output, errors and exit codes. */
class RestoreCommandIT {
    private static final Path JAR = Path.of(System.getProperty("unspin.jar"));

    record Run(int exit, String out, String err) {
    }

    static Run unspin(Path stdin, String... args) throws IOException, InterruptedException {
        return unspin(Map.of(), stdin, args);
    }

    static Run unspin(Map<String, String> environment, Path stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("java", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("LANG", "C"); // output must be UTF-8 whatever the locale
        builder.environment().putAll(environment);
        if (stdin != null) {
            builder.redirectInput(stdin.toFile());
        }
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void restoresAFileToStdoutInUtf8(@TempDir Path dir) throws Exception {
        Path article = dir.resolve("a.txt");
        Files.writeString(article, "“Mr. Blinken mentioned,” she said.");
        Path dictionary = dir.resolve("d.unspin");
        Files.writeString(dictionary, "mentioned => said ; certain\n");
        Run run = unspin(null, "restore", "--no-default-dictionary", "--dictionary", dictionary.toString(), article.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("“Mr. Blinken said,” she said.", run.out());
        assertEquals("", run.err());
    }

    @Test
    void readsStandardInput(@TempDir Path dir) throws Exception {
        Path article = dir.resolve("in.txt");
        Files.writeString(article, "Blinken mentioned it");
        Path dictionary = dir.resolve("d.unspin");
        Files.writeString(dictionary, "mentioned => said\n");
        Run run = unspin(article, "restore", "--no-default-dictionary", "--dictionary", dictionary.toString(), "-");
        assertEquals(0, run.exit(), run.err());
        assertEquals("Blinken said it", run.out());
    }

    @Test
    void possibleFindingsWaitForEvidenceUnlessAMinimumIsGiven(@TempDir Path dir) throws Exception {
        Path article = dir.resolve("a.txt");
        Files.writeString(article, "Insurance coverage rose.");
        Path dictionary = dir.resolve("d.unspin");
        Files.writeString(dictionary, "coverage => policy ; possible\n");
        Run byEvidence = unspin(null, "restore", "--no-default-dictionary", "--dictionary", dictionary.toString(), article.toString());
        assertEquals("Insurance coverage rose.", byEvidence.out(), byEvidence.err());
        Run all = unspin(null, "restore", "--min-confidence", "possible", "--no-default-dictionary",
                "--dictionary", dictionary.toString(), article.toString());
        assertEquals("Insurance policy rose.", all.out(), all.err());
    }

    @Test
    void aMalformedDictionaryNamesFileLineAndColumn(@TempDir Path dir) throws Exception {
        Path article = dir.resolve("a.txt");
        Files.writeString(article, "text");
        Path dictionary = dir.resolve("bad.unspin");
        Files.writeString(dictionary, "# header\nmentioned => said ; sure\n");
        Run run = unspin(null, "restore", "--dictionary", dictionary.toString(), article.toString());
        assertEquals(2, run.exit());
        assertEquals("", run.out());
        assertTrue(run.err().contains(dictionary + ":2:21: unknown field 'sure'"), run.err());
    }

    @Test
    void aMissingInputIsNamed(@TempDir Path dir) throws Exception {
        Run run = unspin(null, "restore", dir.resolve("absent.txt").toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("absent.txt: no such file"), run.err());
    }

    @Test
    void invalidUtf8IsRefusedWithItsPosition(@TempDir Path dir) throws Exception {
        Path article = dir.resolve("latin1.txt");
        Files.write(article, "ok\ncaf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        Run run = unspin(null, "restore", article.toString());
        assertEquals(2, run.exit());
        assertEquals("", run.out());
        assertTrue(run.err().contains("latin1.txt:2:4: invalid UTF-8"), run.err());
    }

    @Test
    void aBadConfidenceIsAUsageError(@TempDir Path dir) throws Exception {
        Run run = unspin(null, "restore", "--min-confidence", "sure", "x.txt");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("'sure' is not a confidence"), run.err());
    }
}
