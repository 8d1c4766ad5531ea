package dev.unspin.cli;

import static dev.unspin.cli.Cli.args;
import static dev.unspin.cli.Cli.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress bar shows on a terminal for a large run, and never in a pipe. */
class ProgressBarIT {
    @TempDir
    Path dir;

    private Path largeCorpus() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        for (int i = 0; i < 300; i++) {
            Files.writeString(corpus.resolve("a" + i + ".txt"), "he mentioned it\n");
        }
        return corpus;
    }

    @Test
    void onATerminalALargeRunShowsABarOnStderr() throws Exception {
        Path dictionary = Cli.dictionary(dir, "mentioned => said");
        largeCorpus();
        // util-linux's script(1) gives the run a pseudo-terminal, as a user's shell would.
        List<String> command = new ArrayList<>(Cli.builder(dir, args("restore", only(dictionary), "--in-place", "corpus")).command());
        String line = String.join(" ", command.stream().map(a -> "'" + a + "'").toList());
        Process process = new ProcessBuilder("script", "-qefc", line, "/dev/null")
                .directory(dir.toFile()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String terminal = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), terminal);
        assertTrue(terminal.contains("Restoring") && terminal.contains("300/300"), terminal);
        assertEquals("he said it\n", Files.readString(dir.resolve("corpus/a0.txt")));
    }

    @Test
    void inAPipeTheSameRunPrintsNothing() throws Exception {
        Path dictionary = Cli.dictionary(dir, "mentioned => said");
        largeCorpus();
        Cli.Run run = Cli.runIn(dir, args("restore", only(dictionary), "--in-place", "corpus"));
        assertEquals(0, run.exit());
        assertEquals("", run.out());
        assertEquals("", run.err());
        assertFalse(run.err().contains("Restoring"));
    }
}
