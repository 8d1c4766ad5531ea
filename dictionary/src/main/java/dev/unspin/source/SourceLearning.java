package dev.unspin.source;

import dev.unspin.dictionary.Entry;
import dev.unspin.dictionary.Evidence;
import dev.unspin.learn.Difference;
import dev.unspin.learn.PairAligner;
import dev.unspin.learn.PairLearning;
import dev.unspin.learn.TextPair;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Learns dictionary entries from the (source, spun copy) pairs that source finding found, through
 * the same learner as {@code unspin dict learn}. Each entry's evidence names the spun copy's line,
 * as learning does, and the line of the source that holds the original wording, so both documents
 * can be looked up.
 */
public final class SourceLearning {
    private SourceLearning() {
    }

    /**
     * A spun copy and the corpus document found to be its source, each with the name evidence
     * gives it (no whitespace) and its text.
     */
    public record FoundPair(String copyName, String copyText, String sourceName, String sourceText) {
        public FoundPair {
            new TextPair(sourceName, sourceText, copyText); // the same rule for names as the learner's
        }
    }

    public static PairLearning.Result learn(List<FoundPair> pairs, List<String> cleanTexts) {
        List<TextPair> textPairs = new ArrayList<>();
        Map<String, FoundPair> byCopy = new HashMap<>();
        for (FoundPair pair : pairs) {
            textPairs.add(new TextPair(pair.copyName(), pair.sourceText(), pair.copyText()));
            byCopy.put(pair.copyName(), pair);
        }
        PairLearning.Result result = PairLearning.learn(textPairs, cleanTexts);
        Map<String, List<Difference>> differences = new HashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (Entry entry : result.entries()) {
            Set<Evidence> evidence = new LinkedHashSet<>(entry.evidence());
            for (Evidence seen : entry.evidence()) {
                FoundPair pair = byCopy.get(seen.source());
                List<Difference> found = differences.computeIfAbsent(seen.source(),
                        name -> PairAligner.align(pair.sourceText(), pair.copyText()));
                evidence.add(new Evidence(pair.sourceName(), sourceLine(found, seen.line(), entry.spun())));
            }
            entries.add(new Entry(entry.id(), entry.spun(), entry.originals(), entry.confidence(), entry.conditions(),
                    entry.example(), List.copyOf(evidence), entry.location()));
        }
        return new PairLearning.Result(entries, result.notLearned());
    }

    /**
     * The source's line of the difference on the copy's line whose spun wording holds the entry's
     * phrasing (a learned entry may be one word of a longer swap); the copy's line if none does.
     */
    private static int sourceLine(List<Difference> differences, int copyLine, String phrasing) {
        List<String> words = WordSequence.of(phrasing).words();
        for (Difference difference : differences) {
            if (difference.line() == copyLine && difference.kind() == Difference.Kind.WORDING
                    && Collections.indexOfSubList(WordSequence.of(difference.spun()).words(), words) >= 0) {
                return difference.originalLine();
            }
        }
        return copyLine;
    }
}
