package dev.unspin.context.evaluation;

import dev.unspin.context.ContextualStage;
import dev.unspin.corpus.CleanText;
import dev.unspin.dictionary.Confidence;
import dev.unspin.dictionary.Dictionary;
import dev.unspin.engine.Engine;
import dev.unspin.learn.PairLearning;
import dev.unspin.learn.TextPair;
import dev.unspin.thesaurus.WordNetThesaurus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The contextual restorer's figures, as {@code unspin eval} prints them: on the real spun seeds with
 * the dictionary off (the stage alone) and on (the default against the fast mode); on simulated
 * spins of the family real spinners belong to, over WordNet, a table the restorer's candidates do
 * not come from in that run (Moby only), so that the figure is not circular; and on clean texts.
 */
public final class ContextualEvaluation {
    /** One configuration's score on one set of texts. */
    public record Row(String texts, String configuration, ReferenceScore score, int words) {
    }

    private ContextualEvaluation() {
    }

    /**
     * Every figure: {@code seeds} are the real spun seeds with their references (the first tuned
     * the detectors' thresholds), {@code clean} the clean texts, simulated once per seed in
     * {@code simulationSeeds}.
     */
    public static List<Row> run(ContextualStage stage, Dictionary dictionary, List<DetectorTraining.Seed> seeds, List<CleanText> clean,
            List<Long> simulationSeeds) {
        Engine fast = new Engine(dictionary);
        Engine deep = fast.withSupplement(stage.supplement());
        Engine alone = new Engine(Dictionary.of(List.of())).withSupplement(stage.supplement());
        List<Row> rows = new ArrayList<>();
        List<String> cleanTexts = clean.stream().map(CleanText::text).toList();
        for (DetectorTraining.Seed seed : seeds) {
            String name = "seed " + seed.name() + (seed == seeds.get(0) ? " (tuned the thresholds)" : " (held out)");
            rows.add(row(name, "contextual stage alone, dictionary off, every finding applied", seed.spun(), seed.reference(),
                    t -> alone.restore(t, Confidence.POSSIBLE).text()));
            rows.add(row(name, "contextual stage alone, dictionary off, by the document's evidence", seed.spun(), seed.reference(),
                    t -> alone.restore(t).text()));
            rows.add(row(name, "fast mode (dictionary only)", seed.spun(), seed.reference(), t -> fast.restore(t).text()));
            rows.add(row(name, "default (dictionary and contextual stage)", seed.spun(), seed.reference(), t -> deep.restore(t).text()));
            // An unseen article of the same spinner: the dictionary learned from the other seed alone.
            List<TextPair> others = seeds.stream().filter(other -> other != seed)
                    .map(other -> new TextPair(other.name(), other.reference(), other.spun())).toList();
            Engine learned = new Engine(Dictionary.of(PairLearning.learn(others, cleanTexts).entries()));
            Engine learnedDeep = learned.withSupplement(stage.supplement());
            rows.add(row(name, "fast mode, dictionary learned from the other seed only", seed.spun(), seed.reference(),
                    t -> learned.restore(t).text()));
            rows.add(row(name, "default, dictionary learned from the other seed only", seed.spun(), seed.reference(),
                    t -> learnedDeep.restore(t).text()));
        }
        FamilySpinner spinner = FamilySpinner.over(lemma -> WordNetThesaurus.shared().synonyms(lemma), stage);
        Engine mobyOnly = fast.withSupplement(stage.supplement(stage.reader(false)));
        ReferenceScore simulatedFast = ReferenceScore.zero();
        ReferenceScore simulatedDeep = ReferenceScore.zero();
        int simulatedWords = 0;
        for (CleanText text : clean) {
            for (long seed : simulationSeeds) {
                String spun = spinner.spin(text.text(), seed);
                simulatedFast = simulatedFast.plus(ReferenceScore.of(spun, text.text(), fast.restore(spun).text()));
                simulatedDeep = simulatedDeep.plus(ReferenceScore.of(spun, text.text(), mobyOnly.restore(spun).text()));
                simulatedWords += words(text.text());
            }
        }
        String simulated = String.format(Locale.ROOT, "%d clean texts spun over WordNet, seeds %s", clean.size(), simulationSeeds);
        rows.add(new Row(simulated, "fast mode (dictionary only)", simulatedFast, simulatedWords));
        rows.add(new Row(simulated, "default, candidates from Moby only", simulatedDeep, simulatedWords));
        ReferenceScore cleanFast = ReferenceScore.zero();
        ReferenceScore cleanDeep = ReferenceScore.zero();
        int cleanWords = 0;
        for (CleanText text : clean) {
            cleanFast = cleanFast.plus(ReferenceScore.of(text.text(), text.text(), fast.restore(text.text()).text()));
            cleanDeep = cleanDeep.plus(ReferenceScore.of(text.text(), text.text(), deep.restore(text.text()).text()));
            cleanWords += words(text.text());
        }
        String cleanName = clean.size() + " clean texts";
        rows.add(new Row(cleanName, "fast mode (dictionary only)", cleanFast, cleanWords));
        rows.add(new Row(cleanName, "default (dictionary and contextual stage)", cleanDeep, cleanWords));
        return rows;
    }

    private static Row row(String texts, String configuration, String spun, String reference, UnaryOperator<String> restore) {
        return new Row(texts, configuration, ReferenceScore.of(spun, reference, restore.apply(spun)), words(spun));
    }

    private static int words(String text) {
        return dev.unspin.evaluation.SpinnerSimulation.words(text).size();
    }

    /** The rows as a Markdown table. */
    public static String markdown(List<Row> rows, boolean masked) {
        StringBuilder out = new StringBuilder();
        out.append(masked ? "Contextual stage with BERT (the unspin-bert module on the class path).\n\n"
                : "Contextual stage with the trigram model only (no BERT on the class path).\n\n");
        out.append("| texts | configuration | damage undone | changes where nothing was spun | per 1,000 unspun words |\n");
        out.append("|---|---|---:|---:|---:|\n");
        for (Row row : rows) {
            ReferenceScore s = row.score();
            String undone = s.before() == 0 ? "–" : String.format(Locale.ROOT, "%.1f%%", 100 * s.undone());
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %d | %.2f |%n", row.texts(), row.configuration(), undone,
                    s.falseEdits(), s.falseEditsPerThousand()));
        }
        return out.toString();
    }
}
