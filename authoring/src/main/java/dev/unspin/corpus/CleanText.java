package dev.unspin.corpus;

/**
 * A text known to be unspun, in which a spun phrasing would be legitimate English.
 *
 * @param name where it came from, as shown in reports (usually its path)
 * @param text its content
 */
public record CleanText(String name, String text) {
}
