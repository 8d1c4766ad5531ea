package dev.unspin.cli;

import static dev.unspin.cli.Cli.args;
import static dev.unspin.cli.Cli.only;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code restore --in-place --backup SUFFIX} with several threads over folders whose names collide
 * with their own backups: {@code a.txt} beside {@code a.txt.md} with {@code --backup .md},
 * {@code story} beside {@code story.txt} with {@code --backup .txt}, names with spaces, newlines,
 * dashes and non-ASCII letters, read-only files. Whatever the names, no byte of any file may be
 * lost: every file is its original or, if it is an input with spin, its restoration with its
 * original in its backup; a run that a backup would put on another input writes nothing.
 */
class BackupNamesIT {
    private static final String TEST = "backup names";
    private static final String[] BASES = {"a", "story", "b c", "x.y", "-dash", ".hidden", "new\nline", "Ünïcödé", "a.txt"};
    private static final String[] EXTENSIONS = {".txt", ".md", ".html", ".orig", ".bak", "~"};
    /** Suffixes that make a backup an input (the default --include), and suffixes that do not. */
    private static final String[] INPUT_SUFFIXES = {".md", ".txt", ".html", ".txt.md"};
    private static final String[] OTHER_SUFFIXES = {".orig", ".bak", "~", ".txt.orig"};
    private static final String[] SPUN = {"mentioned", "navy officers", "coverage shift", "information convention"};
    private static final String[] PLAIN = {"the", "minister", "talks", "on", "Friday", "in", "Prague", "weapons"};

    @TempDir
    Path dir;

