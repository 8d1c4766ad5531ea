package dev.unspin.context;

import dev.unspin.dictionary.Confidence;
import dev.unspin.dictionary.Entry;
import dev.unspin.dictionary.Evidence;
import dev.unspin.dictionary.SourceLocation;
import dev.unspin.engine.CaseTransfer;
import dev.unspin.engine.Finding;
import dev.unspin.engine.FindingOrigin;
import dev.unspin.engine.FindingSupplement;
import dev.unspin.text.Token;
import dev.unspin.thesaurus.LanguageModelFitFinder;
import dev.unspin.thesaurus.ModelReading;
import dev.unspin.thesaurus.OccupiedSpans;
import dev.unspin.thesaurus.Thesaurus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/**
 * The contextual stage: swaps no dictionary has seen, found by the detector among the forms the
 * dictionary's findings leave alone, each restored to the candidate the language model prefers
 * over all of the form's occurrences. Forms are taken surest first; an occurrence that overlaps one
 * already taken is left alone.
 */
public final class ContextualFinder implements FindingSupplement {
    private static final SourceLocation SOURCE = new SourceLocation("contextual restorer", 0, 0);

    /**
     * The trigram detector's probability from which a form is asked of the masked model: lower, and
     * the model's passes grow with little to show (docs/evaluation.md).
     */
    public static final double SUSPECT = 0.02;

    private final FormReader reader;
    private final Detector trigram;
    private final MaskedChoice masked;
    private final Detector screen;
    private final Detector maskedDetector;

    /** A finder that decides on the trigram evidence alone. */
    public ContextualFinder(FormReader reader, Detector trigram) {
        this(reader, trigram, null, null, null);
    }

    /**
     * A finder that asks the masked model about forms the trigram evidence makes suspect: first
     * roughly, a sentence's suspects masked together, keeping the forms {@code screen} gives at
     * least its {@code possible} threshold; then each kept form's gaps alone, deciding on both
     * models' evidence with {@code maskedDetector} and restoring the masked model's choice.
     */
    public ContextualFinder(FormReader reader, Detector trigram, MaskedChoice masked, Detector screen, Detector maskedDetector) {
        this.reader = reader;
        this.trigram = trigram;
        this.masked = masked;
        this.screen = screen;
        this.maskedDetector = maskedDetector;
    }

    /**
     * A form judged spun: the form with the candidate to restore, how sure the detector is, the
     * confidence that makes, and the masked model's evidence (null without one).
     */
    public record Decision(SpunForm form, double probability, Confidence confidence, MaskedEvidence masked) {
    }

    /** The reader of the forms and their candidates. */
    public FormReader reader() {
        return reader;
    }

    @Override
    public List<Finding> supplement(String text, List<Finding> found) {
        ModelReading reading = new ModelReading(reader.model(), text);
        MaskedChoice oneCheck = masked == null ? null : masked.remembering();
        return findings(oneCheck, reading, found, decisions(oneCheck, reading, found), 0);
    }

    /**
     * The findings with those of the decisions of at least the given probability added, surest
     * first, each occurrence that overlaps one already taken left alone; in text order. With the
     * masked model, the candidates of decided forms side by side are chosen jointly first.
     */
    public List<Finding> findings(ModelReading reading, List<Finding> found, List<Decision> decisions, double minimum) {
        return findings(masked, reading, found, decisions, minimum);
    }

    private List<Finding> findings(MaskedChoice choice, ModelReading reading, List<Finding> found, List<Decision> decisions,
            double minimum) {
        List<Decision> applied = decisions.stream().filter(decision -> decision.probability() >= minimum).toList();
        if (choice != null) {
            applied = chosenBesideEachOther(choice, reading, applied);
        }
        String text = reading.text();
        List<Finding> all = new ArrayList<>(found);
        OccupiedSpans taken = new OccupiedSpans(found);
        for (Decision decision : applied) {
            for (int[] occurrence : decision.form().occurrences()) {
                Token first = reading.words().get(occurrence[0]);
                Token last = reading.words().get(occurrence[1]);
                if (taken.overlaps(first.start(), last.end())) {
                    continue;
                }
                Finding finding = finding(text, first.start(), last.end(), decision);
                taken.add(finding);
                all.add(finding);
            }
        }
        all.sort(Comparator.comparingInt(Finding::start));
        return all;
    }

    /** The forms judged spun, surest first. */
    public List<Decision> decisions(ModelReading reading, List<Finding> found) {
        return decisions(masked == null ? null : masked.remembering(), reading, found);
    }

    private List<Decision> decisions(MaskedChoice choice, ModelReading reading, List<Finding> found) {
        List<SpunForm> forms = reader.read(reading, found);
        List<Decision> decisions = new ArrayList<>();
        if (choice == null) {
            for (SpunForm form : forms) {
                decide(form, trigram, trigram.probability(form.evidence().features()), null).ifPresent(decisions::add);
            }
        } else {
            List<SpunForm> suspects = suspects(forms);
            List<SpunForm> kept = kept(suspects, choice.screen(reading, suspects));
            List<MaskedEvidence> evidence = choice.weigh(reading, kept);
            for (int i = 0; i < kept.size(); i++) {
                MaskedEvidence e = evidence.get(i);
                if (e != null) {
                    SpunForm form = kept.get(i);
                    SpunForm chosen = new SpunForm(form.form(), form.occurrences(), e.best(), form.evidence());
                    decide(chosen, maskedDetector, maskedDetector.probability(features(form.evidence(), e)), e).ifPresent(decisions::add);
                }
            }
        }
        decisions.sort(Comparator.comparingDouble(Decision::probability).reversed());
        return decisions;
    }

