package dev.unspin.context;

import dev.unspin.text.Token;
import dev.unspin.thesaurus.ModelReading;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Asks a masked language model about forms the trigram evidence makes suspect: occurrences become
 * gaps in their paragraphs, the form and its candidates are weighed in each, and the scores are
 * averaged over them, since the spinner put the same word in each. A form that recurs is asked
 * about in a few occurrences spread over the text, since each gap is a share of a forward pass.
 */
public final class MaskedChoice {
    /** How much of the paragraph on either side the model is given, in characters (it keeps fewer pieces). */
    private static final int CONTEXT_CHARS = 300;
    /** The most occurrences of one form asked about. */
    static final int MAX_GAPS_PER_FORM = 4;

    private final MaskedLanguageModel model;
    private final FormReader reader;

    public MaskedChoice(MaskedLanguageModel model, FormReader reader) {
        this.model = model;
        this.reader = reader;
    }

    public MaskedLanguageModel model() {
        return model;
    }

    /**
     * The same choice asking its model through a memory of what it has weighed, for the screen and
     * the fine look of one check: a gap alone in its sentence is then weighed once.
     */
    public MaskedChoice remembering() {
        return new MaskedChoice(new RememberedScores(model), reader);
    }

    /**
     * The model's evidence for each form, in the forms' order, each gap masked alone; null for a form
     * none of whose candidates it can weigh.
     */
    public List<MaskedEvidence> weigh(ModelReading reading, List<SpunForm> forms) {
        return weigh(reading, forms, false, Map.of());
    }

    /**
     * The evidence for each form as {@link #weigh} gives it, but with the words in {@code placed}
     * (by word index) put in place wherever they stand right next to an occurrence: the joint choice
     * of neighbouring spans, since a spinner that swapped both words of "news conference" left each
     * beside the other's replacement ("information convention"). Gaps with no such neighbour are
     * {@link #weigh}'s own, so a remembering choice does not weigh them again.
     */
    public List<MaskedEvidence> weighBeside(ModelReading reading, List<SpunForm> forms, Map<Integer, String> placed) {
        return weigh(reading, forms, false, placed);
    }

    /**
     * Rougher evidence at a fraction of the passes, to screen forms with: a sentence's gaps are
     * masked together, so each gap is weighed with its neighbours' words hidden.
     */
    public List<MaskedEvidence> screen(ModelReading reading, List<SpunForm> forms) {
        return weigh(reading, forms, true, Map.of());
    }

    private List<MaskedEvidence> weigh(ModelReading reading, List<SpunForm> forms, boolean together, Map<Integer, String> placed) {
        List<int[]> occurrences = new ArrayList<>();
        List<List<String>> gapWords = new ArrayList<>();
        List<List<String>> words = new ArrayList<>();
        int[] gapsPerForm = new int[forms.size()];
        for (int f = 0; f < forms.size(); f++) {
            SpunForm form = forms.get(f);
            List<String> weighed = new ArrayList<>();
            weighed.add(form.form());
            weighed.addAll(reader.candidates(form.form()));
            words.add(weighed);
            List<int[]> askedAbout = asked(form.occurrences());
            gapsPerForm[f] = askedAbout.size();
            for (int[] occurrence : askedAbout) {
                occurrences.add(occurrence);
                gapWords.add(weighed);
            }
        }
        List<double[]> scores = occurrences.isEmpty() ? List.of()
                : together ? scoreTogether(reading, occurrences, gapWords) : scoreAlone(reading, occurrences, gapWords, placed);
        Map<String, Integer> counts = FormReader.wordCounts(reading);
        List<MaskedEvidence> evidence = new ArrayList<>(forms.size());
        int at = 0;
        for (int f = 0; f < forms.size(); f++) {
            int n = gapsPerForm[f];
            evidence.add(summarise(forms.get(f), words.get(f), scores.subList(at, at + n), counts, reading.size()));
            at += n;
        }
        return evidence;
    }

    /** The occurrences asked about: all of them, or {@link #MAX_GAPS_PER_FORM} spread evenly from the first to the last. */
    static <T> List<T> asked(List<T> occurrences) {
        int n = occurrences.size();
        if (n <= MAX_GAPS_PER_FORM) {
            return occurrences;
        }
        List<T> spread = new ArrayList<>(MAX_GAPS_PER_FORM);
        for (int k = 0; k < MAX_GAPS_PER_FORM; k++) {
            spread.add(occurrences.get(k * (n - 1) / (MAX_GAPS_PER_FORM - 1)));
        }
        return spread;
    }

