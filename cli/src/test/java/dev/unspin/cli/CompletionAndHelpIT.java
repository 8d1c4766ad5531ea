package dev.unspin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The completion script works in bash; help and version document the commands and exit codes. */
class CompletionAndHelpIT {
    @Test
    void theCompletionScriptCompletesCommandsAndFormatsInBash(@TempDir Path dir) throws Exception {
        Cli.Run run = Cli.run("completion");
        assertEquals(0, run.exit(), run.both());
        Path script = dir.resolve("unspin-completion.bash");
        Files.writeString(script, run.out());
        String probe = "source " + script + "\n"
                + "complete_words() { COMP_WORDS=(\"$@\"); COMP_CWORD=$(( $# - 1 )); COMP_LINE=\"$*\"; COMP_POINT=${#COMP_LINE};"
                + " COMPREPLY=(); _complete_unspin 2>/dev/null; echo \"${COMPREPLY[*]}\"; }\n"
                + "complete_words unspin ch\n"
                + "complete_words unspin check --format s\n"
                + "complete_words unspin w\n";
        Process bash = new ProcessBuilder("bash", "-c", probe).redirectErrorStream(true).start();
        String out = new String(bash.getInputStream().readAllBytes());
        assertEquals(0, bash.waitFor(), out);
        assertEquals(java.util.List.of("check", "sarif", "web"), out.lines().map(String::strip).toList(), out);
    }

    @Test
    void helpNamesEveryCommandAndTheExitCodes() throws Exception {
        Cli.Run main = Cli.run("--help");
        assertEquals(0, main.exit());
        // A run names one command and only that one is built; help must still see them all.
        for (String command : new String[] {"restore", "check", "completion", "lsp", "dict", "web", "eval", "fetch", "help"}) {
            assertTrue(main.out().contains("\n  " + command + " "), command + " missing from\n" + main.out());
        }
        Cli.Run helpLsp = Cli.run("help", "lsp");
        assertEquals(0, helpLsp.exit(), helpLsp.both());
        assertTrue(helpLsp.out().contains("--max-diagnostics"), helpLsp.out());
        Cli.Run check = Cli.run("check", "--help");
        assertTrue(check.out().contains("Exit codes:"), check.out());
        assertTrue(check.out().contains("1   spun phrasings found"), check.out());
        assertTrue(check.out().contains("--format"), check.out());
        Cli.Run restore = Cli.run("restore", "--help");
        assertTrue(restore.out().contains("--in-place") && restore.out().contains("--backup"), restore.out());
    }

    @Test
    void helpFollowsSubcommandsToAnyDepth() throws Exception {
        Cli.Run dictCheck = Cli.run("help", "dict", "check");
        assertEquals(0, dictCheck.exit(), dictCheck.both());
        assertTrue(dictCheck.out().startsWith("Usage: unspin dict check"), dictCheck.out());
        Cli.Run unknown = Cli.run("help", "dict", "chek");
        assertEquals(2, unknown.exit(), unknown.both());
        assertTrue(unknown.err().contains("'chek' is not a command of 'unspin dict'"), unknown.err());
    }

    @Test
    void versionComesFromTheBuild() throws Exception {
        Cli.Run run = Cli.run("--version");
        assertEquals(0, run.exit());
        assertTrue(run.out().matches("unspin \\d+\\.\\d+\\.\\d+.*\\n"), run.out());
    }

    @Test
    void noCommandIsAUsageError() throws Exception {
        Cli.Run run = Cli.run();
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("a command is required"), run.err());
    }
}