    /**
     * The decisions with the candidate of each form that stands next to another decided form chosen
     * again, with that neighbour's candidate in place (the joint choice of neighbouring spans). The
     * probabilities stay: whether a form was spun is judged on the text as it stands, since a
     * neighbour put in place on a mistaken decision would make its neighbours look spun as well.
     */
    private static List<Decision> chosenBesideEachOther(MaskedChoice choice, ModelReading reading, List<Decision> decisions) {
        Map<Integer, String> placed = new HashMap<>();
        for (Decision decision : decisions) {
            for (int[] occurrence : decision.form().occurrences()) {
                if (occurrence[0] == occurrence[1]) { // a neighbour of one word is put back whole
                    placed.put(occurrence[0], CaseTransfer.likeWord(reading.words().get(occurrence[0]).text(), decision.form().best()));
                }
            }
        }
        List<Integer> beside = new ArrayList<>();
        for (int d = 0; d < decisions.size(); d++) {
            for (int[] occurrence : decisions.get(d).form().occurrences()) {
                if (placed.containsKey(occurrence[0] - 1) || placed.containsKey(occurrence[1] + 1)) {
                    beside.add(d);
                    break;
                }
            }
        }
        if (beside.isEmpty()) {
            return decisions;
        }
        List<MaskedEvidence> again = choice.weighBeside(reading, beside.stream().map(d -> decisions.get(d).form()).toList(), placed);
        List<Decision> chosen = new ArrayList<>(decisions);
        for (int k = 0; k < beside.size(); k++) {
            MaskedEvidence e = again.get(k);
            Decision decision = decisions.get(beside.get(k));
            if (e != null && !e.best().equals(decision.form().best())) {
                SpunForm form = decision.form();
                chosen.set(beside.get(k), new Decision(new SpunForm(form.form(), form.occurrences(), e.best(), form.evidence()),
                        decision.probability(), decision.confidence(), e));
            }
        }
        return chosen;
    }

    /** The forms the trigram detector gives at least {@link #SUSPECT}. */
    public List<SpunForm> suspects(List<SpunForm> forms) {
        List<SpunForm> suspects = new ArrayList<>();
        for (SpunForm form : forms) {
            if (trigram.probability(form.evidence().features()) >= SUSPECT) {
                suspects.add(form);
            }
        }
        return suspects;
    }

    /** The suspects the screen keeps, given the masked model's rough evidence for each (in the suspects' order). */
    public List<SpunForm> kept(List<SpunForm> suspects, List<MaskedEvidence> rough) {
        List<SpunForm> kept = new ArrayList<>();
        for (int i = 0; i < suspects.size(); i++) {
            MaskedEvidence e = rough.get(i);
            if (e != null && screen.probability(features(suspects.get(i).evidence(), e)) >= screen.possible()) {
                kept.add(suspects.get(i));
            }
        }
        return kept;
    }

    /** The trigram features followed by the masked model's, as the screen and the masked detector read them. */
    public static double[] features(FormEvidence trigramEvidence, MaskedEvidence maskedEvidence) {
        double[] a = trigramEvidence.features();
        double[] b = maskedEvidence.features();
        double[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static Optional<Decision> decide(SpunForm form, Detector detector, double p, MaskedEvidence masked) {
        if (p < detector.possible()) {
            return Optional.empty();
        }
        return Optional.of(new Decision(form, p, p >= detector.likely() ? Confidence.LIKELY : Confidence.POSSIBLE, masked));
    }

    private Finding finding(String text, int start, int end, Decision decision) {
        String surface = text.substring(start, end);
        SpunForm form = decision.form();
        String replacement = CaseTransfer.likeWord(surface, form.best());
        Confidence confidence = decision.confidence();
        String why = reason(decision);
        Entry entry = new Entry(Thesaurus.ID_PREFIX + "context-" + form.best().replace(' ', '-'), form.form(), List.of(replacement),
                confidence, List.of(), Optional.empty(), List.of(new Evidence(why, 0)), SOURCE);
        return new Finding(start, end, surface, List.of(replacement), entry, new FindingOrigin.Proposal(FindingOrigin.Stage.CONTEXTUAL, why));
    }

    /** Why the form was judged spun, in words a reader can check. */
    static String reason(Decision decision) {
        SpunForm form = decision.form();
        FormEvidence e = form.evidence();
        StringBuilder why = new StringBuilder();
        why.append(String.format(Locale.ROOT, "'%s' → '%s' (%.0f%% sure): ", form.form(), form.best(), decision.probability() * 100));
        if (decision.masked() != null) {
            why.append(String.format(Locale.ROOT, "BERT gives '%s' %.0f%% of the probability among the candidates here; ", form.best(),
                    100 * decision.masked().share()));
        }
        why.append(String.format(Locale.ROOT, "a news trigram model finds %s about %s times likelier than '%s'",
                decision.masked() == null || decision.masked().agrees() ? "it" : "its own best candidate",
                LanguageModelFitFinder.roughly(Math.pow(10, Math.max(0, e.gain()))), form.form()));
        if (e.absent()) {
            why.append(String.format(Locale.ROOT, "; '%s' occurs nowhere else in the text", form.best()));
        }
        if (e.occurrences() > 1) {
            why.append(String.format(Locale.ROOT, ", while '%s' occurs %d times (a spinner replaces every occurrence alike)",
                    form.form(), e.occurrences()));
        }
        if (e.prior() > 1) {
            why.append(String.format(Locale.ROOT, "; '%s' is the commoner word, as a spinner's originals are", form.best()));
        }
        return why.toString();
    }
}
