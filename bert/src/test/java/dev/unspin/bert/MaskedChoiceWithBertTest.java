package dev.unspin.bert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unspin.context.ContextualStage;
import dev.unspin.context.FormReader;
import dev.unspin.context.MaskedChoice;
import dev.unspin.context.MaskedEvidence;
import dev.unspin.context.ResourceCache;
import dev.unspin.context.SpunForm;
import dev.unspin.thesaurus.ModelReading;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The contextual restorer's looks with BERT, on one garbled sentence, with the real resources. */
class MaskedChoiceWithBertTest {
    private static final String SPUN = "Mr. Blinken said at a information convention in Prague on Friday.";

    private static ContextualStage stage;
    private static FormReader reader;
    private static MaskedChoice choice;

    @BeforeAll
    static void load() throws Exception {
        stage = ContextualStage.load(ResourceCache.fromEnvironment(), System.err);
        reader = stage.reader(true);
        choice = new MaskedChoice(stage.masked().orElseThrow(), reader);
    }

    @AfterAll
    static void close() {
        stage.masked().orElseThrow().close();
    }

    private static MaskedEvidence evidenceFor(String form, List<SpunForm> forms, List<MaskedEvidence> evidence) {
        for (int i = 0; i < forms.size(); i++) {
            if (forms.get(i).form().equals(form)) {
                return evidence.get(i);
            }
        }
        throw new AssertionError(form + " is not among " + forms);
    }

    @Test
    void theFineLookChoosesTheOriginal() {
        ModelReading reading = new ModelReading(reader.model(), SPUN);
        List<SpunForm> forms = reader.read(reading, List.of());
        MaskedEvidence convention = evidenceFor("convention", forms, choice.weigh(reading, forms));
        assertEquals("conference", convention.best());
        assertTrue(convention.formGap() > 0);
    }

    @Test
    void aNeighboursChoicePutInPlaceSharpensTheChoice() {
        ModelReading reading = new ModelReading(reader.model(), SPUN);
        List<SpunForm> forms = reader.read(reading, List.of());
        SpunForm information = forms.stream().filter(form -> form.form().equals("information")).findFirst().orElseThrow();
        int conventionAt = information.occurrences().get(0)[0] + 1;
        MaskedEvidence alone = choice.weigh(reading, List.of(information)).get(0);
        MaskedEvidence beside = choice.weighBeside(reading, List.of(information), Map.of(conventionAt, "conference")).get(0);
        assertEquals("press", beside.best(), "\"press conference\"");
        // Beside "convention", BERT already leans to "press"; beside "conference" it is surer still.
        assertTrue(beside.formGap() > alone.formGap() + 1 && beside.share() > alone.share(), alone + " alone, " + beside + " beside");
    }

    @Test
    void theScreenWeighsASentencesSuspectsInOnePass() {
        ModelReading reading = new ModelReading(reader.model(), SPUN);
        List<SpunForm> forms = reader.read(reading, List.of());
        long before = choice.model().passes();
        List<MaskedEvidence> rough = choice.screen(reading, forms);
        assertEquals(1, choice.model().passes() - before, forms.size() + " forms of one sentence");
        // Rough: with "information" hidden too, BERT prefers "meeting", but it still finds "convention" out of place.
        assertTrue(evidenceFor("convention", forms, rough).formGap() > 0, "the rough look keeps 'convention' suspect");
    }

    @Test
    void aGapAloneInItsSentenceIsWeighedOnceForBothLooks() {
        ModelReading reading = new ModelReading(reader.model(), SPUN);
        SpunForm convention = reader.read(reading, List.of()).stream().filter(form -> form.form().equals("convention"))
                .findFirst().orElseThrow();
        MaskedChoice oneCheck = choice.remembering();
        long before = choice.model().passes();
        MaskedEvidence rough = oneCheck.screen(reading, List.of(convention)).get(0);
        MaskedEvidence fine = oneCheck.weigh(reading, List.of(convention)).get(0);
        assertEquals(1, choice.model().passes() - before, "the fine look reuses the screen's pass");
        assertEquals(rough, fine);
    }
}
