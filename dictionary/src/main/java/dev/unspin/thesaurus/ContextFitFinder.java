package dev.unspin.thesaurus;

import dev.unspin.engine.CaseTransfer;
import dev.unspin.dictionary.Confidence;
import dev.unspin.dictionary.Entry;
import dev.unspin.dictionary.Evidence;
import dev.unspin.dictionary.SourceLocation;
import dev.unspin.engine.Finding;
import dev.unspin.engine.FindingSupplement;
import dev.unspin.text.Token;
import dev.unspin.text.Tokenizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Unseen swaps of single words that fit their context far worse than one of their synonyms: the
 * word never occurs beside either neighbour in WordNet's glosses, and exactly one synonym occurs
 * beside both, often enough to count. A spinner is blind to context, so what it writes rarely fits
 * both neighbours; the word it replaced usually did.
 */
public final class ContextFitFinder implements FindingSupplement {
    private static final SourceLocation SOURCE = new SourceLocation("WordNet 3.1 glosses", 0, 0);
    private static final int MIN_LENGTH = 3;
    /**
     * How often the synonym must occur beside each neighbour. Chosen on the evaluation
     * (docs/evaluation.md): 2 restores more but changes about 2 words per 1,000 where nothing was
     * spun; 3 brings it to about 1.
     */
    private static final int MIN_PAIRS = 3;

    private final Supplier<WordNetThesaurus> thesaurus;
    private final Supplier<GlossBigrams> bigrams;

    /** A finder over the shared WordNet and glosses, loaded when text is first searched. */
    public ContextFitFinder() {
        this(WordNetThesaurus::shared, GlossBigrams::shared);
    }

    public ContextFitFinder(Supplier<WordNetThesaurus> thesaurus, Supplier<GlossBigrams> bigrams) {
        this.thesaurus = thesaurus;
        this.bigrams = bigrams;
    }

    @Override
    public List<Finding> supplement(String text, List<Finding> found) {
        List<Token> words = Tokenizer.tokenize(text).stream().filter(Token::word).toList();
        List<Finding> all = new ArrayList<>(found);
        for (int i = 1; i + 1 < words.size(); i++) {
            Token word = words.get(i);
            Token before = words.get(i - 1);
            Token after = words.get(i + 1);
            if (word.text().length() < MIN_LENGTH || !word.text().chars().allMatch(Character::isLetter)
                    || !adjacent(text, before, word) || !adjacent(text, word, after) || overlaps(all, word)) {
                continue;
            }
            propose(text, before, word, after).ifPresent(all::add);
        }
        all.sort(Comparator.comparingInt(Finding::start));
        return all;
    }

    private Optional<Finding> propose(String text, Token before, Token word, Token after) {
        GlossBigrams pairs = bigrams.get();
        String left = before.text().toLowerCase(Locale.ROOT);
        String right = after.text().toLowerCase(Locale.ROOT);
        String form = word.text().toLowerCase(Locale.ROOT);
        if (pairs.count(left, form) > 0 || pairs.count(form, right) > 0) {
            return Optional.empty();
        }
        String best = null;
        for (String synonym : thesaurus.get().synonyms(form)) {
            int l = pairs.count(left, synonym);
            int r = pairs.count(synonym, right);
            if (l >= MIN_PAIRS && r >= MIN_PAIRS) {
                if (best != null) {
                    return Optional.empty();
                }
                best = synonym;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        String replacement = CaseTransfer.likeWord(word.text(), best);
        String why = "'" + word.text() + "' → '" + replacement + "': '" + before.text() + " " + replacement + " " + after.text()
                + "' fits WordNet's glosses, '" + word.text() + "' does not";
        Entry entry = new Entry(Thesaurus.ID_PREFIX + "context-" + best, form, List.of(replacement),
                Confidence.LIKELY, List.of(), Optional.empty(), List.of(new Evidence(why, 0)), SOURCE);
        return Optional.of(new Finding(word.start(), word.end(), word.text(), List.of(replacement), entry));
    }

    private static boolean adjacent(String text, Token a, Token b) {
        return b.start() == a.end() + 1 && text.charAt(a.end()) == ' ';
    }

    private static boolean overlaps(List<Finding> findings, Token word) {
        return findings.stream().anyMatch(f -> f.start() < word.end() && word.start() < f.end());
    }
}
