package dev.unspin.cli;

import static dev.unspin.cli.Cli.args;
import static dev.unspin.cli.Cli.only;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unspin.io.TempFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills {@code restore --in-place} (with and without {@code --backup}) with SIGKILL at seeded random
 * moments, many times, over thousands of small files. After every kill each file must be byte for
 * byte its original or its complete restoration (computed first by a run with {@code --out}), a
 * backup must equal the original, and nothing may be left but the recognisable temporary files
 * ({@code .NAME.unspin-tmp-DIGITS}) that the next run removes. A third of the files are private
 * (rw-------): their backups must be too.
 */
class KilledWritesIT {
    private static final String TEST = "killed writes";
    private static final String BACKUP = ".orig";
    private static final String[] SPUN = {"mentioned", "coverage shift", "information convention", "navy officers"};
    private static final String[] PLAIN = {"the", "minister", "today", "in", "Prague", "a", "weapons", "“quoted”", "émigré", "😀"};

    @TempDir
    Path dir;

    private Path dictionary;
    private Path corpus;
    private final List<Path> files = new ArrayList<>();
    private final List<byte[]> originals = new ArrayList<>();
    private final List<byte[]> restorations = new ArrayList<>();
    private int kills;
    private int killsMidRun;
    private long filesChecked;
    private int tempsSeen;

    @Test
    void everyKillLeavesEachFileWhollyOriginalOrWhollyRestored() throws Exception {
        Random random = Reliability.random(TEST);
        int fileCount = Reliability.count(2_000, 5_000);
        int campaigns = Reliability.count(3, 40);
        long started = System.nanoTime();
        dictionary = Cli.dictionary(dir, "mentioned => said ; certain", "coverage shift => policy shift ; certain",
                "information convention => news conference ; certain", "navy officers => military officials ; certain");
        corpus = dir.resolve("corpus");
        writeCorpus(random, fileCount);
        computeRestorations();

        long[] fullRun = new long[2];
        long[] idleRun = new long[2];
        for (int backup = 0; backup < 2; backup++) {
            reset();
            fullRun[backup] = timedRun(backup == 1);
            checkAll(backup == 1, true);
            idleRun[backup] = timedRun(backup == 1); // nothing left to write: start-up and reading only
        }
        for (int campaign = 0; campaign < campaigns; campaign++) {
            int backup = campaign % 2;
            // A campaign kills several runs in a row, each going on from where the last was killed.
            reset();
            int rounds = 2 + random.nextInt(3);
            for (int round = 0; round < rounds; round++) {
                int before = countRestored();
                // Mostly while the run is writing, sometimes still starting: the writing phase shrinks
                // as a campaign goes on, so the delay is scaled by the work left.
                double left = (changedCount() - before) / (double) changedCount();
                long writing = Math.max(1, (long) ((fullRun[backup] - idleRun[backup]) * left));
                long delay = idleRun[backup] / 2 + random.nextLong(idleRun[backup] / 2 + writing);
                Process process = start(backup == 1);
                Thread.sleep(delay);
                process.destroyForcibly(); // SIGKILL: no shutdown hook runs
                assertTrue(process.waitFor(60, TimeUnit.SECONDS), "unspin did not die");
                kills++;
                int after = checkAll(backup == 1, false);
                if (after > before && after < changedCount()) {
                    killsMidRun++;
                }
            }
            Cli.Run finish = Cli.runIn(dir, restoreArgs(backup == 1));
            assertEquals(0, finish.exit(), finish.both());
            assertEquals(changedCount(), checkAll(backup == 1, true), "a finishing run restores every file");
        }
        assertTrue(killsMidRun > 0, "no kill landed in the middle of writing: the test proved nothing");
        Reliability.figures(TEST, String.format("%d files, %d kills (%d in the middle of writing), %d file checks,"
                        + " %d leftover temporary files seen and removed by the next run, %.1f s",
                fileCount, kills, killsMidRun, filesChecked, tempsSeen, (System.nanoTime() - started) / 1e9));
    }

