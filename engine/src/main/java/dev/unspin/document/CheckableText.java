package dev.unspin.document;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of a document that the engine should check (prose only, markup and code left out),
 * with an exact map of its offsets back to the source and the source's comments.
 *
 * @param source   the document as written
 * @param text     the prose to check
 * @param map      maps offsets in {@code text} to offsets in {@code source}
 * @param comments the source's comments, in order, where suppression markers may be written
 */
public record CheckableText(String source, String text, OffsetMap map, List<Comment> comments) {

    /**
     * Stands in the text for markup removed from inside a line (inline code, a tag, a URL): it is a
     * token of its own, so no phrase matches across the removed markup and no fix rewrites it.
     */
    public static final char OBJECT = '\uFFFC';

    /** Stands in the text for a removed block (a code block, front matter): a paragraph break. */
    public static final String BLOCK_BREAK = "\n\n";

    public CheckableText {
        comments = List.copyOf(comments);
    }

    /** A text that is checked exactly as written. */
    public static CheckableText verbatim(String source, List<Comment> comments) {
        return new CheckableText(source, source, OffsetMap.identity(source.length()), comments);
    }

    /** Builds a text from a source by copying, substituting and skipping stretches in order. */
    static final class Builder {
        private final String source;
        private final StringBuilder text;
        private final OffsetMap.Builder map = new OffsetMap.Builder();
        private final List<Comment> comments = new ArrayList<>();

        Builder(String source) {
            this.source = source;
            this.text = new StringBuilder(source.length());
        }

        /** Copies {@code source[from, to)} unchanged. */
        Builder copy(int from, int to) {
            if (to > from) {
                text.append(source, from, to);
                map.verbatim(from, to);
            }
            return this;
        }

        /** Puts {@code replacement} in the text in place of {@code source[from, to)}. */
        Builder substitute(int from, int to, String replacement) {
            text.append(replacement);
            map.substituted(from, to, replacement.length());
            return this;
        }

        Builder comment(int start, int end, String body) {
            comments.add(new Comment(start, end, body));
            return this;
        }

        CheckableText build() {
            return new CheckableText(source, text.toString(), map.build(source.length()), comments);
        }
    }
}
