package dev.unspin.source;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The words of a copy aligned with those of its source (java-diff-utils' Myers diff over normalised
 * words): the runs they share in order, which are the passages shown as evidence, and the place in
 * the source of any word of the copy, which puts the source's line beside the copy's in the
 * evidence of learned entries.
 */
public final class WordAlignment {
    private final WordSequence source;
    private final WordSequence copy;
    private final List<Run> runs = new ArrayList<>();
    private final List<Run> changes = new ArrayList<>();

    /**
     * Words {@code copyStart..copyStart+copyLength} of the copy against those from {@code
     * sourceStart} of the source: equal, or the source's wording for them.
     */
    private record Run(int copyStart, int copyLength, int sourceStart, int sourceLength) {
        int length() {
            return copyLength;
        }
    }

    public WordAlignment(WordSequence source, WordSequence copy) {
        this.source = source;
        this.copy = copy;
        for (AbstractDelta<String> delta : DiffUtils.diff(source.words(), copy.words(), true).getDeltas()) {
            Run run = new Run(delta.getTarget().getPosition(), delta.getTarget().size(),
                    delta.getSource().getPosition(), delta.getSource().size());
            (delta.getType() == DeltaType.EQUAL ? runs : changes).add(run);
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

    /**
     * The 1-based line of the source that corresponds to the copy's word {@code i}: the line of the
     * same word when it is shared; in a changed stretch, of the source word in the same place of the
     * source's wording for it (word for word when both have as many words, else in proportion).
     */
    public int sourceLineOfCopyWord(int i) {
        if (source.size() == 0) {
            return 1;
        }
        int sourceWord = 0;
        for (List<Run> kind : List.of(runs, changes)) {
            for (Run run : kind) {
                if (i >= run.copyStart() && i < run.copyStart() + run.copyLength()) {
                    sourceWord = run.sourceStart() + (int) ((long) (i - run.copyStart()) * run.sourceLength() / run.copyLength());
                }
            }
        }
        return source.lineOfWord(Math.min(sourceWord, source.size() - 1));
    }
}
