package dev.unspin.context.evaluation;

import dev.unspin.context.CandidateGenerator;
import dev.unspin.context.ContextualStage;
import dev.unspin.context.Morphology;
import dev.unspin.engine.CaseTransfer;
import dev.unspin.text.Token;
import dev.unspin.text.Tokenizer;
import dev.unspin.thesaurus.ModelReading;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A simulated spinner of the family real spins show: a fixed table (here a thesaurus's groups, of
 * which a share of base forms are keys), context-free, the first match wins (a two- or three-word
 * key before a word), one choice per word form per document, the original never kept, capitalised
 * words inside a sentence, all-caps and hyphenated words left alone. The replacement is put in the
 * form of the word it replaces. A fixed seed makes every spin the same.
 */
public final class FamilySpinner {
    /** The share of base forms the simulated table holds: about 22% of words change, as in real spins. */
    static final double KEY_SHARE = 0.32;

    private final Function<String, List<String>> neighbours;
    private final Morphology morphology;
    private final Predicate<String> common;
    private final double keyShare;

    /**
     * @param neighbours the table's group of a lower-case base form or phrase (the thesaurus)
     * @param common     whether a replacement word is common English (spinners write common words)
     * @param keyShare   the share of base forms that are keys of the table
     */
    public FamilySpinner(Function<String, List<String>> neighbours, Morphology morphology, Predicate<String> common, double keyShare) {
        this.neighbours = neighbours;
        this.morphology = morphology;
        this.common = common;
        this.keyShare = keyShare;
    }

    /**
     * The spinner over a thesaurus's groups as the evaluation and the training use it: the stage's
     * morphology, its news model's vocabulary as common English, and {@link #KEY_SHARE}.
     */
    public static FamilySpinner over(Function<String, List<String>> neighbours, ContextualStage stage) {
        return new FamilySpinner(neighbours, stage.morphology(), word -> stage.model().id(word) >= 0, KEY_SHARE);
    }

    /** The spun text. */
    public String spin(String original, long seed) {
        List<Token> words = Tokenizer.tokenize(original).stream().filter(Token::word).toList();
        Map<String, String> chosen = new HashMap<>();
        StringBuilder out = new StringBuilder(original.length() + 64);
        int position = 0;
        int i = 0;
        while (i < words.size()) {
            int taken = 0;
            String replacement = null;
            for (int length = 3; length >= 1 && replacement == null; length--) {
                if (i + length > words.size() || !spinnable(original, words, i, length)) {
                    continue;
                }
                String form = lowerCase(original, words, i, length);
                if (length == 1 && (form.length() < 3 || morphology.classOf(form) == Morphology.WordClass.OTHER)) {
                    continue;
                }
                replacement = chosen.computeIfAbsent(form, f -> choose(f, seed));
                if (replacement.isEmpty()) {
                    replacement = null;
                } else {
                    taken = length;
                }
            }
            if (replacement == null) {
                i++;
                continue;
            }
            Token first = words.get(i);
            Token last = words.get(i + taken - 1);
            out.append(original, position, first.start()).append(CaseTransfer.likeWord(original.substring(first.start(), last.end()), replacement));
            position = last.end();
            i += taken;
        }
        return out.append(original, position, original.length()).toString();
    }

    /** The document's one replacement for a form, or "" when the form is not a key. */
    private String choose(String form, long seed) {
        Random random = new Random(seed * 31 + form.hashCode());
        boolean phrase = form.indexOf(' ') >= 0;
        List<Morphology.Analysis> readings = phrase ? List.of(new Morphology.Analysis(form, null)) : morphology.analyse(form);
        if (readings.isEmpty()) {
            readings = List.of(new Morphology.Analysis(form, null));
        }
        Morphology.Analysis reading = readings.get(0);
        if (new Random(seed * 17 + reading.lemma().hashCode()).nextDouble() >= keyShare) {
            return "";
        }
        if (!phrase && morphology.classOf(form) == Morphology.WordClass.CONNECTIVE) {
            List<String> connectives = CandidateGenerator.connectives(neighbours, morphology, form);
            return connectives.isEmpty() ? "" : connectives.get(random.nextInt(connectives.size()));
        }
        List<String> options = new ArrayList<>();
        for (String neighbour : neighbours.apply(reading.lemma())) {
            if (neighbour.split(" ").length > 3 || !neighbour.chars().allMatch(c -> c == ' ' || (c >= 'a' && c <= 'z'))) {
                continue;
            }
            String inflected = inflect(neighbour, reading.tag());
            if (inflected != null && !inflected.equals(form) && allCommon(inflected)) {
                options.add(inflected);
            }
        }
        return options.isEmpty() ? "" : options.get(random.nextInt(options.size()));
    }

    /** The neighbour in the tag's form: a phrase's first word is inflected ("make use of" → "made use of"). */
    private String inflect(String neighbour, String tag) {
        if (tag == null) {
            return neighbour;
        }
        int space = neighbour.indexOf(' ');
        String head = space < 0 ? neighbour : neighbour.substring(0, space);
        var forms = morphology.inflect(head, tag);
        if (forms.isEmpty()) {
            return Morphology.baseFormTag(tag) ? neighbour : null;
        }
        return forms.iterator().next() + (space < 0 ? "" : neighbour.substring(space));
    }

    private boolean allCommon(String phrase) {
        for (String word : phrase.split(" ")) {
            if (!common.test(word)) {
                return false;
            }
        }
        return true;
    }

    /** Lower-case or sentence-initial words of letters joined by single spaces. */
    private static boolean spinnable(String text, List<Token> words, int first, int length) {
        for (int k = first; k < first + length; k++) {
            Token word = words.get(k);
            String form = word.text();
            for (int c = 0; c < form.length(); c++) {
                char ch = form.charAt(c);
                boolean ok = (ch >= 'a' && ch <= 'z') || (c == 0 && k == first && ch >= 'A' && ch <= 'Z' && ModelReading.startsSentence(text, word.start()));
                if (!ok) {
                    return false;
                }
            }
            if (k > first && !(words.get(k - 1).end() + 1 == word.start() && text.charAt(word.start() - 1) == ' ')) {
                return false;
            }
        }
        return true;
    }

    private static String lowerCase(String text, List<Token> words, int first, int length) {
        return text.substring(words.get(first).start(), words.get(first + length - 1).end()).toLowerCase(Locale.ROOT);
    }
}
