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
}
