package dev.unspin.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MobyFilesTest {
    @TempDir
    Path folder;

    private final ByteArrayOutputStream progress = new ByteArrayOutputStream();
    private final PrintStream progressStream = new PrintStream(progress, true, StandardCharsets.UTF_8);

    @Test
    void keepsWordsTxtInAVersionedFolderOfTheCache() {
        assertEquals(folder.resolve("moby-1.1.2").resolve("words.txt"), MobyFiles.wordsFile(new ResourceCache(folder)));
    }

    @Test
    void returnsTheCachedFileWithoutFetching() throws Exception {
        ResourceCache cache = new ResourceCache(folder);
        Path words = MobyFiles.wordsFile(cache);
        Files.createDirectories(words.getParent());
        Files.writeString(words, "say,mention\n");
        assertEquals(words, MobyFiles.require(cache, progressStream));
        assertEquals("", progress.toString(StandardCharsets.UTF_8), "nothing fetched, so no progress");
        assertEquals("say,mention\n", Files.readString(words), "the cached file is left as it is");
    }

    @Test
    void saysWhatIsMissingAndHowToGetItWhenItCannotFetch() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("cache"), "a file where the cache folder should be");
        ResourceCache cache = new ResourceCache(notAFolder);
        ResourceUnavailableException e = assertThrows(ResourceUnavailableException.class,
                () -> MobyFiles.require(cache, progressStream));
        String message = e.getMessage();
        assertTrue(message.contains(MobyFiles.wordsFile(cache).toString()), message);
        assertTrue(message.contains("https://registry.npmjs.org/moby/-/moby-1.1.2.tgz"), message);
        assertTrue(message.contains("moby@1.1.2") && message.contains("--fast"), message);
        assertEquals("a file where the cache folder should be", Files.readString(notAFolder), "nothing is written over");
    }
}
