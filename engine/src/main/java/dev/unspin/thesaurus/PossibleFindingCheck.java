package dev.unspin.thesaurus;

import dev.unspin.dictionary.Confidence;
import dev.unspin.engine.Finding;
import dev.unspin.engine.SpinEvidence;
import dev.unspin.engine.SpinVerdict;
import dev.unspin.engine.FindingSupplement;
import dev.unspin.languagemodel.TrieLanguageModel;
import dev.unspin.text.Token;
import dev.unspin.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Weighs the dictionary's {@code possible} findings, the spun forms that are ordinary English
 * elsewhere ("may" for "might"), with the language model: one whose original reads no better than
 * the text in its context is dropped. Findings the model cannot weigh (a word it lacks) are kept.
 */
public final class PossibleFindingCheck implements FindingSupplement {
    private final Supplier<TrieLanguageModel> model;

    public PossibleFindingCheck(Supplier<TrieLanguageModel> model) {
        this.model = model;
    }

    @Override
    public List<Finding> supplement(String text, List<Finding> found) {
        if (found.stream().noneMatch(f -> f.confidence() == Confidence.POSSIBLE)) {
            return found;
        }
        return check(new ModelReading(model.get(), text), found);
    }

    /** As {@link #supplement}, over a reading of the text made once for every part of the thesaurus. */
    List<Finding> check(ModelReading reading, List<Finding> found) {
        if (SpinEvidence.of(reading.size(), found).verdict() == SpinVerdict.SPUN) {
            // Possible findings stand in a document its evidence judges spun: there the model would
            // read each swap against neighbours that are mostly spun themselves, and drop correct ones.
            return found;
        }
        List<Finding> kept = new ArrayList<>(found.size());
        for (Finding finding : found) {
            if (finding.confidence() != Confidence.POSSIBLE || originalReadsBetter(reading, finding)) {
                kept.add(finding);
            }
        }
        return kept;
    }

    private static boolean originalReadsBetter(ModelReading reading, Finding finding) {
        List<Token> words = reading.words();
        TrieLanguageModel lm = reading.model();
        int first = firstWordFrom(words, finding.start());
        if (first == words.size() || words.get(first).end() > finding.end()) {
            return true; // no whole word inside the finding
        }
        int last = first;
        while (last + 1 < words.size() && words.get(last + 1).end() <= finding.end()) {
            last++;
        }
        Optional<int[]> spun = lm.ids(lower(words.subList(first, last + 1)));
        Optional<int[]> original = lm.ids(lower(words(finding.replacement())));
        if (spun.isEmpty() || original.isEmpty()) {
            return true;
        }
        ModelWindow window = ModelWindow.around(reading, first, last);
        return window.score(original.get()) > window.score(spun.get());
    }

    /** The index of the first word that starts at or after {@code offset} (the words are in text order). */
    private static int firstWordFrom(List<Token> words, int offset) {
        int low = 0;
        int high = words.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (words.get(middle).start() < offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static List<Token> words(String text) {
        return Tokenizer.tokenize(text).stream().filter(Token::word).toList();
    }

    private static List<String> lower(List<Token> words) {
        return words.stream().map(t -> t.text().toLowerCase(Locale.ROOT)).toList();
    }
}
