package dev.unspin.cli;

import dev.unspin.report.SchemaValidation;
import static dev.unspin.cli.RestoreCommandIT.unspin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code unspin eval} and {@code --thesaurus}, run from the packaged jar. */
class EvalCommandIT {
    private static final Path SEEDS = Path.of(System.getProperty("unspin.repo", "..")).resolve("seeds");
    private static final Path CLEAN = SEEDS.resolve("corpus-clean/08-sherman-iran-nuclear-talks.txt");

    @Test
    void writesTheFiguresBetweenThePageMarkersAndKeepsTheRest(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("evaluation.md");
        Files.writeString(page, "# Method\n\n<!-- evaluation figures -->\nold figures\n<!-- end of evaluation figures -->\n\nBetween.\n\n"
                + "<!-- contextual figures -->\nold contextual figures\n<!-- end of contextual figures -->\n\nAfter.\n");
        RestoreCommandIT.Run run = unspin(null, "eval", "--corpus", CLEAN.toString(), "--seed", "1", "--seeds", SEEDS.toString(),
                "--write", page.toString());
        assertEquals(0, run.exit(), run.err());
        String written = Files.readString(page);
        assertTrue(written.startsWith("# Method\n\n<!-- evaluation figures -->\n\n1 clean texts, "), written);
        assertTrue(written.contains("### Simulated spins: unseen swaps only"), written);
        assertTrue(written.contains("| dictionary and thesaurus (parts 1–3, `--thesaurus`) |"), written);
        assertFalse(written.contains("old figures"), written);
        assertTrue(written.contains("<!-- end of evaluation figures -->\n\nBetween.\n\n<!-- contextual figures -->\n\n"), written);
        assertTrue(written.contains("| seed nytimes-2024-05-31-blinken-prague-ukraine-weapons (tuned the thresholds) |"
                + " contextual stage alone, dictionary off, every finding applied |"), written);
        assertTrue(written.contains("| 1 clean texts | default (dictionary and contextual stage) |"), written);
        assertFalse(written.contains("old contextual figures"), written);
        assertTrue(written.endsWith("<!-- end of contextual figures -->\n\nAfter.\n"), written);
    }

    @Test
    void refusesAPageWithoutMarkersAndLeavesItAlone(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("evaluation.md");
        Files.writeString(page, "no markers\n");
        RestoreCommandIT.Run run = unspin(null, "eval", "--corpus", CLEAN.toString(), "--seed", "1", "--write", page.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("no '<!-- evaluation figures -->'"), run.err());
        assertEquals("no markers\n", Files.readString(page));
    }

    @Test
    void theThesaurusOptionAddsUnseenSwapsWithTheirReason(@TempDir Path dir) throws Exception {
        Path article = dir.resolve("a.txt");
        Files.writeString(article, "John Kirby of the National Surety Council spoke on Friday.\n");
        RestoreCommandIT.Run plain = unspin(null, "restore", "--fast", article.toString());
        assertEquals("John Kirby of the National Surety Council spoke on Friday.\n", plain.out(), plain.err());
        RestoreCommandIT.Run thesaurus = unspin(null, "restore", "--thesaurus", article.toString());
        assertEquals(0, thesaurus.exit(), thesaurus.err());
        assertEquals("John Kirby of the National Security Council spoke on Friday.\n", thesaurus.out());
        RestoreCommandIT.Run check = unspin(null, "check", "--thesaurus", "--format", "json", article.toString());
        assertEquals(1, check.exit(), check.err());
        assertTrue(check.out().contains("\"thesaurus:national-security-council\""), check.out());
        assertEquals("", SchemaValidation.checkJsonViolations(check.out()));
        String why = "'National Surety Council' → 'National Security Council': 'National Security Council' is a fixed expression in WordNet";
        assertEquals(why, JsonParser.parseString(check.out()).getAsJsonObject().getAsJsonArray("files").get(0).getAsJsonObject()
                .getAsJsonArray("findings").get(0).getAsJsonObject().get("reason").getAsString());
        RestoreCommandIT.Run text = unspin(null, "check", "--thesaurus", article.toString());
        assertTrue(text.out().contains("why: " + why), text.out());
        RestoreCommandIT.Run sarif = unspin(null, "check", "--thesaurus", "--format", "sarif", article.toString());
        assertEquals("", SchemaValidation.sarifViolations(sarif.out()));
        String message = JsonParser.parseString(sarif.out()).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject()
                .getAsJsonArray("results").get(0).getAsJsonObject().getAsJsonObject("message").get("text").getAsString();
        assertTrue(message.endsWith("(likely): " + why), message);
        RestoreCommandIT.Run dictionaryOnly = unspin(null, "check", "--format", "json", "--min-confidence", "possible",
                CLEAN.toString());
        assertFalse(dictionaryOnly.out().contains("\"reason\""), "dictionary findings carry no reason field");
    }

