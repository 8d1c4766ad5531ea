package dev.unspin.engine;

import dev.unspin.dictionary.Confidence;

/**
 * A document's report when its own evidence chose what to show.
 *
 * @param report  the findings shown, with the document's word count
 * @param minimum the least sure confidence the evidence let through
 */
public record EvidenceReport(DocumentReport report, Confidence minimum) {
}
