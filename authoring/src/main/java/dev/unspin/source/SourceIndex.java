package dev.unspin.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * An index of a corpus for finding the document a spun copy was made from. Each document is a set
 * of word 3-shingles (runs of three normalised words); the similarity of a copy to a document is
 * the share of the copy's shingles the document also has, each shingle weighted by its rarity in
 * the corpus (inverse document frequency), so that phrases every report of an event shares ("the
 * United States", "said on Tuesday") count for less than a sentence only the source has. Other
 * reports of the same event share names, numbers and quotations, but few runs of three words
 * outside the quotations; a copy made from the source shares most of them once restored.
 *
 * <p>The weights come from {@link CorpusFrequencies}: the indexed documents' own, or a whole
 * corpus's when only some of its documents are indexed (the candidates a cluster's approximate
 * search returned), so that every similarity is the one against the whole corpus.
 */
public final class SourceIndex {
    /** Words per shingle: long enough that reports of one event rarely share one by chance. */
    public static final int SHINGLE_WORDS = 3;

    private final List<CorpusDocument> documents;
    private final List<WordSequence> sequences = new ArrayList<>();
    private final Map<String, List<Integer>> postings = new HashMap<>();
    private final CorpusFrequencies frequencies;
    private final Map<CorpusDocument, Integer> positions = new IdentityHashMap<>();

    /** One document's similarity to a copy. */
    public record Candidate(CorpusDocument document, double similarity) {
    }

    /** The whole corpus, weighted by its own frequencies. */
    public SourceIndex(List<CorpusDocument> documents) {
        this(documents, null);
    }

    /**
     * Some documents of a corpus (ties are ranked in their order), weighted by the whole corpus's
     * frequencies; null: by the documents' own.
     */
    public SourceIndex(List<CorpusDocument> documents, CorpusFrequencies frequencies) {
        this.documents = List.copyOf(documents);
        for (int d = 0; d < this.documents.size(); d++) {
            positions.put(this.documents.get(d), d);
            WordSequence words = WordSequence.of(this.documents.get(d).text(), this.documents.get(d).lines());
            sequences.add(words);
            for (String shingle : words.shingles(SHINGLE_WORDS)) {
                postings.computeIfAbsent(shingle, s -> new ArrayList<>()).add(d);
            }
        }
        this.frequencies = frequencies != null ? frequencies : CorpusFrequencies.count(sequences);
    }

    public int size() {
        return documents.size();
    }

    /** In how many documents of the corpus a normalised word occurs. */
    public long documentFrequency(String word) {
        return frequencies.wordDocuments(word);
    }

    /** The word sequence of a corpus document, as indexed. */
    WordSequence words(CorpusDocument document) {
        return sequences.get(positions.get(document));
    }

    /**
     * The documents that share at least one shingle with the text, most similar first (ties in
     * corpus order), leaving out those {@code excluded} says no to (the input itself, when it is
     * in the corpus).
     */
    public List<Candidate> rank(WordSequence text, Predicate<CorpusDocument> excluded) {
        Set<String> shingles = text.shingles(SHINGLE_WORDS);
        double total = 0;
        Map<Integer, Double> shared = new HashMap<>();
        for (String shingle : shingles) {
            double weight = weight(frequencies.shingleDocuments(shingle));
            total += weight;
            for (int d : postings.getOrDefault(shingle, List.of())) {
                shared.merge(d, weight, Double::sum);
            }
        }
        List<Candidate> ranked = new ArrayList<>();
        for (Map.Entry<Integer, Double> item : shared.entrySet()) {
            CorpusDocument document = documents.get(item.getKey());
            if (!excluded.test(document)) {
                ranked.add(new Candidate(document, item.getValue() / total));
            }
        }
        ranked.sort(Comparator.comparingDouble(Candidate::similarity).reversed()
                .thenComparingInt(c -> positions.get(c.document())));
        return ranked;
    }

    /** Rarer shingles weigh more; one no document has weighs as much as one only a single document has. */
    private double weight(long holders) {
        return Math.log(1 + (double) frequencies.documents() / Math.max(1, holders));
    }
}
