package dev.unspin.context;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where sentences end, as the masked model's passages are grouped (one per sentence) and as the
 * language server's cache of their scores is keyed: the two must agree.
 */
public final class Sentences {
    /** The end of a sentence: its mark, closing quotes or brackets, then white space. */
    private static final Pattern END = Pattern.compile("[.!?][\"'\u201d\u2019)\\]]*\\s+");

    private Sentences() {
    }

    /** The offsets where the text's sentences start, in order: after each sentence's end and after each line break. */
    static int[] starts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        Matcher end = END.matcher(text);
        while (end.find()) {
            starts.add(end.end());
        }
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            starts.add(i + 1);
        }
        return starts.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
    }

    /** The index, in {@link #starts}' result, of the sentence holding {@code offset}. */
    static int of(int[] starts, int offset) {
        int at = Arrays.binarySearch(starts, offset);
        return at >= 0 ? at : -at - 2;
    }

    /** The end of {@code text} from the start of its last sentence. */
    public static String last(String text) {
        Matcher end = END.matcher(text);
        int from = 0;
        while (end.find()) {
            from = end.end();
        }
        return text.substring(from);
    }

    /** The start of {@code text} up to the end of its first sentence (its mark included). */
    public static String first(String text) {
        Matcher end = END.matcher(text);
        return end.find() ? text.substring(0, end.start() + 1) : text;
    }
}
