package dev.unspin.context;

import java.util.List;

/**
 * A masked language model (BERT) as the contextual restorer uses it: how well each of a few words
 * fills a gap in a passage. It chooses among a form's candidates far better than the trigram
 * model, and its scores are evidence of a swap. Heavy: an implementation is found at run time
 * ({@link MaskedLanguageModelProvider}), so the core builds and tests without it.
 */
public interface MaskedLanguageModel extends AutoCloseable {

    /**
     * A gap to fill: the text before it and after it (as much as the model should see), and the
     * lower-case words to weigh in it.
     */
    record Gap(String before, String after, List<String> words) {
        public Gap {
            words = List.copyOf(words);
        }

        /** The gap as a passage of one gap. */
        public Passage asPassage() {
            return new Passage(List.of(before, after), List.of(""), List.of(words));
        }
    }

    /**
     * Gaps of one passage to fill together, each masked while the model weighs the others: the
     * text around them ({@code texts}, one more than the gaps), the text each gap stands for in the
     * document ({@code spans}), and the words to weigh in each. One forward pass answers for all of
     * them, where a gap alone costs a pass of its own.
     */
    record Passage(List<String> texts, List<String> spans, List<List<String>> words) {
        public Passage {
            texts = List.copyOf(texts);
            spans = List.copyOf(spans);
            words = words.stream().map(List::copyOf).toList();
            if (texts.size() != spans.size() + 1 || spans.size() != words.size() || spans.isEmpty()) {
                throw new IllegalArgumentException("a passage has one text more than its gaps, and at least one gap");
            }
        }

        /** The number of gaps. */
        public int size() {
            return spans.size();
        }
    }

    /**
     * For each passage, for each of its gaps, one score per word as {@link #score} gives them, with
     * the passage's other gaps masked too.
     */
    List<List<double[]>> scoreTogether(List<Passage> passages);

    /**
     * For each gap, one score per word: the model's log-odds for the word filling the gap, comparable
     * between the words of one gap; {@link Double#NaN} for a word the model cannot weigh alone (one it
     * splits into pieces).
     */
    default List<double[]> score(List<Gap> gaps) {
        return scoreTogether(gaps.stream().map(Gap::asPassage).toList()).stream().map(rows -> rows.get(0)).toList();
    }

    /** How many forward passes the model has run, for the benchmarks. */
    long passes();

    @Override
    void close();
}
