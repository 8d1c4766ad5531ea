package dev.unspin.learn;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import dev.unspin.text.Token;
import dev.unspin.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Aligns a spun text with its original word by word and lists every difference, multiword ones
 * included ("grew to become" / "became"). Leaked spintax such as "{that a}" is reported as its own
 * difference, whatever the spinner did next to it.
 */
public final class PairAligner {
    /** Names closer than this (edits per letter) are spelling variants, not synonyms. */
    private static final double SPELLING_VARIANT = 0.34;

    private PairAligner() {
    }

    public static List<Difference> align(String original, String spun) {
        List<Token> originalTokens = Tokenizer.tokenize(original);
        List<Token> spunAll = Tokenizer.tokenize(spun);
        List<Difference> differences = new ArrayList<>();
        List<Token> spunTokens = withoutSpintax(spun, spunAll, differences);

        List<String> a = originalTokens.stream().map(Token::normalized).toList();
        List<String> b = spunTokens.stream().map(Token::normalized).toList();
        for (Span span : spans(a, b)) {
            String originalText = surface(original, originalTokens, span.sFrom, span.sTo);
            String spunText = surface(spun, spunTokens, span.tFrom, span.tTo);
            int offset = spunTokens.get(span.tFrom).start();
            differences.add(new Difference(spunText, originalText,
                    classify(originalTokens.subList(span.sFrom, span.sTo), spunTokens.subList(span.tFrom, span.tTo),
                            isSentenceStart(spun, offset)),
                    lineOf(spun, offset), offset));
        }
        differences.sort((x, y) -> Integer.compare(x.offset(), y.offset()));
        return differences;
    }

    /** Token ranges [from, to) of one difference in the original (s) and the spun text (t). */
    private static final class Span {
        int sFrom;
        int sTo;
        int tFrom;
        int tTo;
        boolean joined;

        Span(int sFrom, int sTo, int tFrom, int tTo) {
            this.sFrom = sFrom;
            this.sTo = sTo;
            this.tFrom = tFrom;
            this.tTo = tTo;
        }

        /** Words on one side only: an insertion or a deletion. */
        boolean pure() {
            return sFrom == sTo || tFrom == tTo;
        }
    }

    /**
     * The differing token ranges. The LCS diff finds where the texts differ, but among equally
     * short diffs it may anchor on a common word inside a run of swaps ("ought to attempt to offer"
     * / "should try to provide"). So nearby deltas are re-aligned together by edit distance with
     * substitutions, which prefers swaps of similar length on both sides.
     */
    private static List<Span> spans(List<String> a, List<String> b) {
        List<Span> regions = new ArrayList<>();
        for (Span window : windows(DiffUtils.diff(a, b).getDeltas())) {
            regions.addAll(realign(a, b, window));
        }
        return joinAndExtend(regions, a.size(), b.size());
    }

    /** Deltas at most {@value #WINDOW_GAP} equal tokens apart, as one window each. */
    private static List<Span> windows(List<AbstractDelta<String>> deltas) {
        List<Span> windows = new ArrayList<>();
        for (AbstractDelta<String> delta : deltas) {
            Span span = new Span(delta.getSource().getPosition(), delta.getSource().getPosition() + delta.getSource().size(),
                    delta.getTarget().getPosition(), delta.getTarget().getPosition() + delta.getTarget().size());
            Span last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
            if (last != null && span.sFrom - last.sTo <= WINDOW_GAP) {
                last.sTo = span.sTo;
                last.tTo = span.tTo;
            } else {
                windows.add(span);
            }
        }
        return windows;
    }

    private static final int WINDOW_GAP = 2;

    /** One edit outweighs any number of matches: fewest edits first, then most shared words. */
    private static final int EDIT = 1 << 16;

