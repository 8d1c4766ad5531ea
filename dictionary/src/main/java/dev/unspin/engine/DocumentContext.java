package dev.unspin.engine;

import dev.unspin.nlp.Analysis;
import dev.unspin.nlp.LanguageAnalyzer;
import dev.unspin.text.Token;
import java.util.List;
import java.util.function.Supplier;

/**
 * One document being matched: its text, its tokens, and its linguistic analysis, which is run at
 * most once and only if a condition asks for it. Lives for one {@code find} call.
 */
final class DocumentContext {
    private final String text;
    private final List<Token> tokens;
    private final Supplier<LanguageAnalyzer> analyzer;
    private Analysis analysis;

    DocumentContext(String text, List<Token> tokens, Supplier<LanguageAnalyzer> analyzer) {
        this.text = text;
        this.tokens = tokens;
        this.analyzer = analyzer;
    }

    String text() {
        return text;
    }

    List<Token> tokens() {
        return tokens;
    }

    Analysis analysis() {
        if (analysis == null) {
            analysis = analyzer.get().analyze(text);
        }
        return analysis;
    }
}