    /** Small articles in a few folders; some with nothing to restore, some with CRLF, some with a BOM. */
    private void writeCorpus(Random random, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            Path file = corpus.resolve("folder-" + (i % 7)).resolve(String.format("article-%05d.txt", i));
            StringBuilder text = new StringBuilder();
            boolean clean = random.nextInt(5) == 0;
            String newline = random.nextInt(4) == 0 ? "\r\n" : "\n";
            int lines = 1 + random.nextInt(12);
            for (int line = 0; line < lines; line++) {
                int words = 3 + random.nextInt(15);
                for (int w = 0; w < words; w++) {
                    String word = !clean && random.nextInt(6) == 0 ? SPUN[random.nextInt(SPUN.length)] : PLAIN[random.nextInt(PLAIN.length)];
                    text.append(w == 0 ? "" : " ").append(word);
                }
                text.append('.').append(newline);
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            if (random.nextInt(10) == 0) {
                bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes);
            }
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            if (random.nextInt(3) == 0) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            files.add(file);
            originals.add(bytes);
        }
    }

    /** The expected restorations, from a run that writes elsewhere; they must differ where there was spin. */
    private void computeRestorations() throws Exception {
        Path expected = dir.resolve("expected");
        Cli.Run run = Cli.runIn(dir, args("restore", only(dictionary), "--out", expected.toString(), corpus.toString()));
        assertEquals(0, run.exit(), run.both());
        for (Path file : files) {
            restorations.add(Files.readAllBytes(expected.resolve(corpus.relativize(file))));
        }
        assertTrue(changedCount() > files.size() / 2, "the corpus must have mostly files to restore");
        assertTrue(changedCount() < files.size(), "the corpus must have files with nothing to restore");
    }

    /** Puts every original back and removes backups and leftovers, writing only what differs. */
    private void reset() throws IOException {
        for (int i = 0; i < files.size(); i++) {
            if (!Arrays.equals(originals.get(i), Files.readAllBytes(files.get(i)))) {
                Files.write(files.get(i), originals.get(i));
            }
        }
        for (Path other : others()) {
            Files.delete(other);
        }
    }

    private String[] restoreArgs(boolean backup) {
        List<String> rest = new ArrayList<>(List.of("--in-place"));
        if (backup) {
            rest.addAll(List.of("--backup", BACKUP));
        }
        rest.add("corpus");
        return args("restore", only(dictionary), rest.toArray(String[]::new));
    }

    private Process start(boolean backup) throws IOException {
        return Cli.builder(dir, restoreArgs(backup))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private long timedRun(boolean backup) throws Exception {
        long start = System.nanoTime();
        Cli.Run run = Cli.runIn(dir, restoreArgs(backup));
        assertEquals(0, run.exit(), run.both());
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    /**
     * Checks every file and whatever else is in the corpus; returns how many files are restored.
     * With {@code complete}, also that no temporary file is left.
     */
    private int checkAll(boolean backup, boolean complete) throws IOException {
        int restored = 0;
        Set<Path> expectedBackups = new java.util.HashSet<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            byte[] now = Files.readAllBytes(file);
            boolean changed = !Arrays.equals(originals.get(i), restorations.get(i));
            Path backupFile = file.resolveSibling(file.getFileName() + BACKUP);
            if (changed && Arrays.equals(now, restorations.get(i))) {
                restored++;
                if (backup) {
                    assertTrue(Files.exists(backupFile), file + " was restored without its backup");
                }
            } else {
                assertArrayEquals(originals.get(i), now, file + " is neither its original nor its restoration");
            }
            if (Files.exists(backupFile)) {
                assertTrue(backup && changed, "unexpected backup " + backupFile);
                assertArrayEquals(originals.get(i), Files.readAllBytes(backupFile), backupFile + " is not the original");
                assertEquals(Files.getPosixFilePermissions(file), Files.getPosixFilePermissions(backupFile),
                        backupFile + " must be exactly as private as its file");
                expectedBackups.add(backupFile);
            }
            filesChecked++;
        }
        if (complete) {
            assertEquals(changedCount(), restored, "a complete run restores every file that needs it");
        }
        for (Path other : others()) {
            if (!expectedBackups.contains(other)) {
                assertTrue(TempFiles.isTempFile(other), "unexpected file left behind: " + other);
                assertFalse(complete, "a complete run left a temporary file: " + other);
                tempsSeen++;
            }
        }
        return restored;
    }

    /** Every path in the corpus that is not one of the articles. */
    private List<Path> others() throws IOException {
        Set<Path> articles = Set.copyOf(files);
        try (Stream<Path> walk = Files.walk(corpus)) {
            return walk.filter(Files::isRegularFile).filter(p -> !articles.contains(p)).collect(Collectors.toList());
        }
    }

    private int countRestored() throws IOException {
        int n = 0;
        for (int i = 0; i < files.size(); i++) {
            if (!Arrays.equals(originals.get(i), restorations.get(i)) && Arrays.equals(restorations.get(i), Files.readAllBytes(files.get(i)))) {
                n++;
            }
        }
        return n;
    }

    private int changedCount() {
        int n = 0;
        for (int i = 0; i < files.size(); i++) {
            n += Arrays.equals(originals.get(i), restorations.get(i)) ? 0 : 1;
        }
        return n;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