    @Test
    void theThesaurusWithoutItsLanguageModelIsAnErrorThatSaysHowToInstallIt(@TempDir Path dir) throws Exception {
        Path article = dir.resolve("a.txt");
        Files.writeString(article, "Trump has promised to end the infringe in negotiations.\n");
        Map<String, String> missing = Map.of("UNSPIN_LANGUAGE_MODEL", dir.resolve("absent.lm.bin").toString());
        for (String command : new String[] {"restore", "check"}) {
            RestoreCommandIT.Run run = RestoreCommandIT.unspin(missing, null, command, "--thesaurus", article.toString());
            assertEquals(2, run.exit(), command);
            assertEquals("", run.out(), command);
            assertEquals("unspin: the news language model is not installed at " + dir.resolve("absent.lm.bin")
                    + ": install it with 'apt-get install pocketsphinx-en-us', or set UNSPIN_LANGUAGE_MODEL to a CMU Sphinx"
                    + " trie model (.lm.bin)\n", run.err(), command);
        }
        RestoreCommandIT.Run eval = RestoreCommandIT.unspin(missing, null, "eval", "--corpus", CLEAN.toString(), "--seed", "1");
        assertEquals(2, eval.exit());
        assertTrue(eval.err().contains("the news language model is not installed"), eval.err());
    }

    @Test
    void theDefaultIsTheContextualRestorerAndFastLeavesItOut(@TempDir Path dir) throws Exception {
        Path article = dir.resolve("a.txt");
        Files.writeString(article, "John Kirby of the National Surety Council spoke on Friday.\n");
        RestoreCommandIT.Run deep = unspin(null, "restore", article.toString());
        assertEquals(0, deep.exit(), deep.err());
        assertEquals("John Kirby of the National Security Council spoke on Friday.\n", deep.out());
        assertEquals("", deep.err());
        RestoreCommandIT.Run fast = unspin(null, "restore", "--fast", article.toString());
        assertEquals("John Kirby of the National Surety Council spoke on Friday.\n", fast.out());
    }

    @Test
    void withoutItsLanguageModelTheDefaultRestoresWithTheDictionaryAndSaysWhy(@TempDir Path dir) throws Exception {
        Path article = dir.resolve("a.txt");
        Files.writeString(article, "Navy officers mentioned the National Surety Council.\n");
        Map<String, String> missing = Map.of("UNSPIN_LANGUAGE_MODEL", dir.resolve("absent.lm.bin").toString());
        RestoreCommandIT.Run run = RestoreCommandIT.unspin(missing, null, "restore", "--min-confidence", "possible", article.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(RestoreCommandIT.unspin(null, "restore", "--fast", "--min-confidence", "possible", article.toString()).out(), run.out());
        assertTrue(run.err().startsWith("unspin: warning: the contextual restorer is off, so only the dictionary restores: the news"
                + " language model is not installed at " + dir.resolve("absent.lm.bin")), run.err());
    }

    @Test
    void aBrokenLanguageModelIsAnErrorThatNamesTheFileAndTheProblem(@TempDir Path dir) throws Exception {
        Path article = dir.resolve("a.txt");
        Files.writeString(article, "Trump has promised to end the infringe in negotiations.\n");
        Path notAModel = Files.writeString(dir.resolve("model.lm.bin"), "\\data\\\nngram 1=1\n");
        RestoreCommandIT.Run run = RestoreCommandIT.unspin(Map.of("UNSPIN_LANGUAGE_MODEL", notAModel.toString()), null,
                "check", "--thesaurus", article.toString());
        assertEquals(2, run.exit());
        assertEquals("", run.out());
        assertEquals("unspin: the news language model cannot be used: " + notAModel + ": byte 0: not a trie language model:"
                + " it does not begin with \"Trie Language Model\"\n", run.err());
    }

    @Test
    void theThesaurusRestoresSingleWordsTheLanguageModelWeighs(@TempDir Path dir) throws Exception {
        Path article = dir.resolve("a.txt");
        Files.writeString(article, "Trump has promised to end the infringe in negotiations.\n");
        RestoreCommandIT.Run run = unspin(null, "restore", "--thesaurus", article.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("Trump has promised to end the conflict in negotiations.\n", run.out());
    }
}