    /**
     * Aligns a window by edit distance (substitution, insertion and deletion cost one edit each),
     * preferring, among alignments with the fewest edits, the one that keeps most words in common.
     */
    private static List<Span> realign(List<String> a, List<String> b, Span window) {
        int n = window.sTo - window.sFrom;
        int m = window.tTo - window.tFrom;
        int[][] cost = new int[n + 1][m + 1]; // cost of aligning the suffixes a[i..], b[j..]
        for (int i = n; i >= 0; i--) {
            for (int j = m; j >= 0; j--) {
                if (i == n || j == m) {
                    cost[i][j] = EDIT * ((n - i) + (m - j));
                } else {
                    int diagonal = cost[i + 1][j + 1] + (same(a, b, window, i, j) ? -1 : EDIT);
                    cost[i][j] = Math.min(diagonal, EDIT + Math.min(cost[i + 1][j], cost[i][j + 1]));
                }
            }
        }
        List<Span> regions = new ArrayList<>();
        Span open = null;
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            boolean canStep = i < n && j < m;
            if (canStep && same(a, b, window, i, j) && cost[i][j] == cost[i + 1][j + 1] - 1) {
                open = null;
                i++;
                j++;
                continue;
            }
            if (open == null) {
                open = new Span(window.sFrom + i, window.sFrom + i, window.tFrom + j, window.tFrom + j);
                regions.add(open);
            }
            if (canStep && !same(a, b, window, i, j) && cost[i][j] == cost[i + 1][j + 1] + EDIT) {
                i++;
                j++;
            } else if (i < n && cost[i][j] == cost[i + 1][j] + EDIT) {
                i++;
            } else {
                j++;
            }
            open.sTo = window.sFrom + i;
            open.tTo = window.tFrom + j;
        }
        return regions;
    }

    private static boolean same(List<String> a, List<String> b, Span window, int i, int j) {
        return a.get(window.sFrom + i).equals(b.get(window.tFrom + j));
    }

    /**
     * Two differences one shared word apart, one of them a pure insertion or deletion, are one
     * difference ("make use of" / "use", "will not be" / "is not"); a pure insertion or deletion left alone takes the word before it ("whether or not" /
     * "whether"), and a single inserted or deleted word, too slight to stand alone, the word after
     * it as well ("at the least" / "at least").
     */
    private static List<Span> joinAndExtend(List<Span> regions, int aSize, int bSize) {
        List<Span> spans = new ArrayList<>();
        for (Span span : regions) {
            Span last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (last != null && (last.pure() || span.pure())
                    && span.sFrom - last.sTo <= 1 && span.tFrom - last.tTo <= 1) {
                last.sTo = span.sTo;
                last.tTo = span.tTo;
                last.joined = true;
            } else {
                spans.add(span);
            }
        }
        for (Span span : spans) {
            if (!span.pure() || span.joined) {
                continue;
            }
            boolean oneWord = span.sTo - span.sFrom + span.tTo - span.tFrom == 1;
            boolean extended = false;
            if (span.sFrom > 0 && span.tFrom > 0) {
                span.sFrom--;
                span.tFrom--;
                extended = true;
            }
            if ((oneWord || !extended) && span.sTo < aSize && span.tTo < bSize) {
                span.sTo++;
                span.tTo++;
            }
        }
        spans.removeIf(span -> span.sFrom == span.sTo || span.tFrom == span.tTo);
        return spans;
    }

    /** Removes "{...}" spintax from the tokens to align, recording each as a difference of its own. */
    private static List<Token> withoutSpintax(String spun, List<Token> tokens, List<Difference> differences) {
        List<Token> kept = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            int close = token.text().equals("{") ? closingBrace(tokens, i) : -1;
            if (close < 0) {
                kept.add(token);
                continue;
            }
            differences.add(new Difference(
                    spun.substring(token.start(), tokens.get(close).end()),
                    spun.substring(token.end(), tokens.get(close).start()).strip(),
                    Difference.Kind.WORDING, lineOf(spun, token.start()), token.start()));
            kept.addAll(tokens.subList(i + 1, close));
            i = close;
        }
        return kept;
    }

    private static int closingBrace(List<Token> tokens, int open) {
        for (int j = open + 1; j < tokens.size() && j <= open + 6; j++) {
            String text = tokens.get(j).text();
            if (text.equals("}")) {
                return j > open + 1 ? j : -1;
            }
            if (text.equals("{")) {
                return -1;
            }
        }
        return -1;
    }

    private static Difference.Kind classify(List<Token> original, List<Token> spun, boolean sentenceStart) {
        boolean anyWord = original.stream().anyMatch(Token::word) || spun.stream().anyMatch(Token::word);
        if (!anyWord) {
            return Difference.Kind.PUNCTUATION;
        }
        if (hasDigit(original) && hasDigit(spun)) {
            return Difference.Kind.NUMBER;
        }
        if (!sentenceStart && original.size() == 1 && spun.size() == 1
                && capitalised(original.get(0)) && capitalised(spun.get(0))) {
            String x = original.get(0).normalized();
            String y = spun.get(0).normalized();
            double distance = LevenshteinDistance.getDefaultInstance().apply(x, y);
            if (distance / Math.max(x.length(), y.length()) < SPELLING_VARIANT) {
                return Difference.Kind.PROPER_NOUN;
            }
        }
        return Difference.Kind.WORDING;
    }

    private static boolean hasDigit(List<Token> tokens) {
        return tokens.stream().anyMatch(t -> t.text().chars().anyMatch(Character::isDigit));
    }

    private static boolean capitalised(Token token) {
        return !token.text().isEmpty() && Character.isUpperCase(token.text().codePointAt(0))
                && !token.text().equals(token.text().toUpperCase(Locale.ROOT));
    }

    private static String surface(String text, List<Token> tokens, int from, int to) {
        return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /** True when the offset starts a line or follows a sentence end, an opening quote or a colon. */
    static boolean isSentenceStart(String text, int offset) {
        int i = offset - 1;
        while (i >= 0 && text.charAt(i) != '\n' && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 || ".?!\n“\"‘(—:".indexOf(text.charAt(i)) >= 0;
    }

    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
