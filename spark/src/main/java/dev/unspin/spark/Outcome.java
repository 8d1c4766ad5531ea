package dev.unspin.spark;

import java.io.Serializable;

/**
 * One document's line of output and what the summary adds up.
 *
 * @param line     the JSON line: a report, a restoration, or (when {@code error}) why there is none
 * @param error    whether the document was malformed
 * @param words    its word count
 * @param findings its findings (check) or the findings applied (restore)
 */
record Outcome(String line, boolean error, long words, long findings) implements Serializable {
}
