package dev.unspin.source;

import dev.unspin.text.Token;
import dev.unspin.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A text's words in order, normalised (lower case, apostrophes folded), with punctuation left out,
 * so that a copy that changed quote marks, dashes or capitals still matches word for word. Keeps
 * each word's place, to name the line a passage is on.
 */
public final class WordSequence {
    private final String text;
    private final List<Token> words;
    private final List<String> normalised;
    private final int[] lines;

    private WordSequence(String text, List<Token> words, ProseLines lineAt) {
        this.text = text;
        this.words = words;
        this.normalised = words.stream().map(Token::normalized).toList();
        this.lines = new int[words.size()];
        for (int i = 0; i < words.size(); i++) {
            lines[i] = lineAt.lineAt(words.get(i).start());
        }
    }

    /** The words of a plain text, numbered by its own lines. */
    public static WordSequence of(String text) {
        return of(text, ProseLines.of(text));
    }

    /** The words of prose, numbered by the lines of the document it came from. */
    public static WordSequence of(String text, ProseLines lines) {
        List<Token> words = new ArrayList<>();
        for (Token token : Tokenizer.tokenize(text)) {
            if (token.word()) {
                words.add(token);
            }
        }
        return new WordSequence(text, words, lines);
    }

    public String text() {
        return text;
    }

    public int size() {
        return words.size();
    }

    /** The normalised words. */
    public List<String> words() {
        return normalised;
    }

    /** The i-th word as a token of the text. */
    public Token token(int i) {
        return words.get(i);
    }

    /** The distinct runs of {@code k} consecutive words, each joined by single spaces. */
    public Set<String> shingles(int k) {
        Set<String> shingles = new HashSet<>();
        for (int i = 0; i + k <= normalised.size(); i++) {
            shingles.add(String.join(" ", normalised.subList(i, i + k)));
        }
        return shingles;
    }

    /** The 1-based line of the i-th word in the document as written. */
    public int lineOfWord(int i) {
        return lines[i];
    }

    /** The text from the start of word {@code from} to the end of word {@code to - 1}, blanks collapsed. */
    public String span(int from, int to) {
        return text.substring(words.get(from).start(), words.get(to - 1).end()).replaceAll("\\s+", " ");
    }
}
