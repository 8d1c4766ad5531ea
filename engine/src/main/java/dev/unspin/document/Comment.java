package dev.unspin.document;

/**
 * A comment in a document's source, where suppression markers are written.
 *
 * @param start UTF-16 offset of the comment's first character in the source
 * @param end   UTF-16 offset just past its last character
 * @param body  what the comment says, without its delimiters
 */
public record Comment(int start, int end, String body) {
}
