package dev.unspin.thesaurus;

import dev.unspin.languagemodel.TrieLanguageModel;
import java.util.Arrays;

/**
 * A span of words with the words around it that a language model weighs it by: up to two words on
 * each side, joined to the span by single spaces and known to the model. A sentence boundary gives
 * the model's sentence marker and ends the window there.
 */
public final class ModelWindow {
    private static final int CONTEXT = 2;

    private final TrieLanguageModel lm;
    /** Nearest first. */
    private final int[] left;
    private final int[] right;

    private ModelWindow(TrieLanguageModel lm, int[] left, int[] right) {
        this.lm = lm;
        this.left = left;
        this.right = right;
    }

    /** The window around words {@code first} to {@code last} (inclusive) of the reading. */
    public static ModelWindow around(ModelReading reading, int first, int last) {
        return new ModelWindow(reading.model(), side(reading, first, -1), side(reading, last, +1));
    }

    public boolean hasContext() {
        return left.length > 0 || right.length > 0;
    }

    /** log10 of the probability of the span and of the words after it, given the words before it. */
    public double score(int[] span) {
        int[] sequence = new int[left.length + span.length + right.length];
        for (int i = 0; i < left.length; i++) {
            sequence[i] = left[left.length - 1 - i];
        }
        System.arraycopy(span, 0, sequence, left.length, span.length);
        System.arraycopy(right, 0, sequence, left.length + span.length, right.length);
        return lm.log10Probability(sequence, left.length);
    }

    private static int[] side(ModelReading reading, int edge, int direction) {
        int[] ids = new int[CONTEXT];
        int count = 0;
        int at = edge;
        while (count < CONTEXT) {
            int next = at + direction;
            boolean joined = direction < 0 ? reading.joinedToPrevious(at) : next < reading.size() && reading.joinedToPrevious(next);
            if (!joined) {
                int marker = direction < 0 ? reading.sentenceStartBefore(at) : reading.sentenceEndAfter(at);
                if (marker >= 0) {
                    ids[count++] = marker;
                }
                break;
            }
            if (reading.id(next) < 0) {
                break;
            }
            ids[count++] = reading.id(next);
            at = next;
        }
        return Arrays.copyOf(ids, count);
    }
}
