package dev.unspin.engine;

import dev.unspin.dictionary.Confidence;
import dev.unspin.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The findings of an edited text from those of its previous version, matching again only the
 * paragraphs near the edit. A finding never spans a blank line, and its conditions look at most
 * {@code reach} words either side, so a finding further than that from the edit is the same as
 * before (shifted by the edit's length change if it comes after it).
 *
 * <p>The paragraphs matched again (the core) run from {@code reach} words before the edit to
 * {@code reach} words after it; they are matched inside a window of another {@code reach} words
 * either side, so that their conditions see the same words as in the whole text. Both core and
 * window start and end at paragraph breaks after a sentence end (., !, ?), so that sentence
 * detection and tagging see the same sentences as in the whole text.
 */
final class EditRecheck {
    /** Past this many paragraphs without a sentence end, the whole text is matched again. */
    private static final int MAX_PARAGRAPHS = 64;

    private final Engine engine;
    private final int reach;

    EditRecheck(Engine engine, int reach) {
        this.engine = engine;
        this.reach = reach;
    }

    /**
     * The new text's findings of at least {@code minimum} (the list {@code engine.find(newText, minimum)}
     * returns) from the old text's, or null when the whole text should be matched again.
     */
    List<Finding> find(TextChange change, List<Finding> oldFindings, Confidence minimum) {
        String oldText = change.oldText();
        String newText = change.newText();
        int prefix = change.prefix();
        int suffix = change.suffix();
        int delta = newText.length() - oldText.length();
        int coreStart = paragraphBefore(newText, prefix, reach);
        int coreEnd = paragraphAfter(newText, newText.length() - suffix, reach);
        int windowStart = coreStart < 0 ? -1 : paragraphBefore(newText, coreStart, reach);
        int windowEnd = coreEnd < 0 ? -1 : paragraphAfter(newText, coreEnd, reach);
        if (windowStart < 0 || windowEnd < 0) {
            return null;
        }
        List<Finding> findings = new ArrayList<>();
        for (Finding finding : oldFindings) {
            if (finding.end() <= coreStart) {
                findings.add(finding);
            }
        }
        for (Finding finding : engine.find(newText.substring(windowStart, windowEnd), minimum)) {
            int start = finding.start() + windowStart;
            if (start >= coreStart && start < coreEnd) {
                findings.add(shifted(finding, windowStart));
            }
        }
        for (Finding finding : oldFindings) {
            if (finding.start() >= coreEnd - delta) {
                findings.add(shifted(finding, delta));
            }
        }
        return findings;
    }

    private static Finding shifted(Finding finding, int by) {
        return by == 0 ? finding
                : finding.moved(finding.start() + by, finding.end() + by, finding.spun(), finding.replacements());
    }

    /**
     * The start of a paragraph at or before {@code offset} with at least {@code words} words between
     * it and the offset, right after a sentence end; 0 at the start of the text; -1 if too far.
     */
    private static int paragraphBefore(String text, int offset, int words) {
        int start = Paragraphs.startOf(text, offset);
        int counted = Tokenizer.spans(text.substring(start, offset)).wordCount();
        for (int paragraphs = 0; start > 0; paragraphs++) {
            if (paragraphs > MAX_PARAGRAPHS) {
                return -1;
            }
            if (counted >= words && Paragraphs.endsSentence(text, start)) {
                return start;
            }
            int previous = Paragraphs.startOf(text, Paragraphs.previousEnd(text, start));
            counted += Tokenizer.spans(text.substring(previous, start)).wordCount();
            start = previous;
        }
        return 0;
    }

    /** The end of a paragraph at or after {@code offset}, mirroring {@link #paragraphBefore}. */
    private static int paragraphAfter(String text, int offset, int words) {
        int end = Paragraphs.endOf(text, offset);
        int counted = Tokenizer.spans(text.substring(offset, end)).wordCount();
        for (int paragraphs = 0; end < text.length(); paragraphs++) {
            if (paragraphs > MAX_PARAGRAPHS) {
                return -1;
            }
            if (counted >= words && Paragraphs.endsSentence(text, Paragraphs.nextStart(text, end))) {
                return end;
            }
            int next = Paragraphs.endOf(text, Paragraphs.nextStart(text, end));
            counted += Tokenizer.spans(text.substring(end, next)).wordCount();
            end = next;
        }
        return text.length();
    }
}
