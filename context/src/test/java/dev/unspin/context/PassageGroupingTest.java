package dev.unspin.context;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unspin.thesaurus.ModelReading;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the masked model's gaps are grouped into passages, over the real news model's tokenization. */
class PassageGroupingTest {
    private static final String TEXT = "Navy officers mentioned that the assault had been accredited. The officers left.\n"
            + "A spokesman mentioned more troops.";
    private static final List<String> WORDS = List.of("x", "y");

    private static int[] word(ModelReading reading, String word, int nth) {
        int seen = 0;
        for (int i = 0; i < reading.size(); i++) {
            if (reading.words().get(i).text().equals(word) && seen++ == nth) {
                return new int[] {i, i};
            }
        }
        throw new AssertionError(word + " #" + nth);
    }

    private static String whole(MaskedLanguageModel.Passage passage) {
        StringBuilder text = new StringBuilder(passage.texts().get(0));
        for (int g = 0; g < passage.size(); g++) {
            text.append(passage.spans().get(g)).append(passage.texts().get(g + 1));
        }
        return text.toString();
    }

    @Test
    void aSentencesGapsShareOnePassageInTheirOrderAndEachLineEndsItsPassages() {
        ModelReading reading = new ModelReading(RealResources.reader().model(), TEXT);
        List<int[]> gaps = List.of(word(reading, "accredited", 0), word(reading, "mentioned", 0), word(reading, "officers", 1),
                word(reading, "mentioned", 1), word(reading, "assault", 0));
        PassageGrouping grouping = new PassageGrouping(reading, gaps, List.of(WORDS, WORDS, WORDS, WORDS, WORDS), 300);

        List<MaskedLanguageModel.Passage> passages = grouping.passages();
        assertEquals(3, passages.size());
        assertEquals(List.of("mentioned", "assault", "accredited"), passages.get(0).spans());
        assertEquals("Navy officers mentioned that the assault had been accredited. The officers left.", whole(passages.get(0)));
        assertEquals(List.of("officers"), passages.get(1).spans());
        assertEquals("Navy officers mentioned that the assault had been accredited. The officers left.", whole(passages.get(1)));
        assertEquals("A spokesman mentioned more troops.", whole(passages.get(2)));
        assertEquals(new PassageGrouping.Placement(0, 2), grouping.placement(0));
        assertEquals(new PassageGrouping.Placement(0, 0), grouping.placement(1));
        assertEquals(new PassageGrouping.Placement(1, 0), grouping.placement(2));
        assertEquals(new PassageGrouping.Placement(2, 0), grouping.placement(3));
        assertEquals(new PassageGrouping.Placement(0, 1), grouping.placement(4));
    }

    @Test
    void overlappingGapsGoToPassagesOfTheirOwn() {
        ModelReading reading = new ModelReading(RealResources.reader().model(), TEXT);
        int[] officers = word(reading, "officers", 0);
        List<int[]> gaps = new ArrayList<>(List.of(new int[] {officers[0] - 1, officers[0]}, officers));
        PassageGrouping grouping = new PassageGrouping(reading, gaps, List.of(WORDS, WORDS), 300);

        assertEquals(2, grouping.passages().size());
        assertEquals(List.of("Navy officers"), grouping.passages().get(0).spans());
        assertEquals(List.of("officers"), grouping.passages().get(1).spans());
    }

    @Test
    void aGapAloneIsAPassageOfOneGap() {
        MaskedLanguageModel.Passage passage = new MaskedLanguageModel.Gap("The ", " were approved.", WORDS).asPassage();
        assertEquals(List.of("The ", " were approved."), passage.texts());
        assertEquals(1, passage.size());
        assertEquals(List.of(WORDS), passage.words());
    }
}
