package dev.unspin.evaluation;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import dev.unspin.text.Token;
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
        for (AbstractDelta<String> delta : DiffUtils.diff(spun, result).getDeltas()) {
            int from = delta.getSource().getPosition();
            List<String> source = delta.getSource().getLines();
            List<String> target = delta.getTarget().getLines();
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
