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
import java.util.List;
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

    @Override
    public List<Finding> supplement(String text, List<Finding> found) {
        ModelReading reading = new ModelReading(reader.model(), text);
        return findings(reading, found, decisions(reading, found), 0);
    }

    /**
     * The findings with those of the decisions of at least the given probability added, surest
     * first, each occurrence that overlaps one already taken left alone; in text order.
     */
    public List<Finding> findings(ModelReading reading, List<Finding> found, List<Decision> decisions, double minimum) {
        String text = reading.text();
        List<Finding> all = new ArrayList<>(found);
        OccupiedSpans taken = new OccupiedSpans(found);
        for (Decision decision : decisions) {
            if (decision.probability() < minimum) {
                continue;
            }
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
        List<SpunForm> forms = reader.read(reading, found);
        List<Decision> decisions = new ArrayList<>();
        if (masked == null) {
            for (SpunForm form : forms) {
                decide(form, trigram, trigram.probability(form.evidence().features()), null).ifPresent(decisions::add);
            }
        } else {
            MaskedChoice choice = masked.remembering();
            List<SpunForm> suspects = screened(choice, reading, suspects(forms));
            List<MaskedEvidence> evidence = choice.weigh(reading, suspects);
            for (int i = 0; i < suspects.size(); i++) {
                MaskedEvidence e = evidence.get(i);
                if (e != null) {
                    SpunForm form = suspects.get(i);
                    SpunForm chosen = new SpunForm(form.form(), form.occurrences(), e.best(), form.evidence());
                    decide(chosen, maskedDetector, maskedDetector.probability(features(form.evidence(), e)), e).ifPresent(decisions::add);
                }
            }
        }
        decisions.sort(Comparator.comparingDouble(Decision::probability).reversed());
        return decisions;
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

    /** The suspects the screen keeps, weighed together with their sentences' other suspects. */
    public List<SpunForm> screened(ModelReading reading, List<SpunForm> suspects) {
        return screened(masked, reading, suspects);
    }

    private List<SpunForm> screened(MaskedChoice choice, ModelReading reading, List<SpunForm> suspects) {
        List<MaskedEvidence> rough = choice.screen(reading, suspects);
        List<SpunForm> kept = new ArrayList<>();
        for (int i = 0; i < suspects.size(); i++) {
            MaskedEvidence e = rough.get(i);
            if (e != null && screen.probability(features(suspects.get(i).evidence(), e)) >= screen.possible()) {
                kept.add(suspects.get(i));
            }
        }
        return kept;
    }

    /** The trigram features followed by the masked model's, as the masked detector reads them. */
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
