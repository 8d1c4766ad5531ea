package dev.unspin.document;

import java.util.Arrays;

/**
 * Maps offsets in a {@link CheckableText}'s text back to its source. The text is a sequence of
 * runs: a verbatim run is a stretch of the source copied unchanged, so every offset in it maps
 * exactly; a substituted run (a decoded character reference, or a separator standing for skipped
 * markup) maps as a whole to the source range it replaced. Source between runs was skipped.
 */
public final class OffsetMap {
    private final int[] textStarts;
    private final int[] sourceStarts;
    private final int[] sourceEnds;
    private final boolean[] verbatim;
    private final int runs;
    private final int textLength;
    private final int sourceLength;

    private OffsetMap(int[] textStarts, int[] sourceStarts, int[] sourceEnds, boolean[] verbatim, int runs,
            int textLength, int sourceLength) {
        this.textStarts = textStarts;
        this.sourceStarts = sourceStarts;
        this.sourceEnds = sourceEnds;
        this.verbatim = verbatim;
        this.runs = runs;
        this.textLength = textLength;
        this.sourceLength = sourceLength;
    }

    /** The map of a text that is its own source. */
    public static OffsetMap identity(int length) {
        return new OffsetMap(new int[] {0}, new int[] {0}, new int[] {length}, new boolean[] {true},
                length == 0 ? 0 : 1, length, length);
    }

    /** The source offset where a range starting at {@code textOffset} starts. */
    public int sourceStart(int textOffset) {
        check(textOffset);
        if (textOffset == textLength) {
            return runs == 0 ? sourceLength : sourceEnds[runs - 1];
        }
        int run = runAt(textOffset);
        return verbatim[run] ? sourceStarts[run] + textOffset - textStarts[run] : sourceStarts[run];
    }

    /** The source offset where a range ending (exclusively) at {@code textOffset} ends. */
    public int sourceEnd(int textOffset) {
        check(textOffset);
        if (textOffset == 0) {
            return sourceStart(0);
        }
        int run = runAt(textOffset - 1);
        return verbatim[run] ? sourceStarts[run] + textOffset - textStarts[run] : sourceEnds[run];
    }

    /** True when every character of the text range was copied from the source unchanged. */
    public boolean isVerbatim(int textStart, int textEnd) {
        if (textStart >= textEnd) {
            return true;
        }
        int first = runAt(textStart);
        int last = runAt(textEnd - 1);
        for (int run = first; run <= last; run++) {
            if (!verbatim[run] || run > first && sourceStarts[run] != sourceEnds[run - 1]) {
                return false;
            }
        }
        return true;
    }

    private void check(int textOffset) {
        if (textOffset < 0 || textOffset > textLength) {
            throw new IndexOutOfBoundsException("offset " + textOffset + " outside text of length " + textLength);
        }
    }

    private int runAt(int textOffset) {
        int i = Arrays.binarySearch(textStarts, 0, runs, textOffset);
        return i >= 0 ? i : -i - 2;
    }

    /** Collects runs in text order. */
    static final class Builder {
        private int[] textStarts = new int[16];
        private int[] sourceStarts = new int[16];
        private int[] sourceEnds = new int[16];
        private boolean[] verbatim = new boolean[16];
        private int runs;
        private int textLength;

        void verbatim(int sourceStart, int sourceEnd) {
            int length = sourceEnd - sourceStart;
            if (length <= 0) {
                return;
            }
            int last = runs - 1;
            if (last >= 0 && verbatim[last] && sourceEnds[last] == sourceStart) {
                sourceEnds[last] = sourceEnd; // extend the previous run
            } else {
                add(sourceStart, sourceEnd, true);
            }
            textLength += length;
        }

        void substituted(int sourceStart, int sourceEnd, int textLengthOfRun) {
            if (textLengthOfRun <= 0) {
                return;
            }
            add(sourceStart, sourceEnd, false);
            textLength += textLengthOfRun;
        }

        private void add(int sourceStart, int sourceEnd, boolean isVerbatim) {
            if (runs == textStarts.length) {
                int size = runs * 2;
                textStarts = Arrays.copyOf(textStarts, size);
                sourceStarts = Arrays.copyOf(sourceStarts, size);
                sourceEnds = Arrays.copyOf(sourceEnds, size);
                verbatim = Arrays.copyOf(verbatim, size);
            }
            textStarts[runs] = textLength;
            sourceStarts[runs] = sourceStart;
            sourceEnds[runs] = sourceEnd;
            verbatim[runs] = isVerbatim;
            runs++;
        }

        OffsetMap build(int sourceLength) {
            return new OffsetMap(textStarts, sourceStarts, sourceEnds, verbatim, runs, textLength, sourceLength);
        }
    }
}
