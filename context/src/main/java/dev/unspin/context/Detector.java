package dev.unspin.context;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decides from a form's evidence how likely it is that the form was spun and that the chosen
 * candidate is the original: a logistic model whose weights are learned on simulated spins
 * ({@code scripts/train-detector}) and whose thresholds are chosen on a real spun seed, kept as
 * data beside this class: {@code detector.tsv} over the trigram evidence, {@code detector-masked.tsv}
 * over the trigram and the masked model's evidence together, {@code detector-screen.tsv} over the
 * same with the masked model's rougher evidence.
 *
 * @param names     the features' names, in order
 * @param weights   one per feature
 * @param possible  the probability from which a form is proposed with confidence {@code possible}
 * @param likely    the probability from which it is proposed with confidence {@code likely}
 */
public record Detector(List<String> names, double[] weights, double possible, double likely) {
    static final String TRIGRAM = "detector.tsv";
    static final String MASKED = "detector-masked.tsv";
    static final String SCREEN = "detector-screen.tsv";

    public Detector {
        names = List.copyOf(names);
        if (weights.length != names.size()) {
            throw new IllegalArgumentException("the detector needs " + names.size() + " weights, not " + weights.length);
        }
        weights = weights.clone();
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    /** The features of the detector over the trigram evidence. */
    public static List<String> trigramFeatures() {
        return FormEvidence.NAMES;
    }

    /** The features of the detector over the trigram and the masked model's evidence. */
    public static List<String> maskedFeatures() {
        List<String> names = new ArrayList<>(FormEvidence.NAMES);
        names.addAll(MaskedEvidence.NAMES);
        return names;
    }

    /** The shipped detector over the trigram evidence. */
    public static Detector trigram() {
        return shipped(TRIGRAM, trigramFeatures());
    }

    /** The shipped detector over the trigram and the masked model's evidence. */
    public static Detector masked() {
        return shipped(MASKED, maskedFeatures());
    }

    /**
     * The shipped screen over the trigram and the masked model's rough evidence (a sentence's
     * suspects masked together); its {@code possible} threshold keeps a form for the finer look.
     */
    public static Detector screen() {
        return shipped(SCREEN, maskedFeatures());
    }

    private static Detector shipped(String resource, List<String> names) {
        try (InputStream in = Detector.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            return parse(in, resource, names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads "name TAB value" lines: every feature's weight, and the two thresholds; '#' starts a comment. */
    static Detector parse(InputStream in, String name, List<String> features) throws IOException {
        Map<String, Double> values = new HashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IOException(name + ":" + number + ":1: expected a name, a tab and a number");
            }
            try {
                values.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1).strip()));
            } catch (NumberFormatException e) {
                throw new IOException(name + ":" + number + ":" + (tab + 2) + ": not a number: " + line.substring(tab + 1), e);
            }
        }
        double[] weights = new double[features.size()];
        for (int k = 0; k < weights.length; k++) {
            weights[k] = require(values, features.get(k), name);
        }
        return new Detector(features, weights, require(values, "threshold possible", name), require(values, "threshold likely", name));
    }

    private static double require(Map<String, Double> values, String key, String name) throws IOException {
        Double value = values.get(key);
        if (value == null) {
            throw new IOException(name + ": no value for '" + key + "'");
        }
        return value;
    }

    /** The probability that the form was spun from the chosen candidate, given its features in {@link #names()}' order. */
    public double probability(double[] x) {
        double z = 0;
        for (int k = 0; k < x.length; k++) {
            z += weights[k] * x[k];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** The file's text for these weights and thresholds, as {@link #parse} reads it. */
    public String format(String header) {
        StringBuilder out = new StringBuilder();
        header.lines().forEach(l -> out.append("# ").append(l).append('\n'));
        for (int k = 0; k < weights.length; k++) {
            out.append(names.get(k)).append('\t').append(String.format(Locale.ROOT, "%.6f", weights[k])).append('\n');
        }
        out.append("threshold possible\t").append(String.format(Locale.ROOT, "%.3f", possible)).append('\n');
        out.append("threshold likely\t").append(String.format(Locale.ROOT, "%.3f", likely)).append('\n');
        return out.toString();
    }
}
