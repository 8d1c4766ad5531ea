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
import java.util.Optional;
import java.util.Set;

/**
 * Learns dictionary entries from the (source, spun copy) pairs that source finding found, through
 * the same learner as {@code unspin dict learn}. Each entry's evidence names the spun copy's line,
 * as learning does, and the line of the source that holds the original wording, so both documents
 * can be looked up: lines of the files as written, also for Markdown and HTML, whose prose is
 * what is learned from.
 */
public final class SourceLearning {
    private SourceLearning() {
    }

    /**
     * A spun copy and the corpus document found to be its source, each with the name evidence
     * gives it (no whitespace), its prose and where that prose's lines are in the file.
     */
    public record FoundPair(String copyName, String copyText, ProseLines copyLines,
            String sourceName, String sourceText, ProseLines sourceLines) {
        public FoundPair {
            new TextPair(sourceName, sourceText, copyText); // the same rule for names as the learner's
        }

        /** Two plain texts. */
        public FoundPair(String copyName, String copyText, String sourceName, String sourceText) {
            this(copyName, copyText, ProseLines.of(copyText), sourceName, sourceText, ProseLines.of(sourceText));
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
            Set<Evidence> copyEvidence = new LinkedHashSet<>();
            Set<Evidence> sourceEvidence = new LinkedHashSet<>();
            for (Evidence seen : entry.evidence()) {
                FoundPair pair = byCopy.get(seen.source());
                List<Difference> found = differences.computeIfAbsent(seen.source(),
                        name -> PairAligner.align(pair.sourceText(), pair.copyText()));
                Optional<Difference> difference = difference(found, seen.line(), entry.spun());
                int copyOffset = difference.map(Difference::offset).orElse(lineStart(pair.copyText(), seen.line()));
                int sourceOffset = lineStart(pair.sourceText(), difference.map(Difference::originalLine).orElse(seen.line()));
                copyEvidence.add(new Evidence(seen.source(), pair.copyLines().lineAt(copyOffset)));
                sourceEvidence.add(new Evidence(pair.sourceName(), pair.sourceLines().lineAt(sourceOffset)));
            }
            Set<Evidence> evidence = new LinkedHashSet<>(copyEvidence);
            evidence.addAll(sourceEvidence);
            entries.add(new Entry(entry.id(), entry.spun(), entry.originals(), entry.confidence(), entry.conditions(),
                    entry.example(), List.copyOf(evidence), entry.location()));
        }
        return new PairLearning.Result(entries, result.notLearned());
    }

    /** The difference on the copy's prose line whose spun wording holds the entry's phrasing (a learned entry may be one word of a longer swap). */
    private static Optional<Difference> difference(List<Difference> differences, int copyLine, String phrasing) {
        List<String> words = WordSequence.of(phrasing).words();
        return differences.stream()
                .filter(d -> d.line() == copyLine && d.kind() == Difference.Kind.WORDING)
                .filter(d -> Collections.indexOfSubList(WordSequence.of(d.spun()).words(), words) >= 0)
                .findFirst();
    }

    /** Where the prose's 1-based line begins, past its leading blanks (which may stand for markup). */
    private static int lineStart(String text, int line) {
        int offset = ProseLines.lineStart(text, line);
        while (offset < text.length() - 1 && Character.isWhitespace(text.charAt(offset)) && text.charAt(offset) != '\n') {
            offset++;
        }
        return Math.min(offset, Math.max(0, text.length() - 1));
    }
}
