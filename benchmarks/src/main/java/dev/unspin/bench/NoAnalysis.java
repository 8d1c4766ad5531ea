package dev.unspin.bench;

import dev.unspin.nlp.LanguageAnalyzer;
import dev.unspin.nlp.TaggedSpan;
import java.util.List;

/** An analyzer that finds one sentence and no tags: context conditions cost nothing (and mostly fail). */
final class NoAnalysis implements LanguageAnalyzer {
    static final NoAnalysis INSTANCE = new NoAnalysis();

    @Override
    public int[] sentenceStarts(String text) {
        return new int[] {0};
    }

    @Override
    public List<TaggedSpan> tagSentence(String text, int start, int end) {
        return List.of();
    }
}
