package dev.unspin.context;

import dev.unspin.thesaurus.ModelReading;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Groups the gaps the masked model is asked about into passages, one per sentence: the sentence's
 * gaps are masked together and one forward pass answers for all of them, where each gap alone
 * would cost a pass of its own. Overlapping gaps, and a sentence too long for one pass, are split.
 */
final class PassageGrouping {
    /** The most text from a passage's first gap to its last, so that a passage stays well inside BERT's 512 pieces. */
    private static final int MAX_SPAN_CHARS = 600;

    /** Where each asked gap went: its passage and its place among the passage's gaps. */
    record Placement(int passage, int gap) {
    }

    private final List<MaskedLanguageModel.Passage> passages = new ArrayList<>();
    private final Placement[] placements;

    /**
     * @param occurrences each gap's first and last word index in the reading
     * @param words the words to weigh in each gap
     * @param contextChars how much of the paragraph before the first gap and after the last to give
     */
    PassageGrouping(ModelReading reading, List<int[]> occurrences, List<List<String>> words, int contextChars) {
        String text = reading.text();
        int n = occurrences.size();
        int[] start = new int[n];
        int[] end = new int[n];
        for (int i = 0; i < n; i++) {
            start[i] = reading.words().get(occurrences.get(i)[0]).start();
            end[i] = reading.words().get(occurrences.get(i)[1]).end();
        }
        int[] sentenceStarts = Sentences.starts(text);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingInt(i -> start[i]).thenComparingInt(i -> end[i]));
        placements = new Placement[n];
        List<Integer> current = new ArrayList<>();
        int currentSentence = -1;
        for (int i : order) {
            int sentence = Sentences.of(sentenceStarts, start[i]);
            boolean fits = !current.isEmpty() && sentence == currentSentence && start[i] >= end[current.get(current.size() - 1)]
                    && end[i] - start[current.get(0)] <= MAX_SPAN_CHARS;
            if (!fits && !current.isEmpty()) {
                close(text, current, start, end, words, contextChars);
                current.clear();
            }
            current.add(i);
            currentSentence = sentence;
        }
        if (!current.isEmpty()) {
            close(text, current, start, end, words, contextChars);
        }
    }

    List<MaskedLanguageModel.Passage> passages() {
        return passages;
    }

    /** Where the {@code i}th gap asked went. */
    Placement placement(int i) {
        return placements[i];
    }

    private void close(String text, List<Integer> gaps, int[] start, int[] end, List<List<String>> words, int contextChars) {
        int first = gaps.get(0);
        List<String> texts = new ArrayList<>();
        List<String> spans = new ArrayList<>();
        List<List<String>> asked = new ArrayList<>();
        texts.add(text.substring(ParagraphWindow.from(text, start[first], contextChars), start[first]));
        for (int k = 0; k < gaps.size(); k++) {
            int g = gaps.get(k);
            spans.add(text.substring(start[g], end[g]));
            asked.add(words.get(g));
            int textEnd = k + 1 < gaps.size() ? start[gaps.get(k + 1)] : ParagraphWindow.to(text, end[g], contextChars);
            texts.add(text.substring(end[g], textEnd));
            placements[g] = new Placement(passages.size(), k);
        }
        passages.add(new MaskedLanguageModel.Passage(texts, spans, asked));
    }
}
