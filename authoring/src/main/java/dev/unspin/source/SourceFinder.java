package dev.unspin.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds the corpus document a spun copy was made from: the most similar one by {@link SourceIndex},
 * when its similarity reaches the threshold, with the evidence (the rare words they share and the
 * passages they share word for word). The copy should be restored first, so that the spinner's
 * swaps do not break the runs of words it shares with its source.
 */
public final class SourceFinder {
    /**
     * The similarity a document needs to be named the source: well below what restored copies score
     * against their sources and well above what other reports of the same events score
     * (docs/source.md has the figures that chose it).
     */
    public static final double DEFAULT_THRESHOLD = 0.3;

    /** Shared words and passages shown as evidence. */
    private static final int SHARED_WORDS = 12;
    private static final int PASSAGES = 3;
    /** A passage shorter than this says little: reports of one event share such runs. */
    private static final int MIN_PASSAGE_WORDS = 8;

    private final SourceIndex index;
    private final double threshold;

    public SourceFinder(SourceIndex index, double threshold) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("a similarity threshold lies between 0 and 1, not " + threshold);
        }
        this.index = index;
        this.threshold = threshold;
    }

    public double threshold() {
        return threshold;
    }

    /**
     * The match for a (restored) copy; {@code excluded} leaves documents out, such as the copy
     * itself when it is part of the corpus.
     */
    public SourceMatch find(String copyText, Predicate<CorpusDocument> excluded) {
        return find(copyText, ProseLines.of(copyText), excluded);
    }

    /** The same, for prose whose passages are placed by the lines of the document it came from. */
    public SourceMatch find(String copyText, ProseLines lines, Predicate<CorpusDocument> excluded) {
        WordSequence copy = WordSequence.of(copyText, lines);
        List<SourceIndex.Candidate> ranked = index.rank(copy, excluded);
        Optional<SourceIndex.Candidate> closest = ranked.stream().findFirst();
        Optional<SourceIndex.Candidate> runnerUp = ranked.stream().skip(1).findFirst();
        if (closest.isEmpty()) {
            return new SourceMatch(closest, runnerUp, Optional.empty(), List.of(), List.of());
        }
        CorpusDocument document = closest.get().document();
        WordSequence source = index.words(document);
        Optional<CorpusDocument> found = closest.get().similarity() >= threshold ? Optional.of(document) : Optional.empty();
        return new SourceMatch(closest, runnerUp, found, sharedWords(copy, source),
                new WordAlignment(source, copy).passages(MIN_PASSAGE_WORDS, PASSAGES));
    }

    /**
     * The rarest words (in the corpus) of the copy that the document has too; among equally rare
     * ones, names and numbers (written with a capital or a digit somewhere in the copy) first, as
     * they say most about an article, then longer words.
     */
    private List<SharedWord> sharedWords(WordSequence copy, WordSequence source) {
        Set<String> inSource = Set.copyOf(source.words());
        Set<String> named = new HashSet<>();
        for (int i = 0; i < copy.size(); i++) {
            if (copy.token(i).text().codePoints().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))) {
                named.add(copy.words().get(i));
            }
        }
        List<SharedWord> shared = new ArrayList<>();
        for (String word : new LinkedHashSet<>(copy.words())) {
            if (inSource.contains(word) && word.codePoints().anyMatch(Character::isLetterOrDigit) && word.length() > 2) {
                shared.add(new SharedWord(word, index.documentFrequency(word)));
            }
        }
        return shared.stream()
                .sorted(Comparator.comparingLong(SharedWord::documents)
                        .thenComparing(w -> !named.contains(w.word()))
                        .thenComparing(w -> -w.word().length()))
                .limit(SHARED_WORDS)
                .toList();
    }
}
