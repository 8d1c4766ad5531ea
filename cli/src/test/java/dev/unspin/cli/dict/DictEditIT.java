package dev.unspin.cli.dict;

import static dev.unspin.cli.dict.Jar.unspin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code unspin dict add}, {@code remove}, {@code list} and {@code stats} through the jar. */
class DictEditIT {
    private static final String MINE = "# my entries\n\ncoverage => policy ; likely ; next: shift\n";

    @Test
    void addWithoutAFilePrintsTheLineAndWritesNothing(@TempDir Path dir) throws Exception {
        Jar.Run run = unspin(dir, "dict", "add", "information convention", "news conference | press conference",
                "--confidence", "certain", "--example", "at an information convention");
        assertEquals(0, run.exit(), run.err());
        assertEquals("information convention => news conference | press conference ; certain ;"
                + " example: at an information convention\n", run.out());
        assertTrue(run.err().contains("nothing written"), run.err());
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void addAppendsToTheFileKeepingItsOtherLinesAndRefusesARepeat(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.unspin");
        Files.writeString(file, MINE);
        Jar.Run run = unspin(dir, "dict", "add", "mentioned", "said", "--next", "that|the", "--file", "mine.unspin");
        assertEquals(0, run.exit(), run.err());
        assertEquals("mine.unspin:4: added: mentioned => said ; likely ; next: that|the\n", run.out());
        assertEquals(MINE + "mentioned => said ; likely ; next: that|the\n", Files.readString(file));

        Jar.Run repeat = unspin(dir, "dict", "add", "Mentioned", "told", "--next", "the|that", "--file", "mine.unspin");
        assertEquals(2, repeat.exit());
        assertTrue(repeat.err().contains("mine.unspin:4:1: the file already has this entry"), repeat.err());
        assertEquals(MINE + "mentioned => said ; likely ; next: that|the\n", Files.readString(file));
    }

    @Test
    void addRefusesAnExampleTheEntryDoesNotRestoreAndAPhrasingThatCannotBeWrittenBack(@TempDir Path dir) throws Exception {
        Jar.Run example = unspin(dir, "dict", "add", "mentioned", "said", "--next", "that", "--example", "he mentioned it");
        assertEquals(2, example.exit());
        assertTrue(example.err().contains("the example does not restore"), example.err());
        Jar.Run arrow = unspin(dir, "dict", "add", "a => b", "c");
        assertEquals(2, arrow.exit());
        assertTrue(arrow.err().startsWith("unspin: <command line>:1:1: 'a => b => c ; likely' would not read back"), arrow.err());
    }

    @Test
    void removeDeletesOnlyThatLineByIdOrPhrasing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.unspin");
        Files.writeString(file, MINE + "place => put ; prev: to\nplace => position ; id: place-2 ; next: on\n");
        Jar.Run ambiguous = unspin(dir, "dict", "remove", "Place ", "--file", "mine.unspin");
        assertEquals(0, ambiguous.exit(), "'place' is also the id of the first entry: " + ambiguous.err());
        assertEquals("mine.unspin:4: removed: place => put ; likely ; prev: to\n", ambiguous.out());
        Jar.Run byId = unspin(dir, "dict", "remove", "place-2", "--file", "mine.unspin");
        assertEquals(0, byId.exit(), byId.err());
        assertEquals(MINE, Files.readString(file));
        Jar.Run absent = unspin(dir, "dict", "remove", "place", "--file", "mine.unspin");
        assertEquals(2, absent.exit());
        assertEquals("unspin: mine.unspin: no entry with id or phrasing 'place'\n", absent.err());
        assertFalse(unspin(dir, "dict", "remove", "x", "--file", "absent.unspin").exit() == 0);
    }

    @Test
    void removeByAPhrasingSharedByTwoEntriesAsksForTheId(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.unspin");
        Files.writeString(file, "towards => toward ; id: t1 ; next: an\ntowards => against ; id: t2 ; next: radar\n");
        Jar.Run run = unspin(dir, "dict", "remove", "towards", "--file", "mine.unspin");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("2 entries have the phrasing 'towards'; name one by its id: t1"), run.err());
    }

    @Test
    void listFiltersByConfidenceTextAndFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("mine.unspin"), "chance => opportunity ; possible ; id: my-chance\nnavy => military\n");
        Jar.Run certain = unspin(Jar.REPO, "dict", "list", "--confidence", "certain", "--text", "conference");
        assertEquals(0, certain.exit(), certain.err());
        List<String> shipped = Files.readAllLines(Jar.REPO.resolve("dictionary/data/seeds.unspin"));
        int line = 1 + shipped.indexOf(shipped.stream().filter(l -> l.startsWith("information convention =>")).findFirst().orElseThrow());
        assertEquals(List.of("dictionary/data/seeds.unspin:" + line + ": information convention => news conference ; certain ;"
                + " seen: nytimes-2024-05-31-blinken-prague-ukraine-weapons.txt:2,3,7"), certain.outLines());
        Jar.Run mine = unspin(dir, "dict", "list", "--with-default", "mine.unspin", "--file", "mine.unspin", "--spun", "CHANCE");
        assertEquals(List.of("mine.unspin:1: chance => opportunity ; possible ; id: my-chance"), mine.outLines());
        Jar.Run byOriginal = unspin(dir, "dict", "list", "mine.unspin", "--original", "milit");
        assertEquals(List.of("mine.unspin:2: navy => military ; likely"), byOriginal.outLines());
        assertEquals("1 entry\n", byOriginal.err());
    }

    @Test
    void statsCountsTheEntriesInEffect(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.unspin"), "navy => military ; certain\nsaid => told ; next: he ; seen: x.txt:1,2\n");
        Files.writeString(dir.resolve("b.unspin"), "navy officers => military officials | officials ; possible ; id: navy\n");
        Jar.Run run = unspin(dir, "dict", "stats", "a.unspin", "b.unspin");
        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of(
                "entries in effect          2",
                "overridden                 1",
                "  certain                  0",
                "  likely                   1",
                "  possible                 1",
                "multiword phrasings        1",
                "with conditions            1",
                "with alternatives          1",
                "with an example            0",
                "with evidence              1",
                "attestations               2  (in 1 source)",
                "by file",
                "      1  a.unspin",
                "      1  b.unspin"), run.outLines());
    }

    @Test
    void aBrokenDictionaryIsNamedWithItsPosition(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.unspin"), "ok => fine\nmentioned said\n");
        for (String command : List.of("list", "stats")) {
            Jar.Run run = unspin(dir, "dict", command, "bad.unspin");
            assertEquals(2, run.exit());
            assertTrue(run.err().startsWith("unspin: bad.unspin:2:1: expected '=>'"), run.err());
        }
    }
}
