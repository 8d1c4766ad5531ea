package dev.unspin.learn;

import java.util.ArrayList;
import java.util.List;

/**
 * The whole learning pipeline, as {@code unspin dict learn} runs it and as the shipped seed
 * dictionary was made: align each pair, collect the distinct wording pairs, and propose entries
 * whose confidence and context come from the clean texts plus the pairs' own originals (which are
 * unspun text too).
 */
public final class PairLearning {
    private PairLearning() {
    }

    /**
     * @param entries    the proposed entries, in the order first seen
     * @param notLearned the differences that are not the spinner's: names, numbers, punctuation
     */
    public record Result(List<dev.unspin.dictionary.Entry> entries, List<Learner.Located> notLearned) {
    }

    public static Result learn(List<TextPair> pairs, List<String> cleanTexts) {
        Learner learner = new Learner();
        List<String> clean = new ArrayList<>(cleanTexts);
        for (TextPair pair : pairs) {
            learner.add(pair.source(), pair.original(), pair.spun());
            clean.add(pair.original());
        }
        List<LearnedPair> learned = learner.pairs();
        return new Result(new EntryProposer(clean, learned).entries(learned), learner.notLearned());
    }
}
