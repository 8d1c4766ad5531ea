package dev.unspin.source;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The words of a copy aligned with those of its source (java-diff-utils' Myers diff over normalised
 * words), for the runs they share in order: the passages shown as evidence of a source.
 */
public final class WordAlignment {
    private final WordSequence source;
    private final WordSequence copy;
    private final List<Run> runs = new ArrayList<>();

    /** Words {@code copyStart..copyStart+length} of the copy equal those from {@code sourceStart} of the source. */
    private record Run(int copyStart, int sourceStart, int length) {
    }

    public WordAlignment(WordSequence source, WordSequence copy) {
        this.source = source;
        this.copy = copy;
        for (AbstractDelta<String> delta : DiffUtils.diff(source.words(), copy.words(), true).getDeltas()) {
            if (delta.getType() == DeltaType.EQUAL) {
                runs.add(new Run(delta.getTarget().getPosition(), delta.getSource().getPosition(), delta.getSource().size()));
            }
        }
    }

    /** The shared runs of at least {@code minWords} words, longest first (then in the copy's order), at most {@code limit}. */
    public List<Passage> passages(int minWords, int limit) {
        return runs.stream()
                .filter(run -> run.length() >= minWords)
                .sorted(Comparator.comparingInt(Run::length).reversed().thenComparingInt(Run::copyStart))
                .limit(limit)
                .map(run -> new Passage(copy.lineOfWord(run.copyStart()), source.lineOfWord(run.sourceStart()),
                        run.length(), source.span(run.sourceStart(), run.sourceStart() + run.length())))
                .toList();
    }
}
