package dev.unspin.cli;

import static dev.unspin.cli.Cli.args;
import static dev.unspin.cli.Cli.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dictionaries built to hurt: a 10 MB line, a million entries, a phrasing of a thousand words, a
 * value of thousands of blanks (which once made a regular-expression search quadratic), NUL bytes,
 * invalid UTF-8, a byte-order mark, an endless device and a folder. Each must load at a bounded
 * cost or fail with file:line:column, and never hang (every run has a deadline in {@link Cli}).
 * The format has no includes and no patterns, so there are no include cycles or regex to attack.
 */
class HostileDictionaryIT {
    private static final String TEST = "hostile dictionaries";
    private static final StringBuilder FIGURES = new StringBuilder();
    private static int cases;

    @TempDir
    Path dir;

    @AfterAll
    static void printFigures() {
        Reliability.figures(TEST, cases + " hostile dictionaries, each refused with its place or loaded at a bounded cost" + FIGURES);
    }

    private Path article(String text) throws IOException {
        Path file = dir.resolve("article.txt");
        Files.writeString(file, text);
        return file;
    }

    private Cli.Run restoreWith(Path dictionary, String text, String... jvm) throws Exception {
        Path article = article(text);
        cases++;
        return Cli.run(Cli.builder(List.of(jvm), dir, args("restore", only(dictionary), article.toString())), null);
    }

