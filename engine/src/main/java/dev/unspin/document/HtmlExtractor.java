package dev.unspin.document;

import java.util.Locale;
import java.util.Set;

/**
 * Finds the text content of an HTML document: tags and their attributes, comments, doctypes and
 * processing instructions, and the content of {@code script}, {@code style} and
 * {@code template} elements are left out; character references are decoded. A block-level tag
 * becomes a paragraph break ({@link CheckableText#BLOCK_BREAK}) and any other tag or comment
 * becomes {@link CheckableText#OBJECT}, so that no phrase matches across markup and no fix
 * rewrites a tag. A careful scanner rather than a DOM parser, so every offset maps exactly.
 */
final class HtmlExtractor {
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "template");
    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "details", "dialog",
            "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
            "h5", "h6", "head", "header", "hgroup", "hr", "html", "li", "main", "nav", "ol", "option", "p",
            "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul");

    private final String source;
    private final int length;
    private final CheckableText.Builder out;
    private int copyFrom;

    HtmlExtractor(String source) {
        this.source = source;
        this.length = source.length();
        this.out = new CheckableText.Builder(source);
    }

    CheckableText extract() {
        int i = 0;
        while (i < length) {
            char c = source.charAt(i);
            int next = i + 1;
            if (c == '<') {
                next = markup(i);
            } else if (c == '&') {
                CharacterReferences.Reference reference = CharacterReferences.at(source, i);
                if (reference != null) {
                    replace(i, reference.end(), reference.text());
                    next = reference.end();
                }
            }
            i = Math.max(next, i + 1);
        }
        return out.copy(copyFrom, length).build();
    }

    /** Handles the markup starting with the '<' at {@code at}; returns where scanning resumes. */
    private int markup(int at) {
        if (source.startsWith("<!--", at)) {
            int close = source.indexOf("-->", at + 4);
            int end = close < 0 ? length : close + 3;
            out.comment(at, end, source.substring(at + 4, close < 0 ? length : close));
            replace(at, end, String.valueOf(CheckableText.OBJECT));
            return end;
        }
        if (source.startsWith("<![CDATA[", at)) {
            int close = source.indexOf("]]>", at);
            return drop(at, close < 0 ? length : close + 3);
        }
        if (source.startsWith("<!", at) || source.startsWith("<?", at)) {
            int close = source.indexOf('>', at);
            return drop(at, close < 0 ? length : close + 1);
        }
        boolean closing = at + 1 < length && source.charAt(at + 1) == '/';
        int nameStart = at + (closing ? 2 : 1);
        int nameEnd = nameStart;
        while (nameEnd < length && (Character.isLetterOrDigit(source.charAt(nameEnd)) || source.charAt(nameEnd) == '-')) {
            nameEnd++;
        }
        if (nameEnd == nameStart || !Character.isLetter(source.charAt(nameStart))) {
            return at + 1; // a '<' that starts no tag is text
        }
        String name = source.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
        int end = tagEnd(nameEnd);
        if (!closing && RAW_TEXT.contains(name) && source.charAt(end - 1) == '>') {
            int close = indexOfIgnoreCase("</" + name, end);
            end = close < 0 ? length : tagEnd(close + 2 + name.length());
        }
        replace(at, end, BLOCKS.contains(name) || RAW_TEXT.contains(name)
                ? CheckableText.BLOCK_BREAK : String.valueOf(CheckableText.OBJECT));
        return end;
    }

    /** The end of a tag whose attributes start at {@code from}, honouring quoted values. */
    private int tagEnd(int from) {
        char quote = 0;
        for (int i = from; i < length; i++) {
            char c = source.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            }
        }
        return length;
    }

    private int indexOfIgnoreCase(String needle, int from) {
        for (int i = from; i + needle.length() <= length; i++) {
            if (source.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    private void replace(int from, int to, String text) {
        out.copy(copyFrom, from).substitute(from, to, text);
        copyFrom = to;
    }

    private int drop(int from, int to) {
        out.copy(copyFrom, from);
        copyFrom = to;
        return to;
    }
}
