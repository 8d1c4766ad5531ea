package dev.unspin.cli.dict;

import static dev.unspin.cli.dict.Jar.unspin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code unspin dict import} through the jar, on lists shaped like the published tortured-phrase lists. */
class DictImportIT {
    /** The columns of the Problematic Paper Screener's export, with a bad row of each kind among good ones. */
    private static final String TORTURED = """
            tortured_phrase,expected_phrase,num_papers
            counterfeit consciousness,artificial intelligence,1520
            profound learning,deep learning,890
            "irregular woodland","random forest",312
            bosom malignant growth,breast cancer
            colossal information,big data,
            flag to commotion,signal to noise,nine
            "arbitrary woodland,random forest,40
            ,support vector machine,12
            deep learning,Deep  Learning,3
            profound learning,deep learning,10
            mean square blunder,"mean squared error, MSE",25
            Profound Learning,deep learning,4
            """;

    @Test
    void printsTheEntriesWithTheirLinesAndSkipsEachBadRowNamingItsLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("tortured.csv"), TORTURED);
        Jar.Run run = unspin(dir, "dict", "import", "tortured.csv");
        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of(
                "counterfeit consciousness => artificial intelligence ; likely ; seen: tortured.csv:2",
                "profound learning => deep learning ; likely ; seen: tortured.csv:3,11,13",
                "irregular woodland => random forest ; likely ; seen: tortured.csv:4",
                "bosom malignant growth => breast cancer ; likely ; seen: tortured.csv:5",
                "colossal information => big data ; likely ; seen: tortured.csv:6",
                "mean square blunder => mean squared error, MSE ; likely ; seen: tortured.csv:12"), run.outLines());
        assertEquals(List.of(
                "unspin: warning: tortured.csv:7: bad count 'nine' (column 'num_papers'): expected a whole number, 0 or more, skipped",
                "unspin: warning: tortured.csv:8: unbalanced quote: a field opened with '\"' is never closed, skipped",
                "unspin: warning: tortured.csv:9: empty spun phrase (column 'tortured_phrase'), skipped",
                "unspin: warning: tortured.csv:10: identical pair 'deep learning' and 'Deep  Learning': restores nothing, skipped",
                "unspin: tortured.csv: 6 entries from 12 rows; 4 skipped",
                "unspin: nothing written; add --output FILE (a new dictionary) or --into FILE (add to one) to write the entries"),
                run.err().lines().toList());
        assertEquals(List.of("tortured.csv"), list(dir), "nothing written unless asked");
    }

    @Test
    void mapsColumnsOfATsvAndWritesANewDictionaryThatDictCheckPasses(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("pairs.tsv"), """
                id\tfound\tshould_be\tpapers
                1\tcounterfeit consciousness\tartificial intelligence\t1520
                2\tirregular woodland\trandom forest\t3
                3\tbosom disease
                4\tirregular woodland\tdecision forest\t9
                """);
        Jar.Run run = unspin(dir, "dict", "import", "--spun-column", "found", "--original-column", "should_be",
                "--count-column", "papers", "--min-count", "10", "--confidence", "certain", "--output", "imported.unspin", "pairs.tsv");
        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of("imported.unspin: 2 added, 0 with new evidence, 0 already known"), run.outLines());
        assertEquals(List.of(
                "unspin: warning: pairs.tsv:4: missing field 'should_be' (the row has 2 fields, the header 4), skipped",
                "unspin: pairs.tsv: 2 entries from 4 rows; 1 skipped"), run.err().lines().toList());
        assertEquals("""
                counterfeit consciousness => artificial intelligence ; certain ; seen: pairs.tsv:2
                irregular woodland => decision forest | random forest ; certain ; seen: pairs.tsv:3,5
                """, Files.readString(dir.resolve("imported.unspin")), "originals most counted first; 12 papers in all");
        Jar.Run check = unspin(dir, "dict", "check", "--no-default-clean-corpus", "imported.unspin");
        assertEquals(0, check.exit(), check.out());

        Jar.Run again = unspin(dir, "dict", "import", "--spun-column", "found", "--original-column", "should_be",
                "--output", "imported.unspin", "pairs.tsv");
        assertEquals(2, again.exit());
        assertEquals("unspin: imported.unspin: already exists; nothing written (use --into to add entries to a dictionary)\n", again.err());
    }

    @Test
    void addsIntoAnExistingDictionaryOnlyWhatIsNew(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("list.csv"), "spun,original\nprofound learning,deep learning\ncolossal information,big data\n");
        Files.writeString(dir.resolve("mine.unspin"), "# mine\nprofound learning => deep learning ; certain ; not-next: experience\n");
        Jar.Run run = unspin(dir, "dict", "import", "--into", "mine.unspin", "list.csv");
        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of("mine.unspin: 1 added, 1 with new evidence, 0 already known"), run.outLines());
        assertEquals("""
                # mine
                profound learning => deep learning ; certain ; not-next: experience ; seen: list.csv:2
                colossal information => big data ; likely ; seen: list.csv:3
                """, Files.readString(dir.resolve("mine.unspin")));
    }

    @Test
    void aListWithoutTheColumnsOrRowsIsRefused(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("odd.csv"), "phrase,fix\na b,c d\n");
        Jar.Run run = unspin(dir, "dict", "import", "odd.csv");
        assertEquals(2, run.exit());
        assertEquals("unspin: odd.csv:1: no column named spun, tortured_phrase, tortured or the like; the header has 'phrase', 'fix':"
                + " name the column with --spun-column\n", run.err());
        Jar.Run named = unspin(dir, "dict", "import", "--spun-column", "phrase", "--original-column", "fixed", "odd.csv");
        assertEquals("unspin: odd.csv:1: no column 'fixed' (--original-column); the header has 'phrase', 'fix'\n", named.err());
        Files.writeString(dir.resolve("bad.csv"), "spun,original\nsame,same\n\"open,x\n");
        Jar.Run bad = unspin(dir, "dict", "import", "--output", "out.unspin", "bad.csv");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().endsWith("unspin: bad.csv: 0 entries from 2 rows; 2 skipped\nunspin: no entries to import; nothing written\n"), bad.err());
        assertEquals(List.of("bad.csv", "odd.csv"), list(dir));
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
