package dev.unspin.lsp;

import dev.unspin.context.MaskedLanguageModel;
import dev.unspin.context.Sentences;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * BERT's scores for the gaps of documents being edited, kept by sentence: a gap alone, or a
 * passage of a sentence's gaps masked together (the screen's rough look), keyed by the sentence
 * around it. After an edit, only gaps and passages in the sentences it touched go through the model
 * again; one whose sentence is unchanged keeps its scores even when a neighbouring sentence inside
 * the model's window changed:
 * the editor re-scores the sentences an edit touched, not the whole window (docs/language-server.md).
 * Between batches it gives up when the check it serves has gone stale, so that stale work stops early.
 */
final class SentenceScoreCache implements MaskedLanguageModel {
    /** Passages sent to the model at once between two checks for cancellation: a batch or two of BERT's. */
    private static final int CHUNK = 16;
    /** Enough for the suspect sentences of a few hundred open articles. */
    private static final int CAPACITY = 20_000;

    /** Whether the check running on this thread has gone stale (see {@link #cancellable}). */
    private static final ThreadLocal<BooleanSupplier> CANCELLED = ThreadLocal.withInitial(() -> () -> false);

    private final MaskedLanguageModel model;
    private final Map<Key, List<double[]>> scores = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, List<double[]>> eldest) {
            return size() > CAPACITY;
        }
    };

    /**
     * A passage as far as its sentence reaches: the sentence before its first gap and after its last,
     * the text between and in its gaps, and the words asked. A gap alone is a passage of one gap.
     */
    record Key(String before, String after, List<String> between, List<List<String>> words) {
        static Key of(Gap gap) {
            return of(gap.asPassage());
        }

        static Key of(Passage passage) {
            List<String> texts = passage.texts();
            List<String> between = new ArrayList<>(passage.spans());
            between.addAll(texts.subList(1, texts.size() - 1));
            return new Key(Sentences.last(texts.get(0)), Sentences.first(texts.get(texts.size() - 1)), between, passage.words());
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
    public List<List<double[]>> scoreTogether(List<Passage> passages) {
        List<Key> keys = passages.stream().map(Key::of).toList();
        Map<Key, Passage> missing = new LinkedHashMap<>();
        synchronized (scores) {
            for (int i = 0; i < passages.size(); i++) {
                if (!scores.containsKey(keys.get(i))) {
                    missing.putIfAbsent(keys.get(i), passages.get(i));
                }
            }
        }
        List<Key> missingKeys = List.copyOf(missing.keySet());
        List<Passage> missingPassages = List.copyOf(missing.values());
        for (int from = 0; from < missingPassages.size(); from += CHUNK) {
            if (CANCELLED.get().getAsBoolean()) {
                throw new CancellationException("a newer version of the document is being checked");
            }
            int to = Math.min(missingPassages.size(), from + CHUNK);
            List<List<double[]>> scored = model.scoreTogether(missingPassages.subList(from, to));
            synchronized (scores) {
                for (int i = from; i < to; i++) {
                    scores.put(missingKeys.get(i), scored.get(i - from));
                }
            }
        }
        List<List<double[]>> all = new ArrayList<>(passages.size());
        for (int i = 0; i < passages.size(); i++) {
            List<double[]> found;
            synchronized (scores) {
                found = scores.get(keys.get(i));
            }
            all.add(found != null ? found : rescore(passages.get(i)));
        }
        return all;
    }

    /** A passage evicted between the two steps above by a very large batch: scored again, alone. */
    private List<double[]> rescore(Passage passage) {
        return model.scoreTogether(List.of(passage)).get(0);
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
