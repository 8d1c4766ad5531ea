package dev.unspin.context.evaluation;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import dev.unspin.evaluation.SpinnerSimulation;
import dev.unspin.text.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * How much of a spin's damage a restoration undid, measured against the original (or a reference
 * restoration) word by word, as the project's issues state it: damage is the word-level edit
 * distance to the reference, and the score is 1 − damage after ÷ damage before. Also counts the
 * words the restoration changed where the spun text already agreed with the reference.
 *
 * @param before      word edits from the spun text to the reference
 * @param after       word edits from the restored text to the reference
 * @param unspun      words of the spun text that the reference keeps as they are
 * @param falseEdits  of those, the words the restoration changed
 */
public record ReferenceScore(int before, int after, int unspun, int falseEdits) {

    public static ReferenceScore of(String spun, String reference, String restored) {
        List<String> spunWords = words(spun);
        List<String> referenceWords = words(reference);
        List<String> restoredWords = words(restored);
        Map<String, Character> alphabet = new HashMap<>();
        String s = encode(spunWords, alphabet);
        String r = encode(referenceWords, alphabet);
        String t = encode(restoredWords, alphabet);
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        boolean[] kept = unchanged(spunWords, referenceWords);
        boolean[] touched = changed(spunWords, restoredWords, true);
        int unspun = 0;
        int falseEdits = 0;
        for (int i = 0; i < kept.length; i++) {
            if (kept[i]) {
                unspun++;
                if (touched[i]) {
                    falseEdits++;
                }
            }
        }
        return new ReferenceScore(distance.apply(s, r), distance.apply(t, r), unspun, falseEdits);
    }

    public static ReferenceScore zero() {
        return new ReferenceScore(0, 0, 0, 0);
    }

    public ReferenceScore plus(ReferenceScore other) {
        return new ReferenceScore(before + other.before, after + other.after, unspun + other.unspun, falseEdits + other.falseEdits);
    }

    /** The share of the damage undone: 1 − after ÷ before (negative when the restoration did harm). */
    public double undone() {
        return before == 0 ? 0 : 1 - (double) after / before;
    }

    /** Words changed where nothing was spun, per 1,000 such words. */
    public double falseEditsPerThousand() {
        return unspun == 0 ? 0 : falseEdits * 1000.0 / unspun;
    }

    private static List<String> words(String text) {
        return SpinnerSimulation.words(text).stream().map(Token::text).toList();
    }

    /** Each distinct word as one character, so that a string edit distance counts word edits. */
    private static String encode(List<String> words, Map<String, Character> alphabet) {
        StringBuilder out = new StringBuilder(words.size());
        for (String word : words) {
            out.append(alphabet.computeIfAbsent(word, w -> (char) (0x4E00 + alphabet.size())));
        }
        return out.toString();
    }

    /** Which words of {@code from} the diff to {@code to} leaves in place (a word put in beside one does not count). */
    private static boolean[] unchanged(List<String> from, List<String> to) {
        boolean[] changed = changed(from, to, false);
        boolean[] kept = new boolean[changed.length];
        for (int i = 0; i < kept.length; i++) {
            kept[i] = !changed[i];
        }
        return kept;
    }

    private static boolean[] changed(List<String> from, List<String> to, boolean insertionsChange) {
        boolean[] changed = new boolean[from.size()];
        for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
            int position = delta.getSource().getPosition();
            for (int k = 0; k < delta.getSource().size(); k++) {
                changed[position + k] = true;
            }
            if (insertionsChange && delta.getSource().size() == 0 && position < changed.length) {
                changed[position] = true; // an insertion changes the word it stands before
            }
        }
        return changed;
    }
}
