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
    }

    /**
     * For each gap, one score per word: the model's log-odds for the word filling the gap, comparable
     * between the words of one gap; {@link Double#NaN} for a word the model cannot weigh alone (one it
     * splits into pieces).
     */
    List<double[]> score(List<Gap> gaps);

    /** How many forward passes the model has run, for the benchmarks. */
    long passes();

    @Override
    void close();
}
