package dev.unspin.context;

import dev.unspin.engine.Finding;
import dev.unspin.languagemodel.TrieLanguageModel;
import dev.unspin.text.Token;
import dev.unspin.thesaurus.ModelReading;
import dev.unspin.thesaurus.ModelWindow;
import dev.unspin.thesaurus.OccupiedSpans;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a document into its spun-form evidence: groups the words that could be a spinner's output
 * by form, finds each form's candidates, and scores every candidate in every occurrence with the
 * language model (the two words either side as context). The detector decides from this which
 * forms were spun; nothing here decides. Phrases are left to the dictionary's paraphrase table:
 * weighed like words, they cost more false changes than they restored (docs/evaluation.md).
 */
public final class FormReader {
    private static final int MIN_LENGTH = 3;
    /** A form whose best candidate gains this much (log10) and is absent counts toward the document's spin. */
    private static final double SPUN_LOOKING_GAIN = 1.5;

    private final TrieLanguageModel lm;
    private final CandidateGenerator candidates;
    private final Morphology morphology;

    public FormReader(TrieLanguageModel lm, CandidateGenerator candidates, Morphology morphology) {
        this.lm = lm;
        this.candidates = candidates;
        this.morphology = morphology;
    }

    public TrieLanguageModel model() {
        return lm;
    }

    /** The candidate originals of a lower-case form, as the reader weighs them. */
    public List<String> candidates(String form) {
        return candidates.candidates(form);
    }

    /** The evidence for every form of the text that the dictionary's findings leave alone. */
    public List<SpunForm> read(ModelReading reading, List<Finding> dictionaryFindings) {
        OccupiedSpans occupied = new OccupiedSpans(dictionaryFindings);
        Map<String, Integer> counts = wordCounts(reading);
        Map<String, List<int[]>> sites = sites(reading, occupied);
        List<Scored> scored = new ArrayList<>();
        for (Map.Entry<String, List<int[]>> site : sites.entrySet()) {
            Scored s = score(reading, site.getKey(), site.getValue(), counts);
            if (s != null) {
                scored.add(s);
            }
        }
        int spunLooking = 0;
        for (Scored s : scored) {
            if (s.gain > SPUN_LOOKING_GAIN && s.absent) {
                spunLooking++;
            }
        }
        List<SpunForm> forms = new ArrayList<>(scored.size());
        for (Scored s : scored) {
            boolean self = s.gain > SPUN_LOOKING_GAIN && s.absent;
            double documentSpin = scored.size() <= 1 ? 0 : (spunLooking - (self ? 1 : 0)) / (double) (scored.size() - 1);
            FormEvidence evidence = new FormEvidence(s.gain, s.margin, s.absent, s.occurrences.size(), s.prior, s.formUnigram,
                    documentSpin);
            forms.add(new SpunForm(s.form, s.occurrences, s.best, evidence));
        }
        return forms;
    }

    private record Scored(String form, List<int[]> occurrences, String best, double gain, double margin, boolean absent,
            double prior, double formUnigram) {
    }

    /** How often each lower-case word occurs in the text. */
    static Map<String, Integer> wordCounts(ModelReading reading) {
        Map<String, Integer> counts = new HashMap<>();
        for (Token word : reading.words()) {
            counts.merge(word.text().toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        return counts;
    }

    /** The places each eligible word form occurs, by form, in text order. */
    private Map<String, List<int[]>> sites(ModelReading reading, OccupiedSpans occupied) {
        Map<String, List<int[]>> sites = new LinkedHashMap<>();
        String text = reading.text();
        for (int i = 0; i < reading.size(); i++) {
            if (!plain(reading, i, text)) {
                continue;
            }
            String form = reading.words().get(i).text().toLowerCase(Locale.ROOT);
            if (eligibleWord(form) && free(reading, occupied, i, i)) {
                sites.computeIfAbsent(form, k -> new ArrayList<>()).add(new int[] {i, i});
            }
        }
        return sites;
    }

    /** Lower-case letters, or a capitalised word that starts a sentence: names are not a thesaurus's business. */
    private static boolean plain(ModelReading reading, int index, String text) {
        Token word = reading.words().get(index);
        String form = word.text();
        for (int k = 0; k < form.length(); k++) {
            char c = form.charAt(k);
            boolean lower = c >= 'a' && c <= 'z';
            boolean initialCapital = k == 0 && c >= 'A' && c <= 'Z' && ModelReading.startsSentence(text, word.start());
            if (!lower && !initialCapital) {
                return false;
            }
        }
        return reading.id(index) >= 0;
    }

    private boolean eligibleWord(String form) {
        return form.length() >= MIN_LENGTH && morphology.classOf(form) != Morphology.WordClass.OTHER;
    }

    private static boolean free(ModelReading reading, OccupiedSpans occupied, int first, int last) {
        return !occupied.overlaps(reading.words().get(first).start(), reading.words().get(last).end());
    }

    private Scored score(ModelReading reading, String form, List<int[]> occurrences, Map<String, Integer> counts) {
        List<String> options = candidates.candidates(form);
        if (options.isEmpty()) {
            return null;
        }
        int[] optionIds = new int[options.size()];
        for (int c = 0; c < optionIds.length; c++) {
            optionIds[c] = lm.id(options.get(c));
        }
        double[] totals = new double[options.size()];
        double own = 0;
        List<int[]> used = new ArrayList<>();
        for (int[] occurrence : occurrences) {
            ModelWindow window = ModelWindow.around(reading, occurrence[0], occurrence[1]);
            if (!window.hasContext()) {
                continue;
            }
            int[] ownIds = new int[occurrence[1] - occurrence[0] + 1];
            for (int k = 0; k < ownIds.length; k++) {
                ownIds[k] = reading.id(occurrence[0] + k);
            }
            own += window.score(ownIds);
            for (int c = 0; c < optionIds.length; c++) {
                totals[c] += window.score(new int[] {optionIds[c]});
            }
            used.add(occurrence);
        }
        if (used.isEmpty()) {
            return null;
        }
        int best = 0;
        for (int c = 1; c < totals.length; c++) {
            if (totals[c] > totals[best]) {
                best = c;
            }
        }
        double second = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < totals.length; c++) {
            if (c != best && totals[c] > second) {
                second = totals[c];
            }
        }
        int n = used.size();
        String chosen = options.get(best);
        double gain = (totals[best] - own) / n;
        double margin = Double.isInfinite(second) ? gain : (totals[best] - second) / n;
        boolean absent = !counts.containsKey(chosen);
        double formUnigram = unigram(form);
        return new Scored(form, List.copyOf(used), chosen, gain, margin, absent, lm.log10Probability(optionIds[best]) - formUnigram,
                formUnigram);
    }

    /** The model's log10 unigram probability of a word (its unknown-word probability when it does not know it). */
    double unigram(String word) {
        return lm.log10Probability(lm.id(word));
    }
}
