package dev.unspin.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unspin.dictionary.Confidence;
import dev.unspin.dictionary.DefaultDictionary;
import dev.unspin.dictionary.Dictionary;
import dev.unspin.dictionary.DictionaryParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Matching again only near an edit must give exactly what matching the whole edited text gives. */
class FindAfterEditTest {
    private static final Engine ENGINE = new Engine(DefaultDictionary.load());

    /** Edits that move findings, make and break them, join and split paragraphs, and change context. */
    private static final List<String> INSERTIONS = List.of("x", " ", "\n", "\n\n", " information convention ",
            "May ", " may ", "outer ", " naval ship ", ". ", "\u201Cmentioned\u201D", "");

    private static String seeds() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("../seeds/spun"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                all.append(Files.readString(file)).append("\n\n");
            }
        }
        return all.toString();
    }

    @Test
    void randomEditsGiveTheSameFindingsAsAFullCheck() throws IOException {
        Random random = new Random(8);
        String text = seeds();
        for (Confidence minimum : List.of(Confidence.POSSIBLE, Confidence.LIKELY)) {
            List<Finding> findings = ENGINE.find(text, minimum);
            for (int edit = 0; edit < 150; edit++) {
                int at = random.nextInt(text.length() + 1);
                int removed = random.nextInt(4) == 0 ? Math.min(random.nextInt(400), text.length() - at) : 0;
                String inserted = INSERTIONS.get(random.nextInt(INSERTIONS.size()));
                String edited = text.substring(0, at) + inserted + text.substring(at + removed);
                List<Finding> incremental = ENGINE.findAfterEdit(text, findings, edited, minimum);
                assertEquals(ENGINE.find(edited, minimum), incremental,
                        "edit " + edit + ": " + removed + " chars at " + at + " replaced by \"" + inserted + "\"");
                text = edited;
                findings = incremental;
            }
        }
    }

    /** Conditions look across blank lines: an edit's effect reaches findings in the paragraphs around it. */
    @Test
    void contextAcrossParagraphsIsSeen() throws Exception {
        Engine engine = new Engine(Dictionary.of(DictionaryParser.parse("test.unspin", """
                navy => military ; likely ; not-near: ship within 15
                """)));
        String text = "A ship came.\n\nThe navy grew.\n\nMore text here.\n\n";
        List<Finding> findings = engine.find(text);
        assertEquals(List.of(), findings);
        String grows = text.replace("grew", "grows"); // the finding's own paragraph, its context in the one before
        assertEquals(engine.find(grows), engine.findAfterEdit(text, findings, grows, Confidence.POSSIBLE));
        String boat = text.replace("ship", "boat"); // the paragraph before: the finding appears
        assertEquals(1, engine.find(boat).size());
        assertEquals(engine.find(boat), engine.findAfterEdit(text, findings, boat, Confidence.POSSIBLE));
    }

    @Test
    void aWholeNewTextIsMatchedAsAWhole() throws IOException {
        String text = seeds();
        List<Finding> findings = ENGINE.find(text, Confidence.POSSIBLE);
        assertEquals(ENGINE.find("The information convention ended.", Confidence.POSSIBLE),
                ENGINE.findAfterEdit(text, findings, "The information convention ended.", Confidence.POSSIBLE));
        assertEquals(List.of(), ENGINE.findAfterEdit(text, findings, "", Confidence.POSSIBLE));
    }
}
