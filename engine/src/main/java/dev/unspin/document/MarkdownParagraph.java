package dev.unspin.document;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * What {@link MarkdownExtractor}'s inline scan looks up in the paragraph it is in (the lines up to
 * the next blank line): where the paragraph ends, where a run of backticks closes, where a link
 * target's parenthesis closes. Each is found once per paragraph, not once per question, so that a
 * paragraph full of backticks, brackets or tags costs time in proportion to its length. Questions
 * must come at positions that never go back, as the inline scan's do.
 */
final class MarkdownParagraph {
    private final String source;
    private int askedFrom = -1;
    private int end = -1;

    /** The start of the last run of each length seen, and whether the runs were seen to the end. */
    private final Map<Integer, Integer> lastRunOfLength = new HashMap<>();
    private boolean runsSeenToEnd;

    /** Every link target's '(' in the paragraph (after the first asked about) and its match's end, or -1. */
    private int[] targetOpens;
    private int[] targetEnds;
    private int targetCount;
    private int targetCursor;

    MarkdownParagraph(String source) {
        this.source = source;
    }

    /** Where the paragraph containing {@code from} ends: at a blank line or the end of the document. */
    int end(int from) {
        if (from >= askedFrom && from < end) {
            askedFrom = from;
            return end;
        }
        askedFrom = from;
        end = scanEnd(from);
        lastRunOfLength.clear();
        runsSeenToEnd = false;
        targetOpens = null;
        return end;
    }

    private int scanEnd(int from) {
        int line = PlainTextExtractor.lineEnd(source, from);
        int next = PlainTextExtractor.nextLine(source, line);
        while (next >= 0) {
            int lineEnd = PlainTextExtractor.lineEnd(source, next);
            if (source.substring(next, lineEnd).isBlank()) {
                return next;
            }
            next = PlainTextExtractor.nextLine(source, lineEnd);
        }
        return source.length();
    }

    /**
     * The start of the first run of exactly {@code run} backticks in {@code [from, end(from))}, or
     * -1. {@code from} must be where a run of backticks ends. Once a search has reached the end of
     * the paragraph, the last run of each length is known, and a search that would fail is not made.
     */
    int closingBackticks(int from, int run) {
        int limit = end(from);
        if (runsSeenToEnd) {
            Integer last = lastRunOfLength.get(run);
            if (last == null || last < from) {
                return -1;
            }
        }
        int i = from;
        while (i < limit) {
            if (source.charAt(i) == '`') {
                int n = runLength(source, i);
                lastRunOfLength.merge(n, i, Math::max);
                if (n == run) {
                    return i;
                }
                i += n;
            } else {
                i++;
            }
        }
        runsSeenToEnd = true;
        return -1;
    }

    static int runLength(String source, int from) {
        int i = from;
        while (i < source.length() && source.charAt(i) == '`') {
            i++;
        }
        return i - from;
    }

    /**
     * After a ']', the end of the inline link target whose '(' is at {@code open}: just after the
     * ')' that balances it in the paragraph (a backslash escapes the next character), or -1.
     */
    int targetEnd(int open) {
        int limit = end(open);
        if (targetOpens == null) {
            findTargets(open, limit);
        }
        while (targetCursor < targetCount && targetOpens[targetCursor] < open) {
            targetCursor++;
        }
        return targetCursor < targetCount && targetOpens[targetCursor] == open ? targetEnds[targetCursor] : -1;
    }

    /** Balances the parentheses of {@code [from, limit)} once, keeping the matches of those after a ']'. */
    private void findTargets(int from, int limit) {
        targetOpens = new int[16];
        targetEnds = new int[16];
        targetCount = 0;
        targetCursor = 0;
        int[] pending = new int[16]; // indexes of unmatched targets, innermost last
        int[] pendingDepth = new int[16];
        int pendingCount = 0;
        int depth = 0;
        for (int i = from; i < limit; i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
                if (i > 0 && source.charAt(i - 1) == ']') {
                    if (targetCount == targetOpens.length) {
                        targetOpens = Arrays.copyOf(targetOpens, targetCount * 2);
                        targetEnds = Arrays.copyOf(targetEnds, targetCount * 2);
                    }
                    if (pendingCount == pending.length) {
                        pending = Arrays.copyOf(pending, pendingCount * 2);
                        pendingDepth = Arrays.copyOf(pendingDepth, pendingCount * 2);
                    }
                    targetOpens[targetCount] = i;
                    targetEnds[targetCount] = -1;
                    pending[pendingCount] = targetCount++;
                    pendingDepth[pendingCount++] = depth;
                }
            } else if (c == ')') {
                if (pendingCount > 0 && pendingDepth[pendingCount - 1] == depth) {
                    targetEnds[pending[--pendingCount]] = i + 1;
                }
                depth--;
            }
        }
    }
}
