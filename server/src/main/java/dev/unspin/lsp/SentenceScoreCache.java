package dev.unspin.lsp;

import dev.unspin.context.MaskedLanguageModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * BERT's scores for the gaps of documents being edited, kept by the gap's own sentence: after an
 * edit, only gaps in the sentences it touched go through the model again. A gap whose sentence is
 * unchanged keeps its scores even when a neighbouring sentence inside the model's window changed:
 * the editor re-scores the sentences an edit touched, not the whole window (docs/language-server.md).
 * Between batches it gives up when the check it serves has gone stale, so that stale work stops early.
 */
final class SentenceScoreCache implements MaskedLanguageModel {
    /** Gaps sent to the model at once between two checks for cancellation: a batch or two of BERT's. */
    private static final int CHUNK = 16;
    /** Enough for the suspect gaps of a few hundred open articles. */
    private static final int CAPACITY = 20_000;
    /** The end of a sentence: its mark, closing quotes or brackets, then white space. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'\u201d\u2019)\\]]*\\s+");

    /** Whether the check running on this thread has gone stale (see {@link #cancellable}). */
    private static final ThreadLocal<BooleanSupplier> CANCELLED = ThreadLocal.withInitial(() -> () -> false);

    private final MaskedLanguageModel model;
    private final Map<Key, double[]> scores = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, double[]> eldest) {
            return size() > CAPACITY;
        }
    };

    /** A gap as far as its sentence reaches: the words asked and the sentence around the gap. */
    record Key(String before, String after, List<String> words) {
        static Key of(Gap gap) {
            Matcher end = SENTENCE_END.matcher(gap.before());
            int from = 0;
            while (end.find()) {
                from = end.end();
            }
            Matcher next = SENTENCE_END.matcher(gap.after());
            int to = next.find() ? next.start() + 1 : gap.after().length();
            return new Key(gap.before().substring(from), gap.after().substring(0, to), gap.words());
        }
    }

    /**
     * Runs a check whose model passes stop, with a {@link CancellationException}, once
     * {@code cancelled} says it has gone stale. A flag rather than an interrupt: an interrupt
     * closes any file channel the thread is reading, such as a model's.
     */
    static <T> T cancellable(BooleanSupplier cancelled, Supplier<T> check) {
        CANCELLED.set(cancelled);
        try {
            return check.get();
        } finally {
            CANCELLED.remove();
        }
    }

    SentenceScoreCache(MaskedLanguageModel model) {
        this.model = model;
    }

    @Override
    public List<double[]> score(List<Gap> gaps) {
        List<Key> keys = gaps.stream().map(Key::of).toList();
        Map<Key, Gap> missing = new LinkedHashMap<>();
        synchronized (scores) {
            for (int i = 0; i < gaps.size(); i++) {
                if (!scores.containsKey(keys.get(i))) {
                    missing.putIfAbsent(keys.get(i), gaps.get(i));
                }
            }
        }
        List<Key> missingKeys = List.copyOf(missing.keySet());
        List<Gap> missingGaps = List.copyOf(missing.values());
        for (int from = 0; from < missingGaps.size(); from += CHUNK) {
            if (CANCELLED.get().getAsBoolean()) {
                throw new CancellationException("a newer version of the document is being checked");
            }
            int to = Math.min(missingGaps.size(), from + CHUNK);
            List<double[]> scored = model.score(missingGaps.subList(from, to));
            synchronized (scores) {
                for (int i = from; i < to; i++) {
                    scores.put(missingKeys.get(i), scored.get(i - from));
                }
            }
        }
        List<double[]> all = new ArrayList<>(gaps.size());
        for (int i = 0; i < gaps.size(); i++) {
            double[] found;
            synchronized (scores) {
                found = scores.get(keys.get(i));
            }
            all.add(found != null ? found : rescore(gaps.get(i)));
        }
        return all;
    }

    /** A gap evicted between the two steps above by a very large batch: scored again, alone. */
    private double[] rescore(Gap gap) {
        return model.score(List.of(gap)).get(0);
    }

    @Override
    public long passes() {
        return model.passes();
    }

    @Override
    public void close() {
        model.close();
    }
}
