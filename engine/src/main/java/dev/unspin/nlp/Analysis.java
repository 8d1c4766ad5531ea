package dev.unspin.nlp;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sentence boundaries and tagged tokens of one text. Sentences are found up front, which is cheap;
 * tagging costs most, so each sentence is tagged the first time a tag in it is asked for. The
 * analyzer tokenizes differently from unspin ("we’ll" is one unspin token, two analyzer tokens),
 * so callers look tags up by character offsets, never by token index. Not thread-safe: one per
 * document being matched.
 */
public final class Analysis {
    private final LanguageAnalyzer analyzer;
    private final String text;
    private final int[] sentenceStarts;
    private final Map<Integer, List<TaggedSpan>> taggedSentences = new HashMap<>();

    Analysis(LanguageAnalyzer analyzer, String text) {
        this.analyzer = analyzer;
        this.text = text;
        this.sentenceStarts = analyzer.sentenceStarts(text);
    }

    /**
     * The tag of the analyzer token that covers most of {@code [start, end)}; on a tie the later
     * one, since the head of an English word group ("U.S.-made") comes last.
     */
    public Optional<String> tagOf(int start, int end) {
        TaggedSpan best = null;
        int bestOverlap = 0;
        for (TaggedSpan token : sentenceTags(start)) {
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
        int i = sentenceIndex(offset);
        return i < 0 ? 0 : sentenceStarts[i];
    }

    private List<TaggedSpan> sentenceTags(int offset) {
        int i = sentenceIndex(offset);
        return taggedSentences.computeIfAbsent(i, index -> {
            int from = index < 0 ? 0 : sentenceStarts[index];
            int to = index + 1 < sentenceStarts.length ? sentenceStarts[index + 1] : text.length();
            return analyzer.tagSentence(text, from, to);
        });
    }

    /** Index of the last sentence starting at or before {@code offset}, or -1. */
    private int sentenceIndex(int offset) {
        int i = Arrays.binarySearch(sentenceStarts, offset);
        return i >= 0 ? i : -i - 2;
    }
}
