package dev.unspin.evaluation;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import dev.unspin.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How well a restoration undid a simulated spin, word by word: the restoration is aligned with the
 * spun text, and each edit it made is either a spun word put back as it was (undone), a spun word
 * changed to something else (wrong), or a word changed where nothing was spun (false).
 *
 * @param words   the original's words
 * @param changes the words the spinner swapped
 * @param undone  swapped words restored exactly
 * @param wrong   swapped words changed, but not back to the original
 * @param falseEdits words changed where nothing was spun
 */
public record RestorationScore(int words, int changes, int undone, int wrong, int falseEdits) {

    public static RestorationScore of(SimulatedSpin spin, String restored) {
        List<String> original = texts(SpinnerSimulation.words(spin.original()));
        List<String> spun = texts(SpinnerSimulation.words(spin.spun()));
        List<String> result = texts(SpinnerSimulation.words(restored));
        Map<Integer, SimulatedSpin.Change> changed = new HashMap<>();
        spin.changes().forEach(c -> changed.put(c.word(), c));
        int undone = 0;
        int wrong = 0;
        int falseEdits = 0;
        for (Edit edit : Edit.merged(DiffUtils.diff(spun, result).getDeltas(), spun, result)) {
            int from = edit.from();
            List<String> source = edit.source();
            List<String> target = edit.target();
            boolean backToOriginal = target.equals(original.subList(from, from + source.size()));
            boolean positional = source.size() == target.size();
            int spunHere = 0;
            for (int k = 0; k < source.size(); k++) {
                int word = from + k;
                if (changed.containsKey(word)) {
                    spunHere++;
                    if (backToOriginal || (positional && target.get(k).equals(original.get(word)))) {
                        undone++;
                    } else {
                        wrong++;
                    }
                } else if (!backToOriginal && (!positional || !target.get(k).equals(source.get(k)))) {
                    falseEdits++;
                }
            }
            if (spunHere == 0 && target.size() > source.size()) {
                falseEdits += target.size() - source.size(); // words inserted where nothing was spun
            }
        }
        return new RestorationScore(original.size(), changed.size(), undone, wrong, falseEdits);
    }

    /**
     * One edit of the alignment. A word put in beside a repeated word and that word taken out a
     * word or two further on is one substitution that the diff could not place: "to facilitate
     * facilitate" restored to "to help facilitate" aligns as "help" inserted and the second
     * "facilitate" deleted. Such an insert and delete are merged back into one edit.
     */
    private record Edit(int from, List<String> source, List<String> target) {
        private static final int MAX_GAP = 2;

        static List<Edit> merged(List<AbstractDelta<String>> deltas, List<String> spun, List<String> result) {
            List<Edit> edits = new ArrayList<>();
            for (int i = 0; i < deltas.size(); i++) {
                AbstractDelta<String> delta = deltas.get(i);
                AbstractDelta<String> next = i + 1 < deltas.size() ? deltas.get(i + 1) : null;
                if (next != null && opposite(delta, next) && gap(delta, next) <= MAX_GAP) {
                    int from = delta.getSource().getPosition();
                    int to = next.getSource().getPosition() + next.getSource().size();
                    int targetFrom = delta.getTarget().getPosition();
                    int targetTo = next.getTarget().getPosition() + next.getTarget().size();
                    edits.add(new Edit(from, spun.subList(from, to), result.subList(targetFrom, targetTo)));
                    i++;
                } else {
                    edits.add(new Edit(delta.getSource().getPosition(), delta.getSource().getLines(), delta.getTarget().getLines()));
                }
            }
            return edits;
        }

        /** One only inserts and the other only deletes, the same number of words. */
        private static boolean opposite(AbstractDelta<String> a, AbstractDelta<String> b) {
            boolean insertThenDelete = a.getType() == DeltaType.INSERT && b.getType() == DeltaType.DELETE;
            boolean deleteThenInsert = a.getType() == DeltaType.DELETE && b.getType() == DeltaType.INSERT;
            return (insertThenDelete || deleteThenInsert)
                    && a.getSource().size() + b.getSource().size() == a.getTarget().size() + b.getTarget().size();
        }

        private static int gap(AbstractDelta<String> a, AbstractDelta<String> b) {
            return b.getSource().getPosition() - (a.getSource().getPosition() + a.getSource().size());
        }
    }

    private static List<String> texts(List<Token> tokens) {
        return tokens.stream().map(Token::text).toList();
    }

    public RestorationScore plus(RestorationScore other) {
        return new RestorationScore(words + other.words, changes + other.changes, undone + other.undone,
                wrong + other.wrong, falseEdits + other.falseEdits);
    }

    public static RestorationScore zero() {
        return new RestorationScore(0, 0, 0, 0, 0);
    }

    /** The share of the spinner's swaps put back exactly. */
    public double recall() {
        return changes == 0 ? 0 : (double) undone / changes;
    }

    /** The share of the restoration's word edits that put a spun word back exactly. */
    public double precision() {
        int edits = undone + wrong + falseEdits;
        return edits == 0 ? 1 : (double) undone / edits;
    }

    /** Words changed where nothing was spun, per 1,000 words that were not spun. */
    public double falseEditsPerThousand() {
        int unspun = words - changes;
        return unspun == 0 ? 0 : falseEdits * 1000.0 / unspun;
    }
}
