package dev.unspin.engine;

import dev.unspin.nlp.Analysis;
import dev.unspin.nlp.LanguageAnalyzer;
import dev.unspin.text.Normalizer;
import dev.unspin.text.TokenSpans;
import java.util.function.Supplier;

/**
 * One document being matched: its text, its token offsets, and its linguistic analysis, which is
 * run at most once and only if a condition asks for it. Token strings are made only for the
 * tokens a condition looks at. Lives for one scan of the document.
 */
final class DocumentContext {
    private final String text;
    private final TokenSpans tokens;
    private final int[] ids;
    private final Supplier<LanguageAnalyzer> analyzer;
    private String[] normalized;
    private Analysis analysis;

    /** For a text, its tokens and their vocabulary ids ({@link Vocabulary#ABSENT} for words no entry knows). */
    DocumentContext(String text, TokenSpans tokens, int[] ids, Supplier<LanguageAnalyzer> analyzer) {
        this.text = text;
        this.tokens = tokens;
        this.ids = ids;
        this.analyzer = analyzer;
    }

    String text() {
        return text;
    }

    TokenSpans tokens() {
        return tokens;
    }

    /** The tokens' vocabulary ids; callers must not change them. */
    int[] ids() {
        return ids;
    }

    /** Token {@code i} as compared (see {@link Normalizer}). */
    String normalized(int i) {
        if (normalized == null) {
            normalized = new String[tokens.size()];
        }
        String token = normalized[i];
        if (token == null) {
            token = Normalizer.normalize(text.substring(tokens.start(i), tokens.end(i)));
            normalized[i] = token;
        }
        return token;
    }

    Analysis analysis() {
        if (analysis == null) {
            analysis = analyzer.get().analyze(text);
        }
        return analysis;
    }
}
