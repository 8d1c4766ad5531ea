package dev.unspin.cli;

import static dev.unspin.cli.Cli.args;
import static dev.unspin.cli.Cli.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Messages for an unlucky user: each says what went wrong and what to do, not what picocli or the JVM saw. */
class CommandLineMessagesIT {
    private static final String SPUN = "Officials mentioned it.\n";
    private static final String RESTORED = "Officials said it.\n";

    @TempDir
    Path dir;
    private Path dictionary;

    @BeforeEach
    void setUp() throws Exception {
        dictionary = Cli.dictionary(dir, "mentioned => said ; certain");
    }

    @Test
    void aFileWhoseNameStartsWithADashIsExplainedAndReachedWithDoubleDashOrDotSlash() throws Exception {
        Files.writeString(dir.resolve("-dash.txt"), SPUN);
        Cli.Run run = Cli.runIn(dir, args("restore", only(dictionary), "-dash.txt"));
        assertEquals(2, run.exit(), run.both());
        assertTrue(run.err().startsWith("unspin: -dash.txt is read as options, although a file of that name exists:"
                + " to give the file, put -- before it (unspin restore -- -dash.txt) or write ./-dash.txt\n"), run.err());

        for (String name : List.of("--", "./-dash.txt")) {
            List<String> rest = new ArrayList<>(List.of(name));
            if (name.equals("--")) {
                rest.add("-dash.txt");
            }
            Cli.Run restored = Cli.runIn(dir, args("restore", only(dictionary), rest.toArray(String[]::new)));
            assertEquals(0, restored.exit(), restored.both());
            assertEquals(RESTORED, restored.out());
        }
    }

    @Test
    void anUnknownOptionThatIsNoFileKeepsPicocliMessage() throws Exception {
        Cli.Run run = Cli.runIn(dir, args("check", only(dictionary), "--no-such-option", "x.txt"));
        assertEquals(2, run.exit(), run.both());
        assertTrue(run.err().contains("Unknown option: '--no-such-option'"), run.err());
    }

    @Test
    void aClosedStandardInputIsSaidToBeClosed() throws Exception {
        for (String command : List.of("restore", "check")) {
            ProcessBuilder builder = Cli.builder(dir, args(command, only(dictionary), "-"));
            List<String> closingStdin = new ArrayList<>(List.of("sh", "-c", "exec \"$@\" <&-", "sh"));
            closingStdin.addAll(builder.command());
            Cli.Run run = Cli.run(builder.command(closingStdin), null);
            assertEquals(2, run.exit(), run.both());
            assertTrue(run.err().contains("unspin: <stdin>: standard input is closed, so there is nothing to read:"
                    + " pipe the text in or give a file"), run.err());
        }
    }

    @Test
    void aReadOnlyFolderIsNamedAsTheReasonAFileCannotBeRestoredInPlace() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder"));
        Path file = Files.writeString(folder.resolve("a.txt"), SPUN);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        ProcessBuilder builder = Cli.builder(dir, args("restore", only(dictionary), "--in-place", "folder/a.txt"));
        if ("root".equals(System.getProperty("user.name"))) { // root writes anywhere: run as nobody
            Path setpriv = Path.of("/usr/bin/setpriv");
            assertTrue(Files.isExecutable(setpriv), "running as root, the test needs setpriv (util-linux) to drop privileges");
            List<String> asNobody = new ArrayList<>(List.of(setpriv.toString(), "--reuid=65534", "--regid=65534", "--clear-groups"));
            asNobody.addAll(builder.command());
            builder.command(asNobody);
        }
        Cli.Run run = Cli.run(builder, null);
        assertEquals(2, run.exit(), run.both());
        assertTrue(run.err().contains("unspin: folder/a.txt: cannot write (permission denied: no new file can be made in its folder "
                + folder.toRealPath() + ", where a restoration is written before it replaces the file; make the folder writable)"),
                run.err());
        assertEquals(SPUN, Files.readString(file));
    }
}
