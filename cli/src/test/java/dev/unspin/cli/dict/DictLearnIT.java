package dev.unspin.cli.dict;

import static dev.unspin.cli.dict.Jar.unspin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code unspin dict learn} through the jar. */
class DictLearnIT {
    private static final String ORIGINAL = "On Monday Antony Blinken said that 3 leaders met at a news conference.\n"
            + "He said the policy shift grew.\n";
    private static final String SPUN = "On Monday Anthony Blinken mentioned that 4 leaders met at a information convention.\n"
            + "He mentioned the coverage shift grew.\n";

    @Test
    void learnsFromTheSeedsExactlyTheShippedSeedEntries() throws Exception {
        Jar.Run run = unspin(Jar.REPO, "dict", "learn", "--original", "seeds/restored", "--spun", "seeds/spun");
        assertEquals(0, run.exit(), run.err());
        List<String> shipped = Files.readAllLines(Jar.REPO.resolve("dictionary/data/seeds.unspin")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        assertEquals(shipped, run.outLines());
    }

    @Test
    void printsEntriesAndReportsNamesAndNumbersApartWithTheirPosition(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("original.txt"), ORIGINAL);
        Files.writeString(dir.resolve("spun.txt"), SPUN);
        Jar.Run run = unspin(dir, "dict", "learn", "--no-default-clean-corpus", "--original", "original.txt", "--spun", "spun.txt");
        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of(
                "mentioned => said ; likely ; seen: spun.txt:1,2",
                "information convention => news conference ; certain ; seen: spun.txt:1",
                "coverage => policy ; likely ; seen: spun.txt:2"), run.outLines());
        assertEquals(List.of(
                "spun.txt:1:11: note: proper noun 'Anthony' where the original has 'Antony': not a spin, not learned",
                "spun.txt:1:42: note: number '4' where the original has '3': not a spin, not learned"), run.err().lines().toList());
    }

    @Test
    void writesOnlyNewEntriesAndNewEvidenceNeverDuplicating(@TempDir Path dir) throws Exception {
        Path originals = Files.createDirectory(dir.resolve("originals"));
        Path spun = Files.createDirectory(dir.resolve("spun"));
        Files.writeString(originals.resolve("a.txt"), ORIGINAL);
        Files.writeString(spun.resolve("a.txt"), SPUN);
        Files.writeString(originals.resolve("notes.tsv"), "ignored: no spun twin");
        Path dictionary = dir.resolve("mine.unspin");
        Files.writeString(dictionary, "# my own\nmentioned => said ; possible ; next: the\n");

        Jar.Run first = unspin(dir, "dict", "learn", "--no-default-clean-corpus",
                "--original", "originals", "--spun", "spun", "--write", "mine.unspin");
        assertEquals(0, first.exit(), first.err());
        assertEquals(List.of(
                "mine.unspin:3: added: information convention => news conference ; certain ; seen: a.txt:1",
                "mine.unspin:4: added: coverage => policy ; likely ; seen: a.txt:2",
                "mine.unspin:2: new evidence: mentioned => said ; possible ; next: the ; seen: a.txt:1,2",
                "mine.unspin: 2 added, 1 with new evidence, 0 already known"), first.outLines());
        String once = Files.readString(dictionary);
        assertEquals("""
                # my own
                mentioned => said ; possible ; next: the ; seen: a.txt:1,2
                information convention => news conference ; certain ; seen: a.txt:1
                coverage => policy ; likely ; seen: a.txt:2
                """, once);

        Jar.Run again = unspin(dir, "dict", "learn", "--no-default-clean-corpus",
                "--original", "originals", "--spun", "spun", "--write", "mine.unspin");
        assertEquals(0, again.exit(), again.err());
        assertEquals(List.of("mine.unspin: 0 added, 0 with new evidence, 3 already known"), again.outLines());
        assertEquals(once, Files.readString(dictionary));
    }

    @Test
    void unpairedInputsAreUsageErrors(@TempDir Path dir) throws Exception {
        Path originals = Files.createDirectory(dir.resolve("originals"));
        Path spun = Files.createDirectory(dir.resolve("spun"));
        Files.writeString(spun.resolve("a.txt"), SPUN);
        Jar.Run missingTwin = unspin(dir, "dict", "learn", "--original", "originals", "--spun", "spun");
        assertEquals(2, missingTwin.exit());
        assertTrue(missingTwin.err().contains("no original for 1 spun file(s); missing: originals/a.txt"), missingTwin.err());
        Jar.Run mixed = unspin(dir, "dict", "learn", "--original", "originals", "--spun", "spun/a.txt");
        assertEquals(2, mixed.exit());
        assertTrue(mixed.err().contains("must both be files or both be folders"), mixed.err());
        Jar.Run noSpun = unspin(dir, "dict", "learn", "--original", "originals");
        assertEquals(2, noSpun.exit());
        assertTrue(noSpun.err().contains("Missing required option: '--spun=PATH'"), noSpun.err());
    }
}
