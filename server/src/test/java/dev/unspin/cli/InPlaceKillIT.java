package dev.unspin.cli;

import static dev.unspin.cli.Cli.args;
import static dev.unspin.cli.Cli.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unspin.cli.files.TempFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills {@code restore --in-place} (SIGKILL, no shutdown hooks) at random moments of a run over
 * 2,000 files, and checks that every file is byte for byte either its original or its full
 * restoration, and that nothing but recognisable temporary files is left over.
 */
class InPlaceKillIT {
    private static final int FILES = 2_000;
    private static final int KILLS = 4;

    @TempDir
    Path dir;

    private static String original(int i) {
        StringBuilder text = new StringBuilder("Article " + i + "\n");
        for (int line = 0; line < 60; line++) {
            text.append("Line ").append(line).append(" of ").append(i).append(": the minister mentioned a coverage shift today.\n");
        }
        return text.toString();
    }

    private static String restored(int i) {
        return original(i).replace("mentioned", "said").replace("coverage shift", "policy shift");
    }

    private static String name(int i) {
        return String.format("article-%04d.txt", i);
    }

    @Test
    void aKilledRunLeavesEveryFileWhollyOldOrWhollyNew() throws Exception {
        Path dictionary = Cli.dictionary(dir, "mentioned => said ; certain", "coverage shift => policy shift ; likely");
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        for (int i = 0; i < FILES; i++) {
            Files.writeString(corpus.resolve(name(i)), original(i));
        }
        Random random = new Random();
        int killedMidway = 0;
        for (int round = 0; round < KILLS; round++) {
            Process process = Cli.builder(dir, args("restore", only(dictionary), "--in-place", "corpus"))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            // Wait until the run is writing (some file not yet restored has become restored), then
            // let it go on for a random while so the kill lands anywhere in the run.
            int before = countRestored(corpus);
            while (process.isAlive() && !countRestoredAtLeast(corpus, before + 1)) {
                Thread.sleep(5);
            }
            Thread.sleep(random.nextInt(400));
            process.destroyForcibly();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS));
            int restoredNow = checkEveryFileWhole(corpus);
            if (restoredNow > before && restoredNow < FILES) {
                killedMidway++;
            }
            if (restoredNow == FILES) {
                break;
            }
        }
        assertTrue(killedMidway > 0, "no kill landed in the middle of a run: the test proved nothing");

        Cli.Run finish = Cli.runIn(dir, args("restore", only(dictionary), "--in-place", "corpus"));
        assertEquals(0, finish.exit(), finish.both());
        assertEquals(FILES, checkEveryFileWhole(corpus));
        try (Stream<Path> files = Files.list(corpus)) {
            assertEquals(FILES, files.count(), "the finishing run removed the leftovers of the killed ones");
        }
    }

    /** Checks each file, and that anything else is a recognisable temp file; returns how many are restored. */
    private static int checkEveryFileWhole(Path corpus) throws IOException {
        int restoredCount = 0;
        for (int i = 0; i < FILES; i++) {
            String content = Files.readString(corpus.resolve(name(i)));
            if (content.equals(restored(i))) {
                restoredCount++;
            } else {
                assertEquals(original(i), content, name(i) + " is neither the original nor the restoration");
            }
        }
        List<Path> others = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus)) {
            files.filter(p -> !p.getFileName().toString().matches("article-\\d{4}\\.txt")).forEach(others::add);
        }
        for (Path other : others) {
            assertTrue(TempFiles.isTempFile(other), "unexpected file left behind: " + other);
        }
        return restoredCount;
    }

    private static int countRestored(Path corpus) throws IOException {
        int n = 0;
        for (int i = 0; i < FILES; i++) {
            if (Files.readString(corpus.resolve(name(i))).startsWith(restored(i).substring(0, 60))) {
                n++;
            }
        }
        return n;
    }

    private static boolean countRestoredAtLeast(Path corpus, int wanted) throws IOException {
        return countRestored(corpus) >= wanted;
    }
}
