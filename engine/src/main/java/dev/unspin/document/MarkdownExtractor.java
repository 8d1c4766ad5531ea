package dev.unspin.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the prose of a Markdown document. Left out: front matter ({@code ---} or {@code +++} at
 * the top), fenced and indented code blocks, link reference definitions (each replaced by a
 * paragraph break); inline code, HTML comments, inline HTML tags, autolinks and bare URLs (each
 * replaced by {@link CheckableText#OBJECT}); link targets ({@code (url "title")} after
 * {@code [text]}, and {@code [label]} after {@code [text]}), dropped. Character references are
 * decoded. Emphasis and other punctuation stay: they are tokens of their own and do no harm.
 *
 * <p>This is a careful scanner, not a full CommonMark parser: it follows CommonMark for the
 * constructs above, and treats an indented line after a list item as list content, not code.
 */
final class MarkdownExtractor {
    private static final Pattern FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,})(.*)");
    private static final Pattern REFERENCE_DEFINITION = Pattern.compile(" {0,3}\\[[^\\]]+\\]:\\s*\\S.*");
    private static final Pattern LIST_ITEM = Pattern.compile(" {0,3}([-+*]|\\d{1,9}[.)])(\\s.*)?");
    private static final Pattern AUTOLINK = Pattern.compile(
            "<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\\s<>]*|[^\\s<>@]+@[^\\s<>]+)>");
    private static final String OBJECT = String.valueOf(CheckableText.OBJECT);
    private static final Pattern TAG_START = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*");

    private final String source;
    private final int length;
    private final MarkdownParagraph paragraph;
    private final Matcher autolink;
    private final Matcher tagStart;

    MarkdownExtractor(String source) {
        this.source = source;
        this.length = source.length();
        this.paragraph = new MarkdownParagraph(source);
        this.autolink = AUTOLINK.matcher(source);
        this.tagStart = TAG_START.matcher(source);
    }

    CheckableText extract() {
        List<int[]> blocks = blocks();
        CheckableText.Builder out = new CheckableText.Builder(source);
        int block = 0;
        int copyFrom = 0;
        int i = 0;
        while (i < length) {
            if (block < blocks.size() && i >= blocks.get(block)[0]) {
                int[] b = blocks.get(block++);
                if (b[1] <= i) {
                    continue; // already covered by a comment that ran over it
                }
                out.copy(copyFrom, i).substitute(i, b[1], CheckableText.BLOCK_BREAK);
                i = copyFrom = b[1];
                continue;
            }
            int skipTo = -1;
            String replacement = OBJECT;
            char c = source.charAt(i);
            switch (c) {
                case '\\' -> {
                    i += i + 1 < length && isAsciiPunctuation(source.charAt(i + 1)) ? 2 : 1;
                    continue;
                }
                case '<' -> {
                    if (source.startsWith("<!--", i)) {
                        int close = source.indexOf("-->", i + 4);
                        skipTo = close < 0 ? length : close + 3;
                        out.comment(i, skipTo, source.substring(i + 4, close < 0 ? length : close));
                    } else {
                        skipTo = autolinkOrTagEnd(i);
                    }
                }
                case '`' -> {
                    int run = MarkdownParagraph.runLength(source, i);
                    int close = paragraph.closingBackticks(i + run, run);
                    if (close < 0) {
                        i += run;
                        continue;
                    }
                    skipTo = close + run;
                }
                case ']' -> {
                    int target = linkTargetEnd(i + 1);
                    if (target > 0) {
                        out.copy(copyFrom, i + 1);
                        i = copyFrom = target;
                        continue;
                    }
                }
                case '&' -> {
                    CharacterReferences.Reference reference = CharacterReferences.at(source, i);
                    if (reference != null) {
                        skipTo = reference.end();
                        replacement = reference.text();
                    }
                }
                case 'h', 'w' -> skipTo = bareUrlEnd(i);
                default -> {
                }
            }
            if (skipTo > i) {
                out.copy(copyFrom, i).substitute(i, skipTo, replacement);
                i = copyFrom = skipTo;
            } else {
                i++;
            }
        }
        return out.copy(copyFrom, length).build();
    }

    /** Source ranges {@code [start, end)} of the blocks left out, in order. */
    private List<int[]> blocks() {
        List<int[]> blocks = new ArrayList<>();
        int line = frontMatterEnd(blocks);
        boolean previousBlank = true;
        boolean inList = false;
        while (line >= 0) {
            int end = PlainTextExtractor.lineEnd(source, line);
            String content = source.substring(line, end);
            if (content.isBlank()) {
                previousBlank = true;
                line = PlainTextExtractor.nextLine(source, end);
                continue;
            }
            var fence = FENCE.matcher(content);
            if (fence.matches() && !(fence.group(1).charAt(0) == '`' && fence.group(2).indexOf('`') >= 0)) {
                int close = closingFence(PlainTextExtractor.nextLine(source, end), fence.group(1));
                blocks.add(new int[] {line, close});
                line = PlainTextExtractor.nextLine(source, close);
                previousBlank = false;
                inList = false;
                continue;
            }
            if (previousBlank && !inList && indent(content) >= 4) {
                int last = end;
                int next = PlainTextExtractor.nextLine(source, end);
                while (next >= 0) {
                    int nextEnd = PlainTextExtractor.lineEnd(source, next);
                    String text = source.substring(next, nextEnd);
                    if (!text.isBlank() && indent(text) < 4) {
                        break;
                    }
                    if (!text.isBlank()) {
                        last = nextEnd;
                    }
                    next = PlainTextExtractor.nextLine(source, nextEnd);
                }
                blocks.add(new int[] {line, last});
                line = PlainTextExtractor.nextLine(source, last);
                previousBlank = false;
                continue;
            }
            if (previousBlank && REFERENCE_DEFINITION.matcher(content).matches()) {
                blocks.add(new int[] {line, end});
            } else if (indent(content) < 4 && (previousBlank || LIST_ITEM.matcher(content).matches())) {
                inList = LIST_ITEM.matcher(content).matches();
            }
            previousBlank = false;
            line = PlainTextExtractor.nextLine(source, end);
        }
        return blocks;
    }

    /** Adds the front matter block if there is one; returns the start of the first line after it. */
    private int frontMatterEnd(List<int[]> blocks) {
        int firstEnd = PlainTextExtractor.lineEnd(source, 0);
        String first = source.substring(0, firstEnd).stripTrailing();
        if (!first.equals("---") && !first.equals("+++")) {
            return length == 0 ? -1 : 0;
        }
        int line = PlainTextExtractor.nextLine(source, firstEnd);
        while (line >= 0) {
            int end = PlainTextExtractor.lineEnd(source, line);
            String text = source.substring(line, end).stripTrailing();
            if (text.equals(first) || first.equals("---") && text.equals("...")) {
                blocks.add(new int[] {0, end});
                return PlainTextExtractor.nextLine(source, end);
            }
            line = PlainTextExtractor.nextLine(source, end);
        }
        return 0; // never closed: not front matter
    }

    /** The end of the line that closes a fence opened by {@code fence}, or the end of the document. */
    private int closingFence(int line, String fence) {
        Pattern closing = Pattern.compile(" {0,3}" + Pattern.quote(String.valueOf(fence.charAt(0)))
                + "{" + fence.length() + ",}\\s*");
        int last = length;
        while (line >= 0) {
            int end = PlainTextExtractor.lineEnd(source, line);
            if (closing.matcher(source.substring(line, end)).matches()) {
                return end;
            }
            last = end;
            line = PlainTextExtractor.nextLine(source, end);
        }
        return last;
    }

    private static int indent(String line) {
        int columns = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                columns++;
            } else if (c == '\t') {
                columns += 4 - columns % 4;
            } else {
                break;
            }
        }
        return columns;
    }

    /** After a ']' at {@code at - 1}: the end of an inline target {@code (...)} or a {@code [label]}, or -1. */
    private int linkTargetEnd(int at) {
        if (at >= length) {
            return -1;
        }
        char open = source.charAt(at);
        if (open == '(') {
            return paragraph.targetEnd(at);
        } else if (open == '[') {
            int limit = paragraph.end(at);
            for (int i = at + 1; i < limit; i++) {
                char c = source.charAt(i);
                if (c == ']') {
                    return i + 1;
                }
                if (c == '[' || c == '\n' || c == '\r') {
                    return -1;
                }
            }
        }
        return -1;
    }

    /** The end of an autolink or an inline HTML tag starting at {@code at}, or -1. */
    private int autolinkOrTagEnd(int at) {
        // Neither pattern matches a line break, so neither needs the line's end as a bound.
        if (autolink.region(at, length).lookingAt()) {
            return autolink.end();
        }
        if (!tagStart.region(at, length).lookingAt()) {
            return -1;
        }
        int limit = paragraph.end(at);
        char quote = 0;
        for (int i = tagStart.end(); i < limit; i++) {
            char c = source.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            } else if (c == '<') {
                return -1;
            }
        }
        return -1;
    }

    /** The end of a bare http(s) or www URL starting at {@code at}, without trailing punctuation; or -1. */
    private int bareUrlEnd(int at) {
        if (at > 0 && Character.isLetterOrDigit(source.charAt(at - 1))) {
            return -1;
        }
        if (!(source.startsWith("http://", at) || source.startsWith("https://", at) || source.startsWith("www.", at))) {
            return -1;
        }
        int i = at;
        while (i < length && !Character.isWhitespace(source.charAt(i)) && source.charAt(i) != '<') {
            i++;
        }
        while (i > at && ".,:;!?)\"'\u2019\u201D*_".indexOf(source.charAt(i - 1)) >= 0) {
            i--;
        }
        return i;
    }

    private static boolean isAsciiPunctuation(char c) {
        return c < 128 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c) && c >= '!';
    }
}
