package dev.unspin.evaluation;

import dev.unspin.engine.CaseTransfer;
import dev.unspin.engine.Finding;
import dev.unspin.text.Token;
import dev.unspin.text.Tokenizer;
import dev.unspin.thesaurus.WordNetThesaurus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * A context-blind synonym spinner built from WordNet: each word that has single-word synonyms is
 * swapped, with the given probability, for one of them picked at random from all its senses, in the
 * word's capitalisation. A fixed seed makes every run the same.
 */
public final class SpinnerSimulation {
    /** Shorter words are function words and abbreviations, which spinners leave alone. */
    private static final int MIN_LENGTH = 3;

    private final WordNetThesaurus thesaurus;
    private final double rate;

    public SpinnerSimulation(WordNetThesaurus thesaurus, double rate) {
        this.thesaurus = thesaurus;
        this.rate = rate;
    }

    public double rate() {
        return rate;
    }

    public SimulatedSpin spin(String original, long seed) {
        Random random = new Random(seed);
        List<Token> words = words(original);
        List<SimulatedSpin.Change> changes = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String text = words.get(i).text();
            if (text.length() < MIN_LENGTH || !text.chars().allMatch(Character::isLetter)) {
                continue;
            }
            List<String> synonyms = thesaurus.synonyms(text.toLowerCase(Locale.ROOT));
            // Draw for every eligible word, so that one word's synonyms never shift another's draw.
            double draw = random.nextDouble();
            int pick = random.nextInt(Math.max(1, synonyms.size()));
            if (!synonyms.isEmpty() && draw < rate) {
                changes.add(new SimulatedSpin.Change(i, text, CaseTransfer.likeWord(text, synonyms.get(pick))));
            }
        }
        return build(original, words, changes);
    }

    /**
     * The spin with the swaps a restorer already recognises taken back, so that only unseen swaps
     * remain: {@code finder} gives the restorer's findings, and every change one overlaps is
     * reverted, repeatedly, until none does.
     */
    public SimulatedSpin withoutKnownSwaps(SimulatedSpin spin, Function<String, List<Finding>> finder) {
        SimulatedSpin current = spin;
        for (int round = 0; round < 10; round++) {
            List<Token> words = words(current.spun());
            Set<Integer> known = new HashSet<>();
            for (Finding finding : finder.apply(current.spun())) {
                for (SimulatedSpin.Change change : current.changes()) {
                    Token word = words.get(change.word());
                    if (word.start() < finding.end() && finding.start() < word.end()) {
                        known.add(change.word());
                    }
                }
            }
            if (known.isEmpty()) {
                return current;
            }
            List<SimulatedSpin.Change> kept = current.changes().stream().filter(c -> !known.contains(c.word())).toList();
            current = build(spin.original(), words(spin.original()), kept);
        }
        return current;
    }

    private static SimulatedSpin build(String original, List<Token> words, List<SimulatedSpin.Change> changes) {
        StringBuilder spun = new StringBuilder(original.length() + 64);
        int position = 0;
        for (SimulatedSpin.Change change : changes) {
            Token word = words.get(change.word());
            spun.append(original, position, word.start()).append(change.spun());
            position = word.end();
        }
        spun.append(original, position, original.length());
        return new SimulatedSpin(original, spun.toString(), changes);
    }

    public static List<Token> words(String text) {
        return Tokenizer.tokenize(text).stream().filter(Token::word).toList();
    }
}
