package dev.unspin.evaluation;

import dev.unspin.corpus.CleanText;
import dev.unspin.dictionary.Confidence;
import dev.unspin.engine.DocumentReport;
import dev.unspin.engine.Engine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The evaluation: clean texts spun by the simulated spinner with fixed seeds, restored by each
 * configuration, and scored against the originals; and the same configurations' findings on the
 * clean texts themselves.
 */
public final class Evaluation {
    /** A way of restoring text, named as the report shows it. */
    public record Configuration(String name, Function<String, String> restore, Function<String, Integer> findings) {
    }

    /** The scores of every configuration on one set of spins, in configuration order. */
    public record SpinSet(String name, int spins, Map<String, RestorationScore> scores) {
    }

    /** Findings per configuration on the clean texts, as {@code check} reports and as {@code restore} applies them. */
    public record CleanRow(String name, int words, int reported, int applied) {
    }

    public record Result(int texts, int words, double rate, List<Long> seeds, List<SpinSet> spinSets, List<CleanRow> clean) {
    }

    /** The configurations compared: the dictionary alone, and with the thesaurus. */
    public static List<Configuration> configurations(Engine dictionary, Engine thesaurus) {
        return List.of(
                new Configuration("dictionary, certain entries only", t -> dictionary.restore(t, Confidence.CERTAIN).text(),
                        t -> dictionary.find(t, Confidence.CERTAIN).size()),
                new Configuration("dictionary with context and document evidence (parts 1–2, the default)",
                        t -> dictionary.restore(t).text(), t -> dictionary.report(t).findings().size()),
                new Configuration("dictionary and thesaurus (parts 1–3, `--thesaurus`)",
                        t -> thesaurus.restore(t).text(), t -> thesaurus.report(t).findings().size()),
                new Configuration("dictionary and thesaurus, every finding applied (`--thesaurus --min-confidence possible`)",
                        t -> thesaurus.restore(t, Confidence.POSSIBLE).text(), t -> thesaurus.find(t).size()));
    }

    public static Result run(List<CleanText> texts, SpinnerSimulation spinner, List<Long> seeds, Engine dictionary,
            Engine thesaurus) {
        List<Configuration> configurations = configurations(dictionary, thesaurus);
        Map<String, RestorationScore> unseen = zeros(configurations);
        Map<String, RestorationScore> all = zeros(configurations);
        int spins = 0;
        int words = 0;
        for (CleanText text : texts) {
            words += DocumentReport.wordCount(text.text());
            for (long seed : seeds) {
                SimulatedSpin spin = spinner.spin(text.text(), seed);
                SimulatedSpin unseenOnly = spinner.withoutKnownSwaps(spin, t -> dictionary.find(t, Confidence.POSSIBLE));
                spins++;
                for (Configuration configuration : configurations) {
                    all.merge(configuration.name(), RestorationScore.of(spin, configuration.restore().apply(spin.spun())), RestorationScore::plus);
                    unseen.merge(configuration.name(), RestorationScore.of(unseenOnly, configuration.restore().apply(unseenOnly.spun())),
                            RestorationScore::plus);
                }
            }
        }
        List<CleanRow> clean = new ArrayList<>();
        for (Configuration configuration : configurations) {
            int reported = 0;
            int applied = 0;
            for (CleanText text : texts) {
                reported += configuration.findings().apply(text.text());
                applied += RestorationScore.of(new SimulatedSpin(text.text(), text.text(), List.of()),
                        configuration.restore().apply(text.text())).falseEdits();
            }
            clean.add(new CleanRow(configuration.name(), words, reported, applied));
        }
        return new Result(texts.size(), words, spinner.rate(), seeds,
                List.of(new SpinSet("unseen swaps only (swaps the dictionary recognises taken back)", spins, unseen),
                        new SpinSet("all swaps", spins, all)),
                clean);
    }

    private static Map<String, RestorationScore> zeros(List<Configuration> configurations) {
        Map<String, RestorationScore> scores = new LinkedHashMap<>();
        configurations.forEach(c -> scores.put(c.name(), RestorationScore.zero()));
        return scores;
    }
}
