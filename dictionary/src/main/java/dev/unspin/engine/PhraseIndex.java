package dev.unspin.engine;

import dev.unspin.dictionary.Entry;
import dev.unspin.text.Gap;
import dev.unspin.text.Normalizer;
import dev.unspin.text.Token;
import dev.unspin.text.Tokenizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over normalized tokens of the entries' spun phrasings. Looking up the phrases that start
 * at a token costs at most one hash lookup per token of the longest phrase, whatever the
 * dictionary's size.
 */
final class PhraseIndex {
    /** Tokens after the first are keyed with a leading space when whitespace separates them. */
    private static final String SPACED = " ";

    static final class Node {
        private final Map<String, Node> children = new HashMap<>(4);
        private final List<Phrase> phrases = new ArrayList<>(1);

        Node child(String key) {
            return children.get(key);
        }

        /** The entries whose spun phrasing ends at this node, in dictionary order. */
        List<Phrase> phrases() {
            return phrases;
        }
    }

    /** An entry with its spun phrasing's tokens as written, for case-sensitive entries. */
    record Phrase(Entry entry, List<String> tokens) {
    }

    private final Node root = new Node();
    private int maxLength;

    PhraseIndex(Collection<Entry> entries) {
        for (Entry entry : entries) {
            add(entry);
        }
    }

    private void add(Entry entry) {
        List<Token> tokens = Tokenizer.tokenize(entry.spun());
        Node node = root;
        for (int i = 0; i < tokens.size(); i++) {
            String key = i == 0 ? tokens.get(0).normalized()
                    : key(Gap.between(entry.spun(), tokens.get(i - 1).end(), tokens.get(i).start()), tokens.get(i));
            node = node.children.computeIfAbsent(key, k -> new Node());
        }
        node.phrases.add(new Phrase(entry, tokens.stream().map(t -> Normalizer.foldOnly(t.text())).toList()));
        maxLength = Math.max(maxLength, tokens.size());
    }

    Node root() {
        return root;
    }

    int maxLength() {
        return maxLength;
    }

    /** The key of a token that follows another across the given gap; null if no phrase spans it. */
    static String key(Gap gap, Token token) {
        return switch (gap) {
            case NONE -> token.normalized();
            case SPACE -> SPACED + token.normalized();
            case BREAK -> null;
        };
    }
}
