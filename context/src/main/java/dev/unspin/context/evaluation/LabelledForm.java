package dev.unspin.context.evaluation;

import dev.unspin.context.FormReader;
import dev.unspin.context.SpunForm;
import dev.unspin.engine.CaseTransfer;
import dev.unspin.engine.Finding;
import dev.unspin.text.Token;
import dev.unspin.thesaurus.ModelReading;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A form of a spun text with what restoring it to its best candidate does, measured against the
 * reference: the word edits it saves (negative when it changes words that were not spun).
 *
 * @param form   the form and its evidence
 * @param saved  the reduction of the word-level edit distance to the reference
 */
public record LabelledForm(SpunForm form, int saved) {

    /** Restoring the form puts back at least half of what its occurrences span: a form worth restoring. */
    public boolean positive() {
        return saved > 0 && saved * 2 >= form.occurrences().size();
    }

    /** Every form the reader finds in the spun text, labelled against the reference. */
    public static List<LabelledForm> of(FormReader reader, String spun, String reference, List<Finding> dictionaryFindings) {
        ModelReading reading = new ModelReading(reader.model(), spun);
        int before = ReferenceScore.of(spun, reference, spun).before();
        List<LabelledForm> labelled = new ArrayList<>();
        for (SpunForm form : reader.read(reading, dictionaryFindings)) {
            int after = ReferenceScore.of(spun, reference, restored(reading, form)).after();
            labelled.add(new LabelledForm(form, before - after));
        }
        return labelled;
    }

    /** The text with every occurrence of the form replaced by its best candidate. */
    public static String restored(ModelReading reading, SpunForm form) {
        String text = reading.text();
        List<int[]> occurrences = new ArrayList<>(form.occurrences());
        occurrences.sort(Comparator.comparingInt(o -> o[0]));
        StringBuilder out = new StringBuilder(text.length() + 16);
        int position = 0;
        for (int[] occurrence : occurrences) {
            Token first = reading.words().get(occurrence[0]);
            Token last = reading.words().get(occurrence[1]);
            out.append(text, position, first.start()).append(CaseTransfer.likeWord(text.substring(first.start(), last.end()), form.best()));
            position = last.end();
        }
        return out.append(text, position, text.length()).toString();
    }
}
