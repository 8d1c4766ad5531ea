package dev.unspin.engine;

import dev.unspin.dictionary.Confidence;
import dev.unspin.text.Tokenizer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the engine found in one document, with the figures users compare documents by.
 *
 * @param words     the number of word tokens
 * @param findings  the findings, in text order
 */
public record DocumentReport(int words, List<Finding> findings) {

    public DocumentReport {
        findings = List.copyOf(findings);
    }

    public static DocumentReport of(String text, List<Finding> findings) {
        return new DocumentReport(wordCount(text), findings);
    }

    /** Spun phrasings per 1,000 words. */
    public double spinScore() {
        return words == 0 ? 0 : findings.size() * 1000.0 / words;
    }

    public Map<Confidence, Integer> countsByConfidence() {
        Map<Confidence, Integer> counts = new EnumMap<>(Confidence.class);
        for (Confidence c : Confidence.values()) {
            counts.put(c, 0);
        }
        for (Finding finding : findings) {
            counts.merge(finding.confidence(), 1, Integer::sum);
        }
        return counts;
    }

    public static int wordCount(String text) {
        return Tokenizer.spans(text).wordCount();
    }

    /**
     * The word count of {@code newText} from that of {@code oldText}, counting again only the
     * changed part, widened to whitespace on both sides: no token spans whitespace, so the words
     * outside it are the same words in both versions.
     */
    public static int wordCountAfterEdit(String oldText, int oldCount, String newText) {
        return wordCountAfterEdit(TextChange.between(oldText, newText), oldCount);
    }

    /** As {@link #wordCountAfterEdit(String, int, String)}, for a change already worked out. */
    public static int wordCountAfterEdit(TextChange change, int oldCount) {
        String oldText = change.oldText();
        String newText = change.newText();
        int start = change.prefix();
        while (start > 0 && !Character.isWhitespace(newText.charAt(start - 1))) {
            start--;
        }
        int oldEnd = change.oldEnd();
        int newEnd = change.newEnd();
        while (oldEnd < oldText.length() && !Character.isWhitespace(oldText.charAt(oldEnd))) {
            oldEnd++; // the suffix is the same in both versions
            newEnd++;
        }
        return oldCount - wordCount(oldText.substring(start, oldEnd)) + wordCount(newText.substring(start, newEnd));
    }
}