    @Test
    void backupsNeverLandOnAnotherFile() throws Exception {
        Random random = Reliability.random(TEST);
        Path dictionary = Cli.dictionary(dir, "mentioned => said ; certain", "coverage shift => policy shift ; certain",
                "information convention => news conference ; certain", "navy officers => military officials ; certain");
        int rounds = Reliability.count(6, 60);
        int files = 0;
        int refused = 0;
        int restored = 0;
        int keptAlone = 0;
        long started = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            Path folder = Files.createDirectories(dir.resolve("round-" + round));
            // Every other round, a suffix that gives some input's backup the name of another input.
            String suffix = round % 2 == 0 ? INPUT_SUFFIXES[random.nextInt(INPUT_SUFFIXES.length)]
                    : OTHER_SUFFIXES[random.nextInt(OTHER_SUFFIXES.length)];
            Map<Path, byte[]> before = writeFolder(random, folder, 20 + random.nextInt(30));
            if (round % 2 == 0) {
                Path input = folder.resolve("story.txt");
                before.put(input, write(input, article(random)));
                before.put(backupOf(input, suffix), write(backupOf(input, suffix), article(random)));
            }
            files += before.size();
            Map<Path, byte[]> restorations = restorations(dictionary, folder, round);
            boolean backupOnInput = restorations.keySet().stream()
                    .anyMatch(input -> restorations.containsKey(backupOf(input, suffix)));

            ProcessBuilder inPlace = Cli.builder(dir, args("restore", only(dictionary), "--in-place", "--backup", suffix,
                    "--threads", "4", folder.getFileName().toString()));
            inPlace.environment().put("LC_ALL", "C.UTF-8"); // file names in UTF-8, as the non-ASCII ones are written
            Cli.Run run = Cli.run(inPlace, null);
            String context = "round " + round + ", --backup " + suffix + "\n" + run.both();
            if (backupOnInput) {
                refused++;
                assertEquals(2, run.exit(), context);
                assertTrue(run.err().contains("nothing was written"), context);
                assertEquals(before.keySet(), files(folder), context);
                before.forEach((file, bytes) -> assertUnchanged(file, bytes, context));
                continue;
            }
            Set<Path> backups = new HashSet<>();
            int leftAlone = 0;
            for (Map.Entry<Path, byte[]> entry : before.entrySet()) {
                Path file = entry.getKey();
                byte[] original = entry.getValue();
                byte[] restoration = restorations.get(file);
                byte[] now = Files.readAllBytes(file);
                if (restoration == null || Arrays.equals(original, restoration)) {
                    assertArrayEquals(original, now, file + " is not an input with spin and must not change; " + context);
                } else if (Arrays.equals(restoration, now)) {
                    restored++;
                    Path backup = backupOf(file, suffix);
                    assertArrayEquals(original, Files.readAllBytes(backup), backup + " must hold the original; " + context);
                    backups.add(backup);
                } else {
                    assertArrayEquals(original, now, file + " is neither its original nor its restoration; " + context);
                    keptAlone++;
                    Path backup = backupOf(file, suffix);
                    boolean readOnly = !Files.getPosixFilePermissions(file).toString().contains("WRITE");
                    boolean backupTaken = before.containsKey(backup) && !Arrays.equals(before.get(backup), original);
                    assertTrue(readOnly || backupTaken, file + " was left alone for no reason; " + context);
                    leftAlone++;
                }
            }
            for (Path file : files(folder)) {
                assertTrue(before.containsKey(file) || backups.contains(file), "unexpected file " + file + "; " + context);
            }
            assertEquals(leftAlone, run.err().split(": not restored: ", -1).length - 1, "each file left alone is named; " + context);
            assertEquals(leftAlone > 0 ? 2 : 0, run.exit(), context);
        }
        Reliability.figures(TEST, String.format("%d rounds of --in-place --backup with 4 threads, %d files (%d restored,"
                        + " %d read-only or with their backup's name taken left alone), %d runs refused as a backup would"
                        + " replace another input, no byte lost, %.1f s",
                rounds, files, restored, keptAlone, refused, (System.nanoTime() - started) / 1e9));
    }

    private static Path backupOf(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    /** Files named from few bases and stacked extensions, so that many are each other's backups. */
    private static Map<Path, byte[]> writeFolder(Random random, Path folder, int count) throws IOException {
        Map<Path, byte[]> files = new HashMap<>();
        for (int i = 0; i < count; i++) {
            String name = BASES[random.nextInt(BASES.length)];
            for (int e = random.nextInt(4); e > 0; e--) {
                name += EXTENSIONS[random.nextInt(EXTENSIONS.length)];
            }
            Path file = (random.nextBoolean() ? folder : folder.resolve("sub")).resolve(name);
            if (files.containsKey(file)) {
                continue;
            }
            byte[] bytes = write(file, article(random));
            if (random.nextInt(8) == 0) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
            }
            files.put(file, bytes);
        }
        return files;
    }

    private static byte[] write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        return bytes;
    }

    private static String article(Random random) {
        StringBuilder text = new StringBuilder();
        boolean clean = random.nextInt(5) == 0;
        for (int w = 0; w < 5 + random.nextInt(20); w++) {
            String word = !clean && random.nextInt(3) == 0 ? SPUN[random.nextInt(SPUN.length)] : PLAIN[random.nextInt(PLAIN.length)];
            text.append(w == 0 ? "" : " ").append(word);
        }
        return text.append(".\n").toString();
    }

    /** Each input's restoration, from a run that writes elsewhere: the files it writes are the inputs. */
    private Map<Path, byte[]> restorations(Path dictionary, Path folder, int round) throws Exception {
        Path expected = dir.resolve("expected-" + round);
        ProcessBuilder out = Cli.builder(dir, args("restore", only(dictionary), "--out", expected.toString(), folder.toString()));
        out.environment().put("LC_ALL", "C.UTF-8");
        Cli.Run run = Cli.run(out, null);
        assertEquals(0, run.exit(), run.both());
        Map<Path, byte[]> restorations = new HashMap<>();
        for (Path copy : files(expected)) {
            restorations.put(folder.resolve(expected.relativize(copy).toString()), Files.readAllBytes(copy));
        }
        return restorations;
    }

    private static Set<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return new HashSet<>(walk.filter(Files::isRegularFile).toList());
        }
    }

    @Test
    void aNameTheLocaleCannotSpellIsRestoredInPlaceButGetsNoBackup() throws Exception {
        Path dictionary = Cli.dictionary(dir, "mentioned => said ; certain");
        Path folder = Files.createDirectories(dir.resolve("names"));
        Path file = Files.writeString(folder.resolve("Ünïcödé.txt"), "Officials mentioned it.\n");
        Cli.Run run = Cli.runIn(dir, args("restore", only(dictionary), "--in-place", "names")); // LANG=C: ASCII names only
        assertEquals(0, run.exit(), run.both());
        assertEquals("Officials said it.\n", Files.readString(file));

        Files.writeString(file, "Officials mentioned it.\n");
        run = Cli.runIn(dir, args("restore", only(dictionary), "--in-place", "--backup", ".orig", "names"));
        assertEquals(2, run.exit(), run.both());
        assertTrue(run.err().contains(": not restored: its name does not fit in the locale's character set"), run.both());
        assertTrue(run.err().contains("LC_ALL=C.UTF-8"), run.both());
        assertEquals("Officials mentioned it.\n", Files.readString(file));
        assertEquals(Set.of(file), files(folder));
    }

    private static void assertUnchanged(Path file, byte[] original, String context) {
        try {
            assertArrayEquals(original, Files.readAllBytes(file), file + " changed; " + context);
        } catch (IOException e) {
            throw new AssertionError(file + ": " + e, e);
        }
    }
}
