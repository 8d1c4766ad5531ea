package dev.unspin.cli;

import static dev.unspin.cli.Cli.args;
import static dev.unspin.cli.Cli.only;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs no article should be: a document of many megabytes (50 MB in a long run) under a bounded
 * heap, binary files and damaged UTF-8 in folders and on the command line, and mixed line endings,
 * which a restoration must keep byte for byte.
 */
class OddInputsIT {
    private static final String TEST = "odd inputs";
    private static final List<String> FIGURES = new ArrayList<>();
    private static final String[][] PAIRS = {{"mentioned", "said"}, {"coverage shift", "policy shift"},
        {"information convention", "news conference"}};
    private static final String[] PLAIN = {"the", "minister", "today", "in", "Prague", "a", "weapons", "said", "émigré", "😀"};

    @TempDir
    Path dir;

    private Path dictionary;

    @BeforeEach
    void dictionary() throws IOException {
        dictionary = Cli.dictionary(dir, "mentioned => said ; certain", "coverage shift => policy shift ; certain",
                "information convention => news conference ; certain");
    }

    @AfterAll
    static void printFigures() {
        Reliability.figures(TEST, String.join("; ", FIGURES));
    }

    @Test
    void aHugeDocumentIsRestoredAndCheckedUnderABoundedHeap() throws Exception {
        Random random = Reliability.random(TEST + ", huge document");
        int megabytes = Reliability.count(8, 50);
        String heap = "-Xmx" + Math.max(512, 24 * megabytes) + "m";
        StringBuilder spun = new StringBuilder();
        StringBuilder restored = new StringBuilder();
        int spins = 0;
        while (spun.length() < megabytes * 1_000_000) {
            int words = 3 + random.nextInt(20);
            for (int w = 0; w < words; w++) {
                String separator = w == 0 ? "" : " ";
                if (random.nextInt(12) == 0) {
                    String[] pair = PAIRS[random.nextInt(PAIRS.length)];
                    spun.append(separator).append(pair[0]);
                    restored.append(separator).append(pair[1]);
                    spins++;
                } else {
                    String word = PLAIN[random.nextInt(PLAIN.length)];
                    spun.append(separator).append(word);
                    restored.append(separator).append(word);
                }
            }
            String end = random.nextInt(50) == 0 ? ".\r\n" : ".\n";
            spun.append(end);
            restored.append(end);
        }
        Path file = dir.resolve("huge.txt");
        Files.writeString(file, spun);
        long bytes = Files.size(file);

        long start = System.nanoTime();
        Cli.Run restore = Cli.run(Cli.builder(List.of(heap), dir, args("restore", only(dictionary), "huge.txt")), null);
        double restoreSeconds = (System.nanoTime() - start) / 1e9;
        assertEquals(0, restore.exit(), restore.err());
        assertTrue(restore.out().equals(restored.toString()), "the restoration of the huge document is exact");

        start = System.nanoTime();
        Cli.Run check = Cli.run(Cli.builder(List.of(heap), dir, args("check", only(dictionary), "--format", "gcc", "huge.txt")), null);
        double checkSeconds = (System.nanoTime() - start) / 1e9;
        assertEquals(1, check.exit(), check.err());
        assertEquals(spins, check.out().lines().count(), "one finding per spun phrasing");
        FIGURES.add(String.format("a %.0f MB document with %,d spun phrasings: restore %.1f s, check %.1f s, with %s",
                bytes / 1e6, spins, restoreSeconds, checkSeconds, heap));
    }

