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
        double[] scores = model.score(List.of(new MaskedLanguageModel.Gap("They were", "the weapons.", List.of("utilizing", "using"))))
                .get(0);
        assertTrue(Double.isNaN(scores[0]), "'utilizing' is several pieces");
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
}