    private List<double[]> scoreAlone(ModelReading reading, List<int[]> occurrences, List<List<String>> words, Map<Integer, String> placed) {
        List<MaskedLanguageModel.Gap> gaps = new ArrayList<>(occurrences.size());
        for (int i = 0; i < occurrences.size(); i++) {
            gaps.add(gap(reading, occurrences.get(i), words.get(i), placed));
        }
        return model.score(gaps);
    }

    /** The gap of an occurrence in its paragraph, with the word right before or after it replaced where {@code placed} says. */
    private static MaskedLanguageModel.Gap gap(ModelReading reading, int[] occurrence, List<String> words, Map<Integer, String> placed) {
        String text = reading.text();
        Token first = reading.words().get(occurrence[0]);
        Token last = reading.words().get(occurrence[1]);
        int from = ParagraphWindow.from(text, first.start(), CONTEXT_CHARS);
        int to = ParagraphWindow.to(text, last.end(), CONTEXT_CHARS);
        String before = text.substring(from, first.start());
        String after = text.substring(last.end(), to);
        String left = placed.get(occurrence[0] - 1);
        Token previous = left == null ? null : reading.words().get(occurrence[0] - 1);
        if (previous != null && previous.start() >= from) {
            before = text.substring(from, previous.start()) + left + text.substring(previous.end(), first.start());
        }
        String right = placed.get(occurrence[1] + 1);
        Token next = right == null ? null : reading.words().get(occurrence[1] + 1);
        if (next != null && next.end() <= to) {
            after = text.substring(last.end(), next.start()) + right + text.substring(next.end(), to);
        }
        return new MaskedLanguageModel.Gap(before, after, words);
    }

    /** Each gap's scores, in the gaps' order, from passages of a sentence's gaps masked together. */
    private List<double[]> scoreTogether(ModelReading reading, List<int[]> occurrences, List<List<String>> words) {
        PassageGrouping grouping = new PassageGrouping(reading, occurrences, words, CONTEXT_CHARS);
        List<List<double[]>> scored = model.scoreTogether(grouping.passages());
        List<double[]> scores = new ArrayList<>(occurrences.size());
        for (int i = 0; i < occurrences.size(); i++) {
            PassageGrouping.Placement at = grouping.placement(i);
            scores.add(scored.get(at.passage()).get(at.gap()));
        }
        return scores;
    }

    private MaskedEvidence summarise(SpunForm form, List<String> asked, List<double[]> scores, Map<String, Integer> counts,
            int documentWords) {
        int size = asked.size();
        double[] sums = new double[size];
        for (double[] row : scores) {
            for (int w = 0; w < size; w++) {
                sums[w] += row[w];
            }
        }
        int best = -1;
        int second = -1;
        for (int w = 1; w < size; w++) {
            if (Double.isNaN(sums[w])) {
                continue;
            }
            if (best < 0 || sums[w] > sums[best]) {
                second = best;
                best = w;
            } else if (second < 0 || sums[w] > sums[second]) {
                second = w;
            }
        }
        if (best < 0) {
            return null;
        }
        int n = scores.size();
        boolean formScored = !Double.isNaN(sums[0]);
        double total = 0;
        for (int w = 0; w < size; w++) {
            if (!Double.isNaN(sums[w])) {
                total += Math.exp((sums[w] - sums[best]) / n);
            }
        }
        double share = 1 / total;
        double margin = second < 0 ? 15 : (sums[best] - sums[second]) / n;
        double formGap = formScored ? (sums[best] - sums[0]) / n : 0;
        String chosen = asked.get(best);
        boolean absent = !counts.containsKey(chosen);
        double chosenUnigram = reader.unigram(chosen);
        double expected = absent ? Math.pow(10, chosenUnigram) * documentWords : 0;
        return new MaskedEvidence(chosen, share, margin, formGap, formScored, chosen.equals(form.best()), absent,
                chosenUnigram - reader.unigram(form.form()), expected);
    }
}
