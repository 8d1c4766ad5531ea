package dev.unspin.thesaurus;

import dev.unspin.dictionary.Confidence;
import dev.unspin.dictionary.Entry;
import dev.unspin.dictionary.Evidence;
import dev.unspin.dictionary.SourceLocation;
import dev.unspin.engine.CaseTransfer;
import dev.unspin.engine.Finding;
import dev.unspin.engine.FindingOrigin;
import dev.unspin.engine.FindingSupplement;
import dev.unspin.languagemodel.TrieLanguageModel;
import dev.unspin.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Unseen swaps of single words that a news language model finds far less likely, among their
 * neighbours, than one of their synonyms. A spinner picks a synonym blind to context, and usually a
 * rarer word than the reporter's: "a coverage shift" for "a policy shift". The model scores the
 * word's trigrams (the word after the two before it, and the two after it) with each WordNet
 * synonym in its place; a synonym that scores far higher than the word is proposed.
 */
public final class LanguageModelFitFinder implements FindingSupplement {
    private static final SourceLocation SOURCE = new SourceLocation("news language model", 0, 0);
    private static final int MIN_LENGTH = 3;
    /**
     * How much likelier (log10) the synonym must make the word's trigrams than the word does.
     * Chosen on the evaluation (docs/evaluation.md), with the thesaurus's other parts, on seeds
     * 1-3: 3 restores 23% of unseen swaps but changes 1.0 words per 1,000 where nothing was spun
     * (1.6 on seeds 4-9), mostly a rarer word for its common synonym ("reestablish" for
     * "restore"); 3.5 restores 19% at 0.26 (0.57); 4 restores 16% at 0.13 (0.44).
     */
    private static final double MIN_GAIN = 3.5;
    /**
     * How much likelier (log10) than every other synonym: when two fit about as well, the model
     * cannot tell which one the spinner replaced ("lands" was "nations", not "countries").
     */
    private static final double MIN_MARGIN = 1.0;

    private final Supplier<WordNetThesaurus> thesaurus;
    private final Supplier<TrieLanguageModel> model;

    /** A finder over the shared WordNet and the given model, both loaded when text is first searched. */
    public LanguageModelFitFinder(Supplier<TrieLanguageModel> model) {
        this(WordNetThesaurus::shared, model);
    }

    public LanguageModelFitFinder(Supplier<WordNetThesaurus> thesaurus, Supplier<TrieLanguageModel> model) {
        this.thesaurus = thesaurus;
        this.model = model;
    }

    @Override
    public List<Finding> supplement(String text, List<Finding> found) {
        return supplement(new ModelReading(model.get(), text), found);
    }

    /** As {@link #supplement(String, List)}, over a reading of the text made once for every part of the thesaurus. */
    List<Finding> supplement(ModelReading reading, List<Finding> found) {
        String text = reading.text();
        OccupiedSpans occupied = new OccupiedSpans(found);
        List<Finding> all = new ArrayList<>(found);
        for (int i = 0; i < reading.size(); i++) {
            Token word = reading.words().get(i);
            if (candidate(text, word) && !occupied.overlaps(word.start(), word.end())) {
                propose(reading, i).ifPresent(all::add);
            }
        }
        all.sort(Comparator.comparingInt(Finding::start));
        return all;
    }

    /** Lower-case words of letters, or a capitalised one that starts a sentence: names are not synonyms' business. */
    private static boolean candidate(String text, Token word) {
        String form = word.text();
        if (form.length() < MIN_LENGTH || !form.chars().allMatch(Character::isLetter)) {
            return false;
        }
        if (form.substring(1).chars().anyMatch(Character::isUpperCase)) {
            return false;
        }
        return Character.isLowerCase(form.charAt(0)) || ModelReading.startsSentence(text, word.start());
    }

    private Optional<Finding> propose(ModelReading reading, int index) {
        Token word = reading.words().get(index);
        String form = word.text().toLowerCase(Locale.ROOT);
        TrieLanguageModel lm = reading.model();
        int own = reading.id(index);
        if (own < 0) {
            return Optional.empty();
        }
        ModelWindow window = ModelWindow.around(reading, index, index);
        if (!window.hasContext()) {
            return Optional.empty();
        }
        double ownScore = window.score(new int[] {own});
        String best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        double second = Double.NEGATIVE_INFINITY;
        for (String synonym : thesaurus.get().synonyms(form)) {
            int id = lm.id(synonym);
            if (id >= 0) {
                double score = window.score(new int[] {id});
                if (score > bestScore) {
                    second = bestScore;
                    best = synonym;
                    bestScore = score;
                } else if (score > second && !synonym.equals(best)) {
                    second = score;
                }
            }
        }
        double gain = bestScore - ownScore;
        if (best == null || gain < MIN_GAIN || bestScore - second < MIN_MARGIN) {
            return Optional.empty();
        }
        String replacement = CaseTransfer.likeWord(word.text(), best);
        String why = String.format(Locale.ROOT, "'%s' → '%s': a news language model finds '%s' about %s times likelier than '%s' in this context",
                word.text(), replacement, replacement, roughly(Math.pow(10, gain)), word.text());
        Entry entry = new Entry(Thesaurus.ID_PREFIX + "model-" + best, form, List.of(replacement), Confidence.LIKELY, List.of(),
                Optional.empty(), List.of(new Evidence(why, 0)), SOURCE);
        return Optional.of(new Finding(word.start(), word.end(), word.text(), List.of(replacement), entry,
                new FindingOrigin.Proposal(FindingOrigin.Stage.THESAURUS, why)));
    }

    /** To one significant figure, with thousands separators: 3,162 is "3,000". */
    public static String roughly(double times) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(times)));
        return String.format(Locale.ROOT, "%,.0f", Math.round(times / magnitude) * magnitude);
    }

}