    @Test
    void damagedFilesInAFolderAreSkippedByNameAndTheRestRestored() throws Exception {
        Random random = Reliability.random(TEST + ", damaged files");
        int count = Reliability.count(300, 5_000);
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        byte[] base = "The minister mentioned a coverage shift — “quoted” émigré 😀.\nSecond line.\r\n".getBytes(StandardCharsets.UTF_8);
        List<Path> damaged = new ArrayList<>();
        List<Path> sound = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] bytes = switch (random.nextInt(4)) {
                case 0 -> randomBytes(random, 1 + random.nextInt(200));
                case 1 -> Arrays.copyOf(base, 1 + random.nextInt(base.length)); // may cut a character in two
                default -> flipBytes(random, base.clone(), 1 + random.nextInt(3));
            };
            Path file = corpus.resolve(String.format("file-%05d.txt", i));
            Files.write(file, bytes);
            (isText(bytes) ? sound : damaged).add(file);
        }
        Cli.Run run = Cli.runIn(dir, args("restore", only(dictionary), "--out", "out", "corpus"));
        assertEquals(0, run.exit(), "skipped files are no error: " + run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        List<String> warnings = run.err().lines().toList();
        assertEquals(damaged.size(), warnings.size(), "one warning per damaged file: " + run.err());
        for (Path file : damaged) {
            String name = dir.relativize(file).toString();
            assertTrue(warnings.stream().anyMatch(w -> w.matches("unspin: warning: " + name + ":\\d+:\\d+: (looks binary|invalid UTF-8).*, skipped")),
                    "no warning with line:column for " + name);
            assertFalse(Files.exists(dir.resolve("out").resolve(file.getFileName())), "nothing written for " + name);
        }
        for (Path file : sound) {
            assertTrue(Files.exists(dir.resolve("out").resolve(file.getFileName())), "a sound file is restored: " + file);
        }
        FIGURES.add(String.format("%,d random, cut and bit-flipped files: %,d refused by name with line:column, %,d restored",
                count, damaged.size(), sound.size()));
    }

    @Test
    void aBinaryFileNamedOnTheCommandLineIsRefusedWithoutOutput() throws Exception {
        Path binary = dir.resolve("photo.jpg");
        Files.write(binary, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0x10, 'J', 'F', 'I', 'F'});
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, new byte[] {'o', 'k', '\n', 'c', 'a', 'f', (byte) 0xE9, '\n'});
        for (String command : List.of("restore", "check")) {
            Cli.Run run = Cli.runIn(dir, args(command, only(dictionary), "photo.jpg"));
            assertEquals(2, run.exit(), run.both());
            assertNoOutput(command, run);
            assertEquals("unspin: photo.jpg:1:4: looks binary (NUL byte at byte offset 3)\n", run.err());
            Cli.Run invalid = Cli.runIn(dir, args(command, only(dictionary), "latin1.txt"));
            assertEquals(2, invalid.exit(), invalid.both());
            assertNoOutput(command, invalid);
            assertTrue(invalid.err().startsWith("unspin: latin1.txt:2:4: invalid UTF-8 (byte 0xE9 at byte offset 6)"), invalid.err());
        }
    }

    @Test
    void namesAndPhrasingsWithControlCharactersArePrintedOnOneLine() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("names"));
        Files.writeString(folder.resolve("evil\nfake.txt:1:1: warning: injected.txt"), "He mentioned it.\n");
        Files.writeString(folder.resolve("esc\u001b[2J.txt"), "Navy\nofficers mentioned it.\n");
        Path dictionary = Cli.dictionary(dir, "mentioned => said ; certain", "navy officers => military officials ; certain");
        Cli.Run gcc = Cli.runIn(dir, args("check", only(dictionary), "--format", "gcc", "names"));
        List<String> lines = gcc.out().lines().toList();
        assertEquals(3, lines.size(), "one line per finding, none injected: " + gcc.out());
        assertTrue(lines.contains("\"names/evil\\nfake.txt:1:1: warning: injected.txt\":1:4: warning: \"mentioned\" → \"said\" [mentioned]"),
                gcc.out());
        assertTrue(lines.contains("\"names/esc\\033[2J.txt\":1:1: warning: \"Navy\\nofficers\" → \"Military officials\" [navy-officers]"),
                gcc.out());

        Cli.Run diff = Cli.runIn(dir, args("restore", only(dictionary), "--diff", "names"));
        assertTrue(diff.out().startsWith("--- \"names/esc\\033[2J.txt\"\n+++ \"names/esc\\033[2J.txt\"\n"), diff.out());
        assertTrue(diff.out().contains("\n--- \"names/evil\\nfake.txt:1:1: warning: injected.txt\"\n"), diff.out());

        Cli.Run missing = Cli.runIn(dir, "check", "no\u001b[2Jsuch\nfile.txt");
        assertEquals("unspin: no\\x1b[2Jsuch\\nfile.txt: no such file or folder\n", missing.err());
    }

    @Test
    void mixedLineEndingsAndAByteOrderMarkAreKeptByteForByte() throws Exception {
        String spun = "\uFEFFHe mentioned it.\r\nA coverage shift\rwas mentioned\n\nINFORMATION CONVENTION\r\n\r\nend mentioned";
        String restored = "\uFEFFHe said it.\r\nA policy shift\rwas said\n\nNEWS CONFERENCE\r\n\r\nend said";
        Path file = dir.resolve("mixed.txt");
        Files.write(file, spun.getBytes(StandardCharsets.UTF_8));
        Cli.Run printed = Cli.runIn(dir, args("restore", only(dictionary), "mixed.txt"));
        assertEquals(0, printed.exit(), printed.both());
        assertEquals(restored, printed.out());
        Cli.Run inPlace = Cli.runIn(dir, args("restore", only(dictionary), "--in-place", "mixed.txt"));
        assertEquals(0, inPlace.exit(), inPlace.both());
        assertArrayEquals(restored.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
        FIGURES.add("mixed LF, CRLF and CR with a BOM kept byte for byte");
    }

    /** Restore prints nothing; check only its summary of no file checked. */
    private static void assertNoOutput(String command, Cli.Run run) {
        if (command.equals("restore")) {
            assertEquals("", run.out(), "no garbage output");
        } else {
            assertTrue(run.out().startsWith("0 files checked, 1 error, 0 words: 0 findings\n"), run.out());
        }
    }

    private static boolean isText(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] flipBytes(Random random, byte[] bytes, int flips) {
        for (int i = 0; i < flips; i++) {
            bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return bytes;
    }
}
