package dev.unspin.cli.dict;

import static dev.unspin.cli.dict.Jar.unspin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code unspin dict check} through the jar: findings, the false-positive gate and exit codes. */
class DictCheckIT {

    @Test
    void theShippedDictionaryPassesWithTheCleanSeeds() throws Exception {
        Jar.Run run = unspin(Jar.REPO, "dict", "check");
        assertEquals(0, run.exit(), run.out() + run.err());
        List<String> lines = run.outLines();
        assertTrue(lines.stream().noneMatch(l -> l.contains(": error: ")), run.out());
        assertTrue(lines.get(lines.size() - 1).matches(
                "0 errors, \\d+ warnings in \\d+ files?; false-positive gate over 10 clean texts in seeds/clean, seeds/corpus-clean"),
                lines.get(lines.size() - 1));
    }

    @Test
    void errorsAndWarningsArePrintedGccStyleAndErrorsFail(@TempDir Path dir) throws Exception {
        Path dictionary = dir.resolve("mine.unspin");
        Files.writeString(dictionary, """
                # a broken dictionary
                mentioned => said ; sure
                said => Said
                though => although
                although => though
                rapidly => quickly
                quickly => soon ; prev: come
                conflict => war ; example: the battle ended
                """);
        Jar.Run run = unspin(dir, "dict", "check", "--no-default-clean-corpus", "mine.unspin");
        assertEquals(1, run.exit(), run.err());
        assertEquals(List.of(
                "mine.unspin:2:21: error: unknown field 'sure': expected a confidence (certain, likely, possible) or key: value [syntax]",
                "mine.unspin:3:1: error: the original 'Said' is the spun phrasing 'said' itself, up to capitals and apostrophes: remove it [identity]"),
                run.outLines().subList(0, 2));
        assertTrue(run.out().contains("mine.unspin:4:1: error: restorations undo each other: 'though' -> 'although' (mine.unspin:5)"), run.out());
        assertTrue(run.out().contains("mine.unspin:6:1: warning: restoring 'rapidly' gives 'quickly'"), run.out());
        assertTrue(run.out().contains("mine.unspin:8:1: error: the example does not restore"), run.out());
        assertTrue(run.out().endsWith("5 errors, 1 warning in 1 file; false-positive gate skipped (no clean corpus)\n"), run.out());
    }

    @Test
    void aCertainEntryFiringOnAGivenCleanFolderFailsTheGate(@TempDir Path dir) throws Exception {
        Path clean = Files.createDirectory(dir.resolve("clean"));
        Files.writeString(clean.resolve("report.txt"), "Officials said the White House would decide.\n");
        Files.writeString(dir.resolve("mine.unspin"), "White House => White Home ; certain\nsaid => told ; likely\n");
        Jar.Run run = unspin(dir, "dict", "check", "--no-default-clean-corpus", "--clean-corpus", "clean", "mine.unspin");
        assertEquals(1, run.exit(), run.out() + run.err());
        assertEquals(List.of(
                "mine.unspin:1:1: error: fires 1 time on clean text although it is certain (lower its confidence or add conditions):"
                        + " clean/report.txt:1 \"Officials said the [White House] would decide.\" [false-positive]",
                "mine.unspin:2:1: warning: fires 1 time on clean text: clean/report.txt:1 \"Officials [said] the White House would decide.\" [false-positive]",
                "1 error, 1 warning in 1 file; false-positive gate over 1 clean text in clean"), run.outLines());
    }

    @Test
    void aUsersFileIsCheckedTogetherWithTheShippedOneOnRequest(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("mine.unspin"), "information convention => news conference ; certain ; id: my-convention\n");
        Jar.Run run = unspin(dir, "dict", "check", "--with-default", "mine.unspin");
        assertEquals(1, run.exit(), run.out() + run.err());
        String shippedLine = shippedLineStartingWith("information convention => news conference ");
        assertTrue(run.out().contains("mine.unspin:1:1: error: duplicate of the entry at dictionary/data/seeds.unspin:" + shippedLine), run.out());
    }

    @Test
    void aMissingFileOrCorpusIsAnIoError(@TempDir Path dir) throws Exception {
        Jar.Run missing = unspin(dir, "dict", "check", "absent.unspin");
        assertEquals(2, missing.exit());
        assertEquals("unspin: absent.unspin: dictionary file not found\n", missing.err());
        Jar.Run noCorpus = unspin(dir, "dict", "check", "--clean-corpus", "nowhere");
        assertEquals(2, noCorpus.exit());
        assertEquals("unspin: nowhere: clean corpus folder not found\n", noCorpus.err());
    }

    /** The 1-based line of the shipped seeds dictionary that starts with {@code prefix}, so edits above it don't break the test. */
    private static String shippedLineStartingWith(String prefix) throws Exception {
        List<String> lines = Files.readAllLines(Jar.REPO.resolve("dictionary/data/seeds.unspin"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return (i + 1) + ",";
            }
        }
        throw new AssertionError("no shipped entry starts with " + prefix);
    }
}
