package dev.unspin.engine;

import dev.unspin.dictionary.Condition;
import dev.unspin.dictionary.Entry;
import dev.unspin.text.Gap;
import dev.unspin.text.Normalizer;
import dev.unspin.text.Token;
import dev.unspin.text.Tokenizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over the normalized tokens of the entries' spun phrasings, with tokens interned to ids
 * ({@link Vocabulary}). Looking up the phrases that start at a token costs at most one probe per
 * token of the longest phrase, whatever the dictionary's size, and allocates nothing.
 *
 * <p>Built as objects, then frozen into arrays: nodes numbered breadth first, and each node's
 * edges in a small open-addressing table of its own, keyed by (token id, gap). A common word's
 * node and edges are then a few cache lines that stay hot, even in a dictionary of 100,000
 * entries; one table of all edges made every step a cache miss.
 */
final class PhraseIndex {
    static final int NONE = -1;

    /**
     * An entry with its spun phrasing's tokens as written (for case-sensitive entries), conditions
     * cheapest first, and whether any original has an apostrophe, whose style must then follow the text's.
     */
    record Phrase(Entry entry, List<String> tokens, boolean caseSensitive, SiteCondition[] conditions, boolean apostrophes) {
        boolean conditionsHold(MatchSite site) {
            for (SiteCondition condition : conditions) {
                if (!condition.holds(site)) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Conditions are a conjunction of pure tests, so their order changes nothing but the cost: the
     * token tests go first, and the tagger runs only for candidates that pass them.
     */
    private static final Comparator<Condition> CHEAPEST_FIRST = Comparator.comparingInt(PhraseIndex::cost);

    private static int cost(Condition condition) {
        if (condition instanceof Condition.Neighbour) {
            return 0;
        }
        return condition instanceof Condition.Nearby ? 1 : 2; // the rest ask OpenNLP
    }

    /** A node while the index is built. */
    private static final class BuildNode {
        final Map<Integer, BuildNode> children = new HashMap<>(4);
        final List<Phrase> phrases = new ArrayList<>(1);
        int number;
    }

    private final Vocabulary vocabulary = new Vocabulary();
    private final int[] rootChildren;
    private final Phrase[][] phrases;
    /** Node n's edge table is {@code edges[2 * childBase[n] ...]}, {@code childMask[n] + 1} slots; -1: a leaf. */
    private final int[] childBase;
    private final int[] childMask;
    /** Per slot: the edge key + 1 (0 marks an empty slot), then the target node. */
    private final int[] edges;

    PhraseIndex(Collection<Entry> entries) {
        BuildNode root = new BuildNode();
        for (Entry entry : entries) {
            add(root, entry);
        }
        List<BuildNode> order = breadthFirst(root);
        rootChildren = new int[vocabulary.size()];
        Arrays.fill(rootChildren, NONE);
        root.children.forEach((key, child) -> rootChildren[key >> 1] = child.number);
        phrases = new Phrase[order.size()][];
        childBase = new int[order.size()];
        childMask = new int[order.size()];
        int slots = 0;
        for (BuildNode node : order) {
            int size = node.children.isEmpty() ? 0 : Integer.highestOneBit(node.children.size() * 2 - 1) * 2;
            childBase[node.number] = size == 0 ? NONE : slots;
            childMask[node.number] = size - 1;
            slots += size;
            phrases[node.number] = node.phrases.isEmpty() ? null : node.phrases.toArray(Phrase[]::new);
        }
        edges = new int[2 * slots];
        for (BuildNode node : order) {
            node.children.forEach((key, child) -> {
                int base = childBase[node.number];
                int mask = childMask[node.number];
                int slot = mix(key) & mask;
                while (edges[2 * (base + slot)] != 0) {
                    slot = (slot + 1) & mask;
                }
                edges[2 * (base + slot)] = key + 1;
                edges[2 * (base + slot) + 1] = child.number;
            });
        }
    }

    private static List<BuildNode> breadthFirst(BuildNode root) {
        List<BuildNode> order = new ArrayList<>();
        ArrayDeque<BuildNode> queue = new ArrayDeque<>();
        queue.add(root);
        while (!queue.isEmpty()) {
            BuildNode node = queue.remove();
            node.number = order.size();
            order.add(node);
            queue.addAll(node.children.values());
        }
        return order;
    }

    private void add(BuildNode root, Entry entry) {
        List<Token> tokens = Tokenizer.tokenize(entry.spun());
        if (tokens.isEmpty()) {
            return;
        }
        BuildNode node = root.children.computeIfAbsent(key(vocabulary.intern(tokens.get(0).normalized()), false),
                k -> new BuildNode());
        for (int i = 1; i < tokens.size(); i++) {
            Gap gap = Gap.between(entry.spun(), tokens.get(i - 1).end(), tokens.get(i).start());
            if (gap == Gap.BREAK) {
                return; // text never matches across a paragraph break
            }
            int key = key(vocabulary.intern(tokens.get(i).normalized()), gap == Gap.SPACE);
            node = node.children.computeIfAbsent(key, k -> new BuildNode());
        }
        SiteCondition[] conditions = entry.conditions().stream().sorted(CHEAPEST_FIRST)
                .map(condition -> SiteCondition.of(condition, vocabulary)).toArray(SiteCondition[]::new);
        boolean apostrophes = entry.originals().stream().anyMatch(o -> o.indexOf('\'') >= 0 || o.indexOf('\u2019') >= 0);
        node.phrases.add(new Phrase(entry, tokens.stream().map(t -> Normalizer.foldOnly(t.text())).toList(),
                entry.caseSensitive(), conditions, apostrophes));
    }

    /** Token ids for lookups; {@link Vocabulary#ABSENT} for tokens no phrasing contains. */
    Vocabulary vocabulary() {
        return vocabulary;
    }

    /** The node of phrasings starting with the token, or {@link #NONE}. */
    int start(int tokenId) {
        return tokenId < 0 ? NONE : rootChildren[tokenId];
    }

    /** The node after following a token across a gap (spaced or adjacent), or {@link #NONE}. */
    int next(int node, int tokenId, boolean spaced) {
        int base = childBase[node];
        if (tokenId < 0 || base == NONE) {
            return NONE;
        }
        int key = key(tokenId, spaced);
        int mask = childMask[node];
        for (int slot = mix(key) & mask; edges[2 * (base + slot)] != 0; slot = (slot + 1) & mask) {
            if (edges[2 * (base + slot)] == key + 1) {
                return edges[2 * (base + slot) + 1];
            }
        }
        return NONE;
    }

    /** The entries whose spun phrasing ends at this node, in dictionary order; null if none. */
    Phrase[] phrases(int node) {
        return phrases[node];
    }

    private static int key(int tokenId, boolean spaced) {
        return tokenId << 1 | (spaced ? 1 : 0);
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