    private static void assertRefused(Cli.Run run, String expectedStart) {
        assertEquals(2, run.exit(), run.both());
        assertTrue(run.err().startsWith("unspin: " + expectedStart), run.both());
        assertTrue(run.err().length() < 400, "the message stays short however big the line: " + run.err().length());
        assertEquals("", run.out(), "nothing restored with a broken dictionary");
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void aTenMegabyteLineIsRefusedAtTheColumnPastTheLimit() throws Exception {
        Path dictionary = dir.resolve("huge-line.unspin");
        String line = "mentioned => said ; example: " + "x".repeat(10 * 1024 * 1024);
        Files.writeString(dictionary, "# a comment\n" + line + "\n");
        assertRefused(restoreWith(dictionary, "he mentioned it\n"),
                dictionary + ":2:10001: line of " + line.length() + " characters, longer than the 10000");
        cases--;
        Cli.Run lint = Cli.runIn(dir, "dict", "check", "--no-default-clean-corpus", dictionary.toString());
        cases++;
        assertEquals(1, lint.exit(), lint.both());
        assertTrue(lint.out().contains(dictionary + ":2:10001:"), lint.both());
    }

    @Test
    void aReplacementThatWouldBlowUpTheOutputIsRefusedByName() throws Exception {
        Path dictionary = dir.resolve("growing.unspin");
        Files.writeString(dictionary, "x => " + "y".repeat(9_900) + " ; certain\n");
        Path article = article("x ".repeat(300_000) + "\n");
        for (String destination : List.of("--diff", "--min-confidence=certain")) {
            cases++;
            Cli.Run run = Cli.run(Cli.builder(List.of("-Xmx256m"), dir, args("restore", only(dictionary), destination,
                    article.toString())), null);
            assertEquals(2, run.exit(), run.both());
            assertTrue(run.err().startsWith("unspin: " + article + ": the restoration would have 2,970,300,001 characters,"
                    + " more than the 67,108,864 unspin makes: the dictionary's entry 'x' turns a match of 1 into 9,900"
                    + " characters"), run.both());
            assertEquals("", run.out());
        }
    }

    @Test
    void runningOutOfMemoryEndsWithAMessageAndTheUsualCode() throws Exception {
        Path article = article("He mentioned it. ".repeat(2_000_000)); // 34 MB: more than the heap given
        cases++;
        Cli.Run run = Cli.run(Cli.builder(List.of("-Xmx24m"), dir, args("restore", new String[0], article.toString())), null);
        assertEquals(2, run.exit(), run.both());
        assertTrue(run.err().startsWith("unspin: out of memory ("), run.both());
        assertTrue(run.err().contains("-Xmx"), run.both());
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
    }

    @Test
    void aMillionEntriesLoadWithinABoundedHeap() throws Exception {
        int entries = Reliability.count(200_000, 1_500_000); // the long run stays under the 64 MiB file limit
        String heap = Reliability.LONG ? "-Xmx2g" : "-Xmx768m";
        Random random = Reliability.random(TEST + ", many entries");
        Path dictionary = dir.resolve("many.unspin");
        try (Writer out = Files.newBufferedWriter(dictionary, StandardCharsets.UTF_8)) {
            for (int i = 0; i < entries; i++) {
                out.write("w" + i + " spun" + random.nextInt(1000) + " => original" + i + " ; likely\n");
            }
        }
        long start = System.nanoTime();
        Cli.Run run = restoreWith(dictionary, "last w" + (entries - 1) + " spun" + lastNumber(dictionary) + " here\n", heap);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(0, run.exit(), run.both());
        assertEquals("last original" + (entries - 1) + " here\n", run.out(), "the last entry of the file is in force");
        FIGURES.append(String.format("; %,d entries (%.0f MB) loaded and applied in %.1f s with %s",
                entries, Files.size(dictionary) / 1e6, seconds, heap));
    }

    private static String lastNumber(Path dictionary) throws IOException {
        List<String> lines = Files.readAllLines(dictionary);
        String last = lines.get(lines.size() - 1);
        return last.substring(last.indexOf(" spun") + 5, last.indexOf(" =>"));
    }

    @Test
    void aPhrasingOfAThousandWordsLoadsAndMatches() throws Exception {
        String phrasing = "alpha beta ".repeat(500).strip();
        Path dictionary = Cli.dictionary(dir, phrasing + " => gamma ; certain");
        Cli.Run run = restoreWith(dictionary, "before " + phrasing + " after\n");
        assertEquals(0, run.exit(), run.both());
        assertEquals("before gamma after\n", run.out());
        Cli.Run almost = restoreWith(dictionary, "before " + phrasing.substring(0, phrasing.length() - 5) + " after\n");
        assertEquals("before " + phrasing.substring(0, phrasing.length() - 5) + " after\n", almost.out(), "one word short: no match");
    }

    @Test
    void valuesOfThousandsOfBlanksCostNoMoreThanTheirLength() throws Exception {
        String blanks = " ".repeat(9_000);
        Path dictionary = Cli.dictionary(dir, "mentioned => said ; certain ; not-near: orbit" + blanks + "within 8",
                "coverage => policy ; certain ; seen: a:1" + ":1".repeat(2_000));
        Cli.Run run = restoreWith(dictionary, "he mentioned the orbit\n");
        assertEquals(0, run.exit(), run.both());
        assertEquals("he mentioned the orbit\n", run.out(), "the window of 8 words was read: 'orbit' is near");
        Path broken = Cli.dictionary(dir, "mentioned => said ; near: a" + blanks + "b");
        assertRefused(restoreWith(broken, "x\n"), broken + ":1:27: 'a" + " ".repeat(39) + "…");
    }

    @Test
    void controlBytesAndInvalidUtf8AreRefusedWithTheirPlace() throws Exception {
        Path nul = dir.resolve("nul.unspin");
        Files.write(nul, "mentioned => said\nmen\0tioned => said\n".getBytes(StandardCharsets.UTF_8));
        assertRefused(restoreWith(nul, "x\n"), nul + ":2:4: control character U+0000 (NUL byte)");
        Path latin1 = dir.resolve("latin1.unspin");
        Files.write(latin1, "mentioned => said\ncaf\u00e9 => coffee\n".getBytes(StandardCharsets.ISO_8859_1));
        assertRefused(restoreWith(latin1, "x\n"), latin1 + ":2:4: invalid UTF-8 (byte 0xE9");
        Path escape = dir.resolve("escape.unspin");
        Files.writeString(escape, "mentioned => said ; example: \u001b[2J\n");
        assertRefused(restoreWith(escape, "x\n"), escape + ":1:30: control character U+001B");
    }

    @Test
    void aByteOrderMarkIsAllowed() throws Exception {
        Path bom = dir.resolve("bom.unspin");
        Files.write(bom, "\uFEFFmentioned => said ; certain\n".getBytes(StandardCharsets.UTF_8));
        Cli.Run run = restoreWith(bom, "he mentioned it\n");
        assertEquals(0, run.exit(), run.both());
        assertEquals("he said it\n", run.out());
    }

    @Test
    void anEndlessDeviceOrAFolderIsRefusedByName() throws Exception {
        assertRefused(restoreWith(Path.of("/dev/zero"), "x\n"), "/dev/zero: larger than 64 MiB, the most unspin reads");
        assertRefused(restoreWith(dir, "x\n"), dir + ": is a directory");
    }
}
