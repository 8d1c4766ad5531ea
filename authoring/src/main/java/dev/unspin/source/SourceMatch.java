package dev.unspin.source;

import java.util.List;
import java.util.Optional;

/**
 * What the corpus says about one spun copy.
 *
 * @param closest     the most similar document, if any shares a shingle with the copy
 * @param runnerUp    the next most similar document, for the margin
 * @param source      the closest document when its similarity reaches the threshold
 * @param sharedWords the rarest words the copy and the closest document share, rarest first
 * @param passages    the longest runs of words they share, longest first
 */
public record SourceMatch(
        Optional<SourceIndex.Candidate> closest,
        Optional<SourceIndex.Candidate> runnerUp,
        Optional<CorpusDocument> source,
        List<SharedWord> sharedWords,
        List<Passage> passages) {

    /** The closest document's similarity, 0 when none shares anything. */
    public double similarity() {
        return closest.map(SourceIndex.Candidate::similarity).orElse(0.0);
    }
}
