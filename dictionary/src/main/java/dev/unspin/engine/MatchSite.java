package dev.unspin.engine;

import dev.unspin.dictionary.MatchContext;
import dev.unspin.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The context of a candidate match over tokens {@code first..last} of a document. */
final class MatchSite implements MatchContext {
    private final DocumentContext document;
    private final int first;
    private final int last;

    MatchSite(DocumentContext document, int first, int last) {
        this.document = document;
        this.first = first;
        this.last = last;
    }

    private List<Token> tokens() {
        return document.tokens();
    }

    @Override
    public String previousTokens(int count) {
        return join(Math.max(0, first - count), first);
    }

    @Override
    public String nextTokens(int count) {
        return join(last + 1, Math.min(tokens().size(), last + 1 + count));
    }

    /** Tokens from..to (exclusive), normalized and joined by single spaces; "" when empty. */
    private String join(int from, int to) {
        if (to - from == 1) {
            return tokens().get(from).normalized();
        }
        StringBuilder joined = new StringBuilder();
        for (int i = from; i < to; i++) {
            joined.append(i == from ? "" : " ").append(tokens().get(i).normalized());
        }
        return joined.toString();
    }

    @Override
    public String surface() {
        return document.text().substring(tokens().get(first).start(), tokens().get(last).end());
    }

    @Override
    public List<String> wordsBefore(int count) {
        List<String> words = new ArrayList<>(count);
        for (int i = first - 1; i >= 0 && words.size() < count; i--) {
            addIfWord(words, tokens().get(i));
        }
        return words;
    }

    @Override
    public List<String> wordsAfter(int count) {
        List<String> words = new ArrayList<>(count);
        for (int i = last + 1; i < tokens().size() && words.size() < count; i++) {
            addIfWord(words, tokens().get(i));
        }
        return words;
    }

    private static void addIfWord(List<String> words, Token token) {
        if (token.word()) {
            words.add(token.normalized());
        }
    }

    @Override
    public Optional<String> partOfSpeech() {
        Token word = tokens().get(last);
        return document.analysis().tagOf(word.start(), word.end());
    }

    @Override
    public boolean sentenceInitial() {
        int start = tokens().get(first).start();
        int sentenceStart = document.analysis().sentenceStart(start);
        for (int i = first - 1; i >= 0 && tokens().get(i).start() >= sentenceStart; i--) {
            if (tokens().get(i).word()) {
                return false;
            }
        }
        return true;
    }
}
