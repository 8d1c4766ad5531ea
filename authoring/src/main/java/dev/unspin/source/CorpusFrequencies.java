package dev.unspin.source;

import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * How many documents of a corpus hold each shingle and each word, and how many documents it has:
 * the rarity weights of {@link SourceIndex}. Counted from the documents themselves on one machine;
 * given from outside when the corpus is counted elsewhere (on a cluster) and only some of its
 * documents are indexed, so that similarities equal those against the whole corpus. A shingle or
 * word it does not name is held by no document.
 */
public final class CorpusFrequencies implements Serializable {
    private static final long serialVersionUID = 1L;

    private final long documents;
    private final Map<String, Long> shingles;
    private final Map<String, Long> words;

    /**
     * @param documents the corpus's size
     * @param shingles  documents holding each shingle (at least those of the texts to be compared)
     * @param words     documents holding each normalised word (at least those of the texts to be compared)
     */
    public CorpusFrequencies(long documents, Map<String, Long> shingles, Map<String, Long> words) {
        this.documents = documents;
        this.shingles = Map.copyOf(shingles);
        this.words = Map.copyOf(words);
    }

    /** The frequencies of a whole corpus, counted from its documents' words. */
    public static CorpusFrequencies count(List<WordSequence> corpus) {
        Map<String, Long> shingles = new HashMap<>();
        Map<String, Long> words = new HashMap<>();
        for (WordSequence document : corpus) {
            for (String shingle : document.shingles(SourceIndex.SHINGLE_WORDS)) {
                shingles.merge(shingle, 1L, Long::sum);
            }
            for (String word : new HashSet<>(document.words())) {
                words.merge(word, 1L, Long::sum);
            }
        }
        return new CorpusFrequencies(corpus.size(), shingles, words);
    }

    public long documents() {
        return documents;
    }

    public long shingleDocuments(String shingle) {
        return shingles.getOrDefault(shingle, 0L);
    }

    public long wordDocuments(String word) {
        return words.getOrDefault(word, 0L);
    }
}
