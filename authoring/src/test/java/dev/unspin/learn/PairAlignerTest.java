package dev.unspin.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unspin.dictionary.Evidence;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairAlignerTest {

    private static List<String> pairs(String original, String spun) {
        return PairAligner.align(original, spun).stream()
                .map(d -> d.spun() + " => " + d.original() + " [" + d.kind() + "]")
                .toList();
    }

    @Test
    void findsSingleAndMultiwordSubstitutions() {
        assertEquals(List.of(
                        "mentioned => said [WORDING]",
                        "information convention => news conference [WORDING]",
                        "grew to become => became [WORDING]"),
                pairs("Mr. Blinken said at a news conference that he became sure.",
                        "Mr. Blinken mentioned at a information convention that he grew to become sure."));
    }

    @Test
    void pureInsertionsAreLearnedWithTheWordBefore() {
        assertEquals(List.of("whether or not => whether [WORDING]"),
                pairs("asked whether the United States", "asked whether or not the United States"));
    }

    @Test
    void leakedSpintaxIsItsOwnDifference() {
        assertEquals(List.of("{that a} => that a [WORDING]", "actuality => reality [WORDING]"),
                pairs("So making that a reality would not", "So making {that a} actuality would not"));
    }

    @Test
    void namesNumbersAndPunctuationAreKeptApart() {
        assertEquals(List.of("Anthony => Antony [PROPER_NOUN]", "4 => 3 [NUMBER]", "; => , [PUNCTUATION]"),
                pairs("Secretary Antony Blinken met 3 leaders, then", "Secretary Anthony Blinken met 4 leaders; then"));
    }

    @Test
    void synonymousNamesAreWording() {
        assertEquals(List.of("Home => House [WORDING]"),
                pairs("the White House said", "the White Home said"));
    }

    @Test
    void differencesRecordTheirLine() {
        List<Difference> differences = PairAligner.align("a\nsaid b\nc", "a\nmentioned b\nc");
        assertEquals(2, differences.get(0).line());
        assertEquals(2, differences.get(0).offset());
    }

    @Test
    void learnerMergesOccurrencesAndSentenceCase() {
        Learner learner = new Learner();
        learner.add("x.txt", "Said Blinken. He said no.\nThe White House said", "Mentioned Blinken. He mentioned no.\nThe White Home said");
        List<LearnedPair> pairs = learner.pairs();
        assertEquals(2, pairs.size());
        assertEquals("mentioned", pairs.get(0).spun());
        assertEquals("said", pairs.get(0).original());
        assertEquals(List.of(new Evidence("x.txt", 1), new Evidence("x.txt", 1)), pairs.get(0).evidence());
        assertEquals("Home", pairs.get(1).spun(), "capitalised mid-sentence stays capitalised");
    }

    @Test
    void adjacentSwapsSplitOnlyWhenEachWordIsAttestedAlone() {
        Learner learner = new Learner();
        learner.add("y.txt",
                "military officials said. The military acted. Officials met. He said so. At a news conference.",
                "navy officers mentioned. The navy acted. Officers met. He mentioned so. At a information convention.");
        assertEquals(List.of("navy => military", "officers => officials", "mentioned => said",
                        "information convention => news conference"),
                learner.pairs().stream().map(p -> p.spun() + " => " + p.original()).toList());
        assertEquals(2, learner.pairs().get(0).count(), "the split phrase adds to each word's evidence");
    }
}
