package dev.unspin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output that cannot be written (a full disk, a closed standard output) must fail the run with a
 * message, never end with 0 as if the results had been delivered.
 */
class LostOutputIT {
    private static final byte[] SPUN = "Navy officers mentioned it.\n".getBytes(StandardCharsets.UTF_8);
    private static final File FULL = new File("/dev/full"); // every write fails with ENOSPC

    @TempDir
    Path dir;

    private static Cli.Run toFullDisk(String... args) throws Exception {
        return Cli.run(Cli.builder(null, args).redirectOutput(FULL), SPUN);
    }

    private static void assertLost(Cli.Run run, String reason) {
        assertEquals(2, run.exit(), run.both());
        assertTrue(run.err().contains("unspin: cannot write to standard output (" + reason + "): the output is incomplete"),
                run.both());
    }

    @Test
    void restoreToAFullDiskFails() throws Exception {
        assertLost(toFullDisk("restore", "-"), "No space left on device");
        assertLost(toFullDisk("restore", "--diff", "-"), "No space left on device");
    }

    @Test
    void checkToAFullDiskFailsInEveryFormat() throws Exception {
        for (String format : List.of("text", "gcc", "json", "sarif")) {
            assertLost(toFullDisk("check", "--format", format, "-"), "No space left on device");
        }
    }

    @Test
    void otherCommandsToAFullDiskFail() throws Exception {
        Cli.Run help = toFullDisk("--help");
        assertEquals(2, help.exit(), help.both());
        assertTrue(help.err().contains("unspin: cannot write to standard output"), help.both());
    }

    @Test
    void restoreWithStandardOutputClosedFails() throws Exception {
        Path input = Files.write(dir.resolve("spun.txt"), SPUN);
        List<String> command = new ArrayList<>(Cli.builder(null, "restore", input.toString()).command());
        StringBuilder shell = new StringBuilder("exec");
        for (String word : command) {
            shell.append(" '").append(word.replace("'", "'\\''")).append('\'');
        }
        Process process = new ProcessBuilder("sh", "-c", shell + " >&-").redirectErrorStream(true).start();
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, process.exitValue(), said);
        assertTrue(said.contains("unspin: cannot write to standard output ("), said);
    }
}
