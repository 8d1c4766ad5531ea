package dev.unspin.context;

import dev.unspin.dictionary.Confidence;
import dev.unspin.dictionary.Entry;
import dev.unspin.dictionary.Evidence;
import dev.unspin.dictionary.SourceLocation;
import dev.unspin.engine.CaseTransfer;
import dev.unspin.engine.Finding;
import dev.unspin.engine.FindingSupplement;
import dev.unspin.text.Token;
import dev.unspin.thesaurus.LanguageModelFitFinder;
import dev.unspin.thesaurus.ModelReading;
import dev.unspin.thesaurus.OccupiedSpans;
import dev.unspin.thesaurus.Thesaurus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The contextual stage: swaps no dictionary has seen, found by the detector among the forms the
 * dictionary's findings leave alone, each restored to the candidate the language model prefers
 * over all of the form's occurrences. Forms are taken surest first; an occurrence that overlaps one
 * already taken is left alone.
 */
public final class ContextualFinder implements FindingSupplement {
    private static final SourceLocation SOURCE = new SourceLocation("contextual restorer", 0, 0);

    private final FormReader reader;
    private final Detector detector;

    public ContextualFinder(FormReader reader, Detector detector) {
        this.reader = reader;
        this.detector = detector;
    }

    /** A form the detector judged spun, with its probability. */
    public record Decision(SpunForm form, double probability) {
    }

    @Override
    public List<Finding> supplement(String text, List<Finding> found) {
        ModelReading reading = new ModelReading(reader.model(), text);
        List<Finding> all = new ArrayList<>(found);
        OccupiedSpans taken = new OccupiedSpans(found);
        for (Decision decision : decisions(reading, found)) {
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
        List<Decision> decisions = new ArrayList<>();
        for (SpunForm form : reader.read(reading, found)) {
            double p = detector.probability(form.evidence());
            if (p >= detector.possible()) {
                decisions.add(new Decision(form, p));
            }
        }
        decisions.sort(Comparator.comparingDouble(Decision::probability).reversed());
        return decisions;
    }

    private Finding finding(String text, int start, int end, Decision decision) {
        String surface = text.substring(start, end);
        SpunForm form = decision.form();
        String replacement = CaseTransfer.likeWord(surface, form.best());
        Confidence confidence = decision.probability() >= detector.likely() ? Confidence.LIKELY : Confidence.POSSIBLE;
        Entry entry = new Entry(Thesaurus.ID_PREFIX + "context-" + form.best().replace(' ', '-'), form.form(), List.of(replacement),
                confidence, List.of(), java.util.Optional.empty(), List.of(new Evidence(reason(form, decision.probability()), 0)), SOURCE);
        return new Finding(start, end, surface, List.of(replacement), entry);
    }

    /** Why the form was judged spun, in words a reader can check. */
    static String reason(SpunForm form, double probability) {
        FormEvidence e = form.evidence();
        StringBuilder why = new StringBuilder();
        why.append(String.format(Locale.ROOT, "'%s' → '%s' (%.0f%% sure): a news language model finds '%s' about %s times likelier here",
                form.form(), form.best(), probability * 100, form.best(), LanguageModelFitFinder.roughly(Math.pow(10, Math.max(0, e.gain())))));
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
