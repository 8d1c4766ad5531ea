package dev.unspin.engine;

import dev.unspin.dictionary.MatchContext;
import dev.unspin.text.TokenSpans;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The context of a candidate match over tokens {@code first..last} of a document. */
final class MatchSite implements MatchContext {
    /** Sentence-final punctuation and line breaks, including the dots of "U.S." and "Mr.". */
    private static final String MAY_END_SENTENCE = ".!?\u2026\n\r\u2028\u2029";

    private final DocumentContext document;
    private final int first;
    private final int last;

    MatchSite(DocumentContext document, int first, int last) {
        this.document = document;
        this.first = first;
        this.last = last;
    }

    private TokenSpans tokens() {
        return document.tokens();
    }

    /** The match's first token. */
    int first() {
        return first;
    }

    /** The match's last token. */
    int last() {
        return last;
    }

    /** The document's token ids (see {@link DocumentContext#ids()}). */
    int[] ids() {
        return document.ids();
    }

    boolean isWord(int token) {
        return tokens().word(token);
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
            return document.normalized(from);
        }
        StringBuilder joined = new StringBuilder();
        for (int i = from; i < to; i++) {
            joined.append(i == from ? "" : " ").append(document.normalized(i));
        }
        return joined.toString();
    }

    @Override
    public String surface() {
        return document.text().substring(tokens().start(first), tokens().end(last));
    }

    @Override
    public List<String> wordsBefore(int count) {
        List<String> words = new ArrayList<>(count);
        for (int i = first - 1; i >= 0 && words.size() < count; i--) {
            addIfWord(words, i);
        }
        return words;
    }

    @Override
    public List<String> wordsAfter(int count) {
        List<String> words = new ArrayList<>(count);
        for (int i = last + 1; i < tokens().size() && words.size() < count; i++) {
            addIfWord(words, i);
        }
        return words;
    }

    private void addIfWord(List<String> words, int i) {
        if (tokens().word(i)) {
            words.add(document.normalized(i));
        }
    }

    @Override
    public Optional<String> partOfSpeech() {
        return document.analysis().tagOf(tokens().start(last), tokens().end(last));
    }

    @Override
    public boolean sentenceInitial() {
        return !continuesSentence() && sentenceInitialByDetector();
    }

    /**
     * True when a word comes before the match with nothing between that could end a sentence (the
     * detector ends sentences only at these marks), which settles {@link #sentenceInitial()}
     * without loading OpenNLP: "in May" and "the Navy" are the common case.
     */
    boolean continuesSentence() {
        int previousWord = first - 1;
        while (previousWord >= 0 && !tokens().word(previousWord)) {
            previousWord--;
        }
        if (previousWord < 0) {
            return false;
        }
        char[] chars = tokens().chars();
        for (int c = tokens().start(previousWord), end = tokens().start(first); c < end; c++) {
            if (MAY_END_SENTENCE.indexOf(chars[c]) >= 0) {
                return false;
            }
        }
        return true;
    }

    boolean sentenceInitialByDetector() {
        int start = tokens().start(first);
        int sentenceStart = document.analysis().sentenceStart(start);
        for (int i = first - 1; i >= 0 && tokens().start(i) >= sentenceStart; i--) {
            if (tokens().word(i)) {
                return false;
            }
        }
        return true;
    }
}
