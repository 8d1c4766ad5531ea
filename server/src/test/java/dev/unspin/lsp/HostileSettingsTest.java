package dev.unspin.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Settings a checked-out project may carry to hurt whoever opens it: files that never end
 * ({@code /dev/zero}), the server's own input ({@code /dev/stdin}, {@code /proc/self/fd/0}), a
 * pipe where the workspace dictionary goes, a file of another kind as the ignore list. The server
 * must answer {@code initialize}, say what it did not read, go on checking, and append to nothing
 * but an ignore list or a dictionary.
 */
class HostileSettingsTest {
    @TempDir
    Path root;

    private ServerHarness start(String settings) throws Exception {
        Files.writeString(root.resolve("d.unspin"), DiagnosticsTest.DICTIONARY);
        ServerHarness harness = new ServerHarness();
        harness.initialize(ServerHarness.capabilities(), ServerHarness.options(settings), root);
        return harness;
    }

    /** Waits for a shown message that starts with {@code start}; fails with those shown if none comes. */
    private static void awaitShown(ServerHarness h, String start) throws InterruptedException {
        List<String> messages = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(RawConnection.WAIT_SECONDS);
        while (System.nanoTime() < deadline) {
            MessageParams next = h.client.shown.poll(100, TimeUnit.MILLISECONDS);
            if (next != null) {
                messages.add(next.getMessage());
                if (next.getMessage().startsWith(start)) {
                    return;
                }
            }
        }
        throw new AssertionError("no message '" + start + "...' among " + messages);
    }

    private void assertStillChecks(ServerHarness h) {
        String uri = root.resolve("a.txt").toUri().toString();
        h.open(uri, "plaintext", "mentioned");
        assertEquals(1, h.diagnostics(uri).getDiagnostics().size());
    }

    @Test
    void filesThatAreNotRegularAreNotRead() throws Exception {
        Path fifo = Files.createDirectories(root.resolve(".unspin")).resolve("dictionary.unspin");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mkfifo.waitFor(), "mkfifo");
        try (ServerHarness h = start("\"dictionaries\": [\"d.unspin\", \"/proc/self/fd/0\", \"/dev/stdin\"]")) {
            awaitShown(h, "unspin: /proc/self/fd/0: not a regular file (a folder, a device or a pipe): only regular files are read");
            awaitShown(h, "unspin: /dev/stdin: not a regular file");
            awaitShown(h, "unspin: " + fifo + ": not a regular file");
            assertStillChecks(h);
        }
    }

    @Test
    void theFilesTheServerWritesAreReadOnlyInsideTheWorkspace() throws Exception {
        try (ServerHarness h = start("\"ignoredEntriesFile\": \"/dev/zero\", \"workspaceDictionary\": \"../outside.unspin\"")) {
            awaitShown(h, "unspin: " + root.resolve("../outside.unspin").normalize() + ": outside the workspace folder");
            awaitShown(h, "unspin: /dev/zero: outside the workspace folder " + root + ", not read: unspin reads and"
                    + " writes its workspace files only inside it");
            assertStillChecks(h);
        }
    }

    @Test
    void anEndlessIgnoreFileIsRefusedWithoutAWorkspace() throws Exception {
        ServerHarness h = new ServerHarness();
        try (h) {
            h.initialize(ServerHarness.capabilities(), com.google.gson.JsonParser.parseString(
                    "{\"ignoredEntriesFile\": \"/dev/zero\", \"debounceMs\": 0}").getAsJsonObject(), (java.nio.file.Path) null);
            awaitShown(h, "unspin: /dev/zero: not a regular file");
        }
    }

    @Test
    void aFileOfAnotherKindIsNotAppendedTo() throws Exception {
        Path config = Files.createDirectories(root.resolve(".git")).resolve("config");
        String content = "[core]\n\trepositoryformatversion = 0\n";
        Files.writeString(config, content);
        Path readme = Files.writeString(root.resolve("README.md"), "# A project\n\nSome prose.\n");
        try (ServerHarness h = start("\"ignoredEntriesFile\": \".git/config\", \"workspaceDictionary\": \"README.md\"")) {
            Throwable ignore = h.failure(h.server.getWorkspaceService().executeCommand(
                    new ExecuteCommandParams("unspin.ignoreInWorkspace", List.of(new com.google.gson.JsonPrimitive("mentioned")))));
            assertTrue(assertInstanceOf(ResponseErrorException.class, ignore).getMessage()
                    .contains(config + " is not a list of entry ids (line 1 reads '[core]'), so nothing was added to it"), ignore.toString());
            assertEquals(content, Files.readString(config));
            com.google.gson.JsonObject mapping = new com.google.gson.JsonObject();
            mapping.addProperty("uri", root.resolve("a.txt").toUri().toString());
            mapping.addProperty("spun", "coverage shift");
            mapping.addProperty("original", "policy shift");
            Throwable add = h.failure(h.server.getWorkspaceService().executeCommand(
                    new ExecuteCommandParams("unspin.addMapping", List.of(mapping))));
            assertTrue(add.getMessage().contains("is not an unspin dictionary (line 3 reads 'Some prose.'"), add.toString());
            assertEquals("# A project\n\nSome prose.\n", Files.readString(readme));
        }
    }
}
