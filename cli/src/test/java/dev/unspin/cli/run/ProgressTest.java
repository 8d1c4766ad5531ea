package dev.unspin.cli.run;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProgressTest {
    @Test
    void aBarOnlyForLargeRunsWithStderrOnATerminalAndNoResultsStreamingThere() {
        assertTrue(Progress.wanted(true, false, Progress.MANY_FILES, 0));
        assertTrue(Progress.wanted(true, false, 1, Progress.MANY_BYTES));
        assertFalse(Progress.wanted(true, false, Progress.MANY_FILES - 1, Progress.MANY_BYTES - 1), "small run");
        assertFalse(Progress.wanted(false, false, 100_000, Long.MAX_VALUE), "stderr is a pipe or a CI log");
        assertFalse(Progress.wanted(true, true, 100_000, Long.MAX_VALUE), "results stream to the terminal");
    }

    @Test
    void terminalDevicesAreToldFromFilesAndPipes() {
        assertTrue(Terminals.isTerminalDevice("/dev/pts/3"));
        assertTrue(Terminals.isTerminalDevice("/dev/tty1"));
        assertFalse(Terminals.isTerminalDevice("pipe:[12345]"));
        assertFalse(Terminals.isTerminalDevice("/dev/null"));
        assertFalse(Terminals.isTerminalDevice("/tmp/out.log"));
    }

    @Test
    void underMavenStderrIsNotATerminal() {
        assertFalse(Progress.start("test", 1_000, 0, false).shown());
    }
}
