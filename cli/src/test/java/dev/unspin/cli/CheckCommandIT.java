package dev.unspin.cli;

import dev.unspin.report.SchemaValidation;
import static dev.unspin.cli.Cli.args;
import static dev.unspin.cli.Cli.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code unspin check} run from the packaged jar: every format, exit code and bad input. */
class CheckCommandIT {
    private static final Pattern GCC = Pattern.compile("(.+):(\\d+):(\\d+): warning: \"(.+)\" → \"(.+)\" \\[(.+)\\]");

    @TempDir
    Path dir;
    Path dictionary;
    Path corpus;

    @BeforeEach
    void corpus() throws IOException {
        dictionary = Cli.dictionary(dir, "mentioned => said ; certain", "coverage shift => policy shift ; likely",
                "go to to => visit to ; possible ; id: go-to-to");
        corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("b-spun.txt"), "Blinken, throughout a go to to Moldova,\nmentioned a coverage shift. “Yes,” he mentioned.\n");
        Files.createDirectories(corpus.resolve("a-sub"));
        Files.writeString(corpus.resolve("a-sub/clean.md"), "Blinken said the policy shift was real.\n");
        Files.writeString(corpus.resolve("ignored.pdf"), "he mentioned");
    }

    private Cli.Run check(String... rest) throws Exception {
        return Cli.runIn(dir, args("check", only(dictionary), rest));
    }

    @Test
    void textReportsEachSpunFileThenTheSummaryAndExitsOne() throws Exception {
        Cli.Run run = check("corpus");
        assertEquals(1, run.exit(), run.both());
        assertEquals("", run.err());
        assertTrue(run.out().startsWith("corpus/b-spun.txt: 4 findings in 14 words (spin score 285.7)\n"), run.both());
        assertTrue(run.out().contains("  2:1      certain   \"mentioned\" → \"said\"  [mentioned]\n"), run.out());
        assertTrue(run.out().contains("2 files checked, 21 words: 4 findings (2 certain, 1 likely, 1 possible) in 1 file\n"), run.out());
        assertFalse(run.out().contains("clean.md"), "files without findings are only counted");
        assertFalse(run.out().contains("\u001b["), "no colour when stdout is not a terminal");
    }

    @Test
    void colourCanBeForcedOrRefused() throws Exception {
        String coloured = check("--color=always", "corpus").out();
        assertTrue(coloured.contains("\u001b[1m"), coloured);
        assertTrue(coloured.contains("\u001b[0m"), coloured);
        assertFalse(coloured.contains("\u001b[21m"), "bold ends with a reset, not SGR 21 (double underline in many terminals)");
        assertFalse(check("--color=never", "corpus").out().contains("\u001b["));
    }

    @Test
    void nothingFoundExitsZero() throws Exception {
        Cli.Run run = check("corpus/a-sub");
        assertEquals(0, run.exit(), run.both());
        assertTrue(run.out().contains("1 file checked, 7 words: 0 findings\n"), run.out());
    }

    @Test
    void minConfidenceLeavesOutLessSureFindings() throws Exception {
        Cli.Run run = check("--min-confidence", "likely", "--format", "gcc", "corpus");
        assertEquals(3, run.out().lines().count(), run.out());
        assertFalse(run.out().contains("go-to-to"));
    }

    @Test
    void withoutAMinimumEachFilesEvidenceDecidesWhatIsReported() throws Exception {
        // One possible finding in 30 words: the file looks clean, so its evidence shows certain findings only.
        Files.writeString(corpus.resolve("quiet.txt"), "The minister said on Tuesday that the two governments would "
                + "go to to the capital next week and sign the agreement that both parliaments approved in the spring.\n");
        Cli.Run byEvidence = check("--format", "json", "corpus/quiet.txt", "corpus/b-spun.txt");
        assertEquals("", SchemaValidation.checkJsonViolations(byEvidence.out()));
        JsonObject root = JsonParser.parseString(byEvidence.out()).getAsJsonObject();
        assertEquals("possible", root.get("minConfidence").getAsString());
        JsonObject quiet = root.getAsJsonArray("files").get(0).getAsJsonObject();
        JsonObject spun = root.getAsJsonArray("files").get(1).getAsJsonObject();
        assertEquals("certain", quiet.get("minConfidence").getAsString());
        assertEquals(0, quiet.getAsJsonArray("findings").size());
        assertEquals("possible", spun.get("minConfidence").getAsString(), "four findings in 14 words: clearly spun");
        assertEquals(4, spun.getAsJsonArray("findings").size());

        Cli.Run everything = check("--format", "gcc", "--min-confidence", "possible", "corpus/quiet.txt");
        assertEquals(1, everything.exit(), everything.both());
        assertTrue(everything.out().contains("[go-to-to]"), everything.out());
    }

    @Test
    void gccLinesParseBackToThePhrasingAtThatLineAndColumn() throws Exception {
        Cli.Run run = check("--format", "gcc", "corpus");
        assertEquals(1, run.exit(), run.both());
        List<String> lines = run.out().lines().toList();
        assertEquals(4, lines.size(), run.out());
        for (String line : lines) {
            Matcher m = GCC.matcher(line);
            assertTrue(m.matches(), line);
            String lineText = Files.readString(dir.resolve(m.group(1))).lines().toList().get(Integer.parseInt(m.group(2)) - 1);
            int offset = lineText.offsetByCodePoints(0, Integer.parseInt(m.group(3)) - 1);
            assertTrue(lineText.startsWith(m.group(4), offset), line);
        }
        assertEquals("corpus/b-spun.txt:1:23: warning: \"go to to\" → \"visit to\" [go-to-to]", lines.get(0));
    }

    @Test
    void jsonConformsToItsSchemaAndListsFilesInInputOrder() throws Exception {
        Cli.Run run = check("--format", "json", "corpus", "missing.txt", "corpus/ignored.pdf");
        assertEquals(2, run.exit(), run.both());
        assertEquals("", SchemaValidation.checkJsonViolations(run.out()));
        JsonObject root = JsonParser.parseString(run.out()).getAsJsonObject();
        JsonArray files = root.getAsJsonArray("files");
        assertEquals(List.of("corpus/a-sub/clean.md", "corpus/b-spun.txt", "corpus/ignored.pdf"),
                files.asList().stream().map(f -> f.getAsJsonObject().get("path").getAsString()).toList());
        assertEquals("missing.txt", root.getAsJsonArray("problems").get(0).getAsJsonObject().get("path").getAsString());
        assertEquals(5, root.getAsJsonObject("summary").get("findings").getAsInt());
        assertTrue(run.err().contains("unspin: missing.txt: no such file or folder"), run.err());
    }

    @Test
    void sarifConformsToTheSarif210Schema() throws Exception {
        Cli.Run run = check("--format", "sarif", "corpus", "absent-folder/");
        assertEquals(2, run.exit(), run.both());
        assertEquals("", SchemaValidation.sarifViolations(run.out()));
        JsonObject sarif = JsonParser.parseString(run.out()).getAsJsonObject();
        JsonObject theRun = sarif.getAsJsonArray("runs").get(0).getAsJsonObject();
        assertEquals(4, theRun.getAsJsonArray("results").size());
        assertFalse(theRun.getAsJsonArray("invocations").get(0).getAsJsonObject().get("executionSuccessful").getAsBoolean());
    }

    @Test
    void parallelOutputIsTheSameAsSequentialOutput() throws Exception {
        Path many = Files.createDirectories(dir.resolve("many"));
        for (int i = 0; i < 120; i++) {
            // Uneven sizes, so that with several threads later files often finish first.
            Files.writeString(many.resolve(String.format("f%03d.txt", i)), "he mentioned it. ".repeat(1 + (i * 37) % 400));
        }
        Cli.Run one = check("--threads", "1", "--format", "json", "many");
        Cli.Run four = check("--threads", "4", "--format", "json", "many");
        assertEquals(1, four.exit(), four.both());
        assertEquals(one.out(), four.out());
        assertEquals("", four.err(), "no progress bar or chatter when stderr is not a terminal");
    }

    @Test
    void binaryAndNonUtf8FilesInFoldersAreSkippedWithAWarning() throws Exception {
        Files.write(corpus.resolve("image.txt"), new byte[] {'G', 'I', 'F', 0, 1, 2});
        Files.write(corpus.resolve("latin1.txt"), "ok\ncaf\u00e9 mentioned".getBytes(StandardCharsets.ISO_8859_1));
        Cli.Run run = check("--format", "gcc", "corpus");
        assertEquals(1, run.exit(), "skipped files are no error: " + run.both());
        assertTrue(run.err().contains("unspin: warning: corpus/image.txt:1:4: looks binary (NUL byte at byte offset 3), skipped"), run.err());
        assertTrue(run.err().contains("unspin: warning: corpus/latin1.txt:2:4: invalid UTF-8"), run.err());
        assertFalse(run.out().contains("latin1"), "never garbled output");
    }

    @Test
    void aBinaryFileOrStdinNamedExplicitlyIsAnError() throws Exception {
        Files.write(corpus.resolve("image.txt"), new byte[] {'G', 0});
        Cli.Run file = check("corpus/image.txt");
        assertEquals(2, file.exit());
        assertTrue(file.err().contains("corpus/image.txt:1:2: looks binary"), file.err());
        Cli.Run stdin = Cli.run(dir, new byte[] {'a', 0}, args("check", only(dictionary), "-"));
        assertEquals(2, stdin.exit());
        assertTrue(stdin.err().contains("<stdin>:1:2: looks binary"), stdin.err());
    }

    @Test
    void readsStandardInput() throws Exception {
        Cli.Run run = Cli.run(dir, "he mentioned it".getBytes(StandardCharsets.UTF_8), args("check", only(dictionary), "--format", "gcc", "-"));
        assertEquals(1, run.exit(), run.both());
        assertEquals("<stdin>:1:4: warning: \"mentioned\" → \"said\" [mentioned]\n", run.out());
    }

    @Test
    void symlinksOutOfTheTreeAreFollowedOnlyWhenAsked() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("far.txt"), "he mentioned");
        Files.createSymbolicLink(corpus.resolve("link.txt"), outside.resolve("far.txt"));
        Cli.Run plain = check("--format", "gcc", "corpus");
        assertFalse(plain.out().contains("link.txt"), plain.out());
        assertTrue(plain.err().contains("corpus/link.txt: symbolic link out of the folder, not followed (use --follow-symlinks)"), plain.err());
        Cli.Run followed = check("--format", "gcc", "--follow-symlinks", "corpus");
        assertTrue(followed.out().contains("corpus/link.txt:1:4:"), followed.out());
    }

    @Test
    void includeAndExcludeChooseTheFiles() throws Exception {
        Cli.Run run = check("--format", "json", "--include", "*.pdf", "--include", "*.txt", "--exclude", "b-*", "corpus");
        JsonArray files = JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("files");
        assertEquals(List.of("corpus/ignored.pdf"), files.asList().stream().map(f -> f.getAsJsonObject().get("path").getAsString()).toList());
    }

    @Test
    void aMalformedDictionaryIsNamedWithLineAndColumn() throws Exception {
        Path bad = dir.resolve("bad.unspin");
        Files.writeString(bad, "mentioned => said\ncoverage shift policy shift\n");
        Cli.Run run = Cli.runIn(dir, "check", "--dictionary", bad.toString(), "corpus");
        assertEquals(2, run.exit());
        assertEquals("", run.out());
        assertTrue(run.err().contains(bad + ":2:1: expected '=>'"), run.err());
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        Cli.Run format = check("--format", "xml", "corpus");
        assertEquals(2, format.exit());
        assertTrue(format.err().contains("xml"), format.err());
        assertEquals(2, Cli.run("check").exit(), "a path is required");
    }

    @Test
    void theDefaultDictionaryIsUsedUnlessRefused() throws Exception {
        Files.writeString(dir.resolve("x.txt"), "Officials mentioned it.");
        Cli.Run withDefault = Cli.runIn(dir, "check", "--format", "gcc", "x.txt");
        assertEquals(1, withDefault.exit(), withDefault.both());
        assertTrue(withDefault.out().startsWith("x.txt:1:11: warning: \"mentioned\" → \"said\""), withDefault.out());
        Path empty = Cli.dictionary(dir, "# nothing");
        assertEquals(0, Cli.runIn(dir, "check", "--no-default-dictionary", "--dictionary", empty.toString(), "x.txt").exit());
    }
}
