package dev.unspin.thesaurus;

import dev.unspin.languagemodel.TrieLanguageModel;
import dev.unspin.text.Token;
import dev.unspin.text.Tokenizer;
import java.util.List;
import java.util.Locale;

/**
 * A text's words as a language model reads them: each word's id (-1 for a word the model lacks),
 * which words are joined by a single space, and where sentences begin and end.
 */
public final class ModelReading {
    private final TrieLanguageModel lm;
    private final String text;
    private final List<Token> words;
    private final int[] ids;

    public ModelReading(TrieLanguageModel lm, String text) {
        this.lm = lm;
        this.text = text;
        this.words = Tokenizer.tokenize(text).stream().filter(Token::word).toList();
        this.ids = new int[words.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = lm.id(words.get(i).text().toLowerCase(Locale.ROOT));
        }
    }

    public TrieLanguageModel model() {
        return lm;
    }

    public String text() {
        return text;
    }

    public List<Token> words() {
        return words;
    }

    public int size() {
        return words.size();
    }

    public int id(int word) {
        return ids[word];
    }

    /** True when only a single space stands between the word and the one before it. */
    public boolean joinedToPrevious(int word) {
        if (word == 0) {
            return false;
        }
        Token previous = words.get(word - 1);
        return words.get(word).start() == previous.end() + 1 && text.charAt(previous.end()) == ' ';
    }

    /** The model's sentence-start marker when a sentence begins at the word, else -1. */
    int sentenceStartBefore(int word) {
        return startsSentence(text, words.get(word).start()) ? lm.id("<s>") : -1;
    }

    /** The model's sentence-end marker when a sentence ends right after the word, else -1. */
    int sentenceEndAfter(int word) {
        int after = words.get(word).end();
        return after < text.length() && ".!?".indexOf(text.charAt(after)) >= 0 ? lm.id("</s>") : -1;
    }

    /** True when only spaces, quotes or brackets stand between a sentence end (or the text's start) and {@code start}. */
    public static boolean startsSentence(String text, int start) {
        for (int i = start - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (".!?\n".indexOf(c) >= 0) {
                return true;
            }
            if (!Character.isWhitespace(c) && "\"'“‘([".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }
}
