package dev.unspin.nlp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An analyzer that remembers the tags of the sentences it tagged last, by their text. For an
 * editor: every change re-checks the paragraphs around it, whose sentences are mostly the same as
 * a keystroke ago. A batch of distinct articles gains nothing from it, so only the server uses it.
 * Thread-safe if the analyzer it wraps is.
 */
public final class RecentSentences implements LanguageAnalyzer {
    private final LanguageAnalyzer analyzer;
    private final Map<String, List<TaggedSpan>> tagged;

    public RecentSentences(LanguageAnalyzer analyzer, int capacity) {
        this.analyzer = analyzer;
        this.tagged = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, List<TaggedSpan>> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public int[] sentenceStarts(String text) {
        return analyzer.sentenceStarts(text);
    }

    @Override
    public List<TaggedSpan> tagSentence(String text, int start, int end) {
        String sentence = text.substring(start, end);
        List<TaggedSpan> relative;
        synchronized (tagged) {
            relative = tagged.get(sentence);
        }
        if (relative == null) {
            relative = shift(analyzer.tagSentence(sentence, 0, sentence.length()), 0);
            synchronized (tagged) {
                tagged.put(sentence, relative);
            }
        }
        return shift(relative, start);
    }

    private static List<TaggedSpan> shift(List<TaggedSpan> spans, int by) {
        List<TaggedSpan> shifted = new ArrayList<>(spans.size());
        for (TaggedSpan span : spans) {
            shifted.add(new TaggedSpan(span.start() + by, span.end() + by, span.tag()));
        }
        return shifted;
    }
}
