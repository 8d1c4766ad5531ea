package dev.unspin.nlp;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Sentence boundaries and tagged tokens of one text. The analyzer tokenizes differently from
 * unspin ("we’ll" is one unspin token, two analyzer tokens), so callers look tags up by character
 * offsets, never by token index.
 */
public final class Analysis {
    private final int[] sentenceStarts;
    private final List<TaggedSpan> tokens;
    private final int[] tokenStarts;

    /**
     * @param sentenceStarts the offset where each sentence starts, ascending
     * @param tokens         the tagged tokens, in text order, not overlapping
     */
    public Analysis(int[] sentenceStarts, List<TaggedSpan> tokens) {
        this.sentenceStarts = sentenceStarts.clone();
        this.tokens = List.copyOf(tokens);
        this.tokenStarts = this.tokens.stream().mapToInt(TaggedSpan::start).toArray();
    }

    /**
     * The tag of the analyzer token that covers most of {@code [start, end)}; on a tie the later
     * one, since the head of an English word group ("U.S.-made") comes last.
     */
    public Optional<String> tagOf(int start, int end) {
        int i = Math.max(0, floorIndex(tokenStarts, start));
        TaggedSpan best = null;
        int bestOverlap = 0;
        for (; i < tokens.size() && tokens.get(i).start() < end; i++) {
            TaggedSpan token = tokens.get(i);
            int overlap = Math.min(end, token.end()) - Math.max(start, token.start());
            if (overlap > 0 && overlap >= bestOverlap) {
                best = token;
                bestOverlap = overlap;
            }
        }
        return Optional.ofNullable(best).map(TaggedSpan::tag);
    }

    /** Where the sentence holding {@code offset} starts (0 before the first detected sentence). */
    public int sentenceStart(int offset) {
        int i = floorIndex(sentenceStarts, offset);
        return i < 0 ? 0 : sentenceStarts[i];
    }

    /** Index of the last value at or below {@code key}, or -1. */
    private static int floorIndex(int[] sorted, int key) {
        int i = Arrays.binarySearch(sorted, key);
        return i >= 0 ? i : -i - 2;
    }
}
