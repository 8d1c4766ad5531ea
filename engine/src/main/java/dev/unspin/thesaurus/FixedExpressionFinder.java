package dev.unspin.thesaurus;

import dev.unspin.engine.CaseTransfer;
import dev.unspin.dictionary.Confidence;
import dev.unspin.dictionary.Entry;
import dev.unspin.dictionary.Evidence;
import dev.unspin.dictionary.SourceLocation;
import dev.unspin.engine.Finding;
import dev.unspin.engine.FindingOrigin;
import dev.unspin.engine.FindingSupplement;
import dev.unspin.languagemodel.NewsLanguageModel;
import dev.unspin.languagemodel.TrieLanguageModel;
import dev.unspin.text.Token;
import dev.unspin.text.Tokenizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Unseen swaps: a capitalised two- or three-word phrase that is no name, but becomes a name WordNet
 * knows when some of its words are replaced by WordNet synonyms, was probably that name before a
 * spinner swapped them ("White Home" was "White House", "Secretary Normal" was "Secretary
 * General"). The evidence must be unambiguous: exactly one such name, the phrase itself not a
 * WordNet noun, and the phrase the whole capitalised run, so that part of a longer name ("United
 * Nations General Assembly") is left alone. Common-noun expressions are not proposed: prose is full
 * of ordinary compounds WordNet lacks ("policy shift", "coup attempt"), which a synonym would turn
 * into one it has. With a language model, the name must also be far likelier than the phrase as
 * written: "Republic Day" is a name WordNet lacks, and "Commonwealth Day" one it has. Such findings
 * are {@code likely}; {@link Thesaurus} keeps them only where the document's evidence is not clean.
 */
public final class FixedExpressionFinder implements FindingSupplement {
    private static final SourceLocation SOURCE = new SourceLocation("WordNet 3.1", 0, 0);
    /** Shorter words are mostly function words and abbreviations, whose WordNet senses mislead. */
    private static final int MIN_SWAPPED_LENGTH = 3;
    /**
     * How much likelier (log10) the language model must find the name than the phrase. Restored
     * names in the evaluation gain 3 or more ("Joined States" → "United States": 5); "Republic
     * Day" → "Commonwealth Day" would lose 1.6.
     */
    private static final double MIN_GAIN = 1.0;

    private final Supplier<WordNetThesaurus> thesaurus;
    private final Supplier<Optional<TrieLanguageModel>> model;

    /** A finder over the shared WordNet and language model (if installed), loaded when text is first searched. */
    public FixedExpressionFinder() {
        this(WordNetThesaurus::shared, NewsLanguageModel::shared);
    }

    public FixedExpressionFinder(Supplier<WordNetThesaurus> thesaurus, Supplier<Optional<TrieLanguageModel>> model) {
        this.thesaurus = thesaurus;
        this.model = model;
    }

    @Override
    public List<Finding> supplement(String text, List<Finding> found) {
        return supplement(text, Tokenizer.tokenize(text).stream().filter(Token::word).toList(), found);
    }

    /** As {@link #supplement(String, List)}, given the text's word tokens. */
    List<Finding> supplement(String text, List<Token> words, List<Finding> found) {
        if (words.size() < 2) {
            return found;
        }
        WordNetThesaurus wordnet = thesaurus.get();
        List<Finding> all = new ArrayList<>(found);
        OccupiedSpans occupied = new OccupiedSpans(found);
        for (int n = 3; n >= 2; n--) {
            for (int i = 0; i + n <= words.size(); i++) {
                List<Token> phrase = words.subList(i, i + n);
                if (isPhrase(text, phrase) && isWholeCapitalisedRun(words, i, n)
                        && !occupied.overlaps(phrase.get(0).start(), phrase.get(n - 1).end())) {
                    propose(wordnet, text, phrase).ifPresent(finding -> {
                        all.add(finding);
                        occupied.add(finding);
                    });
                }
            }
        }
        all.sort(Comparator.comparingInt(Finding::start));
        return all;
    }

    /** Words separated by single spaces only: a phrase, not words across punctuation or lines. */
    private static boolean isPhrase(String text, List<Token> phrase) {
        for (int k = 1; k < phrase.size(); k++) {
            if (phrase.get(k).start() != phrase.get(k - 1).end() + 1 || text.charAt(phrase.get(k).start() - 1) != ' ') {
                return false;
            }
        }
        return true;
    }

    /** Every word capitalised, and neither neighbour a capitalised word on the same line of prose. */
    private static boolean isWholeCapitalisedRun(List<Token> words, int first, int n) {
        for (int k = first; k < first + n; k++) {
            if (!capitalised(words.get(k))) {
                return false;
            }
        }
        boolean before = first > 0 && capitalised(words.get(first - 1)) && words.get(first).start() - words.get(first - 1).end() == 1;
        boolean after = first + n < words.size() && capitalised(words.get(first + n))
                && words.get(first + n).start() - words.get(first + n - 1).end() == 1;
        return !before && !after;
    }

    private static boolean capitalised(Token word) {
        return Character.isUpperCase(word.text().codePointAt(0));
    }

    private Optional<Finding> propose(WordNetThesaurus wordnet, String text, List<Token> phrase) {
        List<String> lower = phrase.stream().map(t -> t.text().toLowerCase(Locale.ROOT)).toList();
        if (wordnet.isExpression(String.join(" ", lower))) {
            return Optional.empty();
        }
        // Fewest swaps first: the spinner swaps each word independently, and rarely all of them,
        // so "Joined States" was "United States" rather than "United Nations".
        Set<List<String>> candidates = new LinkedHashSet<>();
        int maxSwaps = phrase.size() == 2 ? 2 : 1;
        for (int swaps = 1; swaps <= maxSwaps && candidates.isEmpty(); swaps++) {
            collect(wordnet, lower, new ArrayList<>(), 0, swaps, expression -> wordnet.isExpression(String.join(" ", expression)),
                    candidates);
        }
        if (candidates.size() != 1) {
            return Optional.empty(); // none, or several expressions: no strong evidence for one
        }
        List<String> candidate = candidates.iterator().next();
        String written = wordnet.writtenForm(String.join(" ", candidate)).orElseThrow();
        if (written.equals(written.toLowerCase(Locale.ROOT)) || !modelPrefers(wordnet, candidate, lower)) {
            return Optional.empty(); // a common noun, not a name; or the phrase reads as well as the name
        }
        return Optional.of(finding(text, phrase, candidate, written));
    }

    /**
     * True unless the language model finds the name not much likelier than the phrase, or than a
     * reading of it with fewer swaps: "Republic Daytime" reads better as "Republic Day" than as
     * "Commonwealth Day". Readings with a word the model lacks cannot be weighed and do not count.
     */
    private boolean modelPrefers(WordNetThesaurus wordnet, List<String> name, List<String> phrase) {
        Optional<TrieLanguageModel> lm = model.get();
        Optional<int[]> nameIds = lm.flatMap(m -> m.ids(name));
        if (nameIds.isEmpty()) {
            return true;
        }
        double nameScore = lm.get().log10Probability(nameIds.get(), 0);
        int swaps = (int) IntStream.range(0, name.size()).filter(k -> !name.get(k).equals(phrase.get(k))).count();
        Set<List<String>> readings = new LinkedHashSet<>();
        for (int fewer = 0; fewer < swaps; fewer++) {
            collect(wordnet, phrase, new ArrayList<>(), 0, fewer, reading -> true, readings);
        }
        for (List<String> reading : readings) {
            Optional<int[]> ids = lm.get().ids(reading);
            if (ids.isPresent() && nameScore - lm.get().log10Probability(ids.get(), 0) < MIN_GAIN) {
                return false;
            }
        }
        return true;
    }

    /** Every accepted reading reachable by swapping exactly {@code swaps} words for synonyms. */
    private static void collect(WordNetThesaurus wordnet, List<String> words, List<String> prefix, int swapped,
            int swaps, Predicate<List<String>> accept, Set<List<String>> out) {
        int k = prefix.size();
        if (k == words.size()) {
            if (swapped == swaps && accept.test(prefix)) {
                out.add(List.copyOf(prefix));
            }
            return;
        }
        String word = words.get(k);
        prefix.add(word);
        collect(wordnet, words, prefix, swapped, swaps, accept, out);
        prefix.remove(k);
        if (swapped < swaps && word.length() >= MIN_SWAPPED_LENGTH) {
            for (String synonym : wordnet.synonyms(word)) {
                prefix.add(synonym);
                collect(wordnet, words, prefix, swapped + 1, swaps, accept, out);
                prefix.remove(k);
            }
        }
    }

    private static Finding finding(String text, List<Token> phrase, List<String> candidate, String written) {
        int start = phrase.get(0).start();
        int end = phrase.get(phrase.size() - 1).end();
        StringBuilder replacement = new StringBuilder();
        for (int k = 0; k < phrase.size(); k++) {
            String surface = phrase.get(k).text();
            String word = candidate.get(k);
            replacement.append(k == 0 ? "" : " ").append(word.equals(surface.toLowerCase(Locale.ROOT)) ? surface : CaseTransfer.likeWord(surface, word));
        }
        String surface = text.substring(start, end);
        String why = "'" + surface + "' → '" + replacement + "': '" + written + "' is a fixed expression in WordNet";
        Entry entry = new Entry(Thesaurus.ID_PREFIX + String.join("-", candidate), surface.toLowerCase(Locale.ROOT),
                List.of(replacement.toString()), Confidence.LIKELY, List.of(), Optional.empty(),
                List.of(new Evidence(why, 0)), SOURCE);
        return new Finding(start, end, surface, List.of(replacement.toString()), entry,
                new FindingOrigin.Proposal(FindingOrigin.Stage.THESAURUS, why));
    }
}
