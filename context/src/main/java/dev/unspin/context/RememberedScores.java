package dev.unspin.context;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A masked model that remembers, for one check, the scores of every passage it has weighed. The
 * text a gap stands for is masked, so only the text around the gaps and the words weighed decide
 * the scores: the screen's look at a sentence with a single suspect is the very sequence of that
 * gap's fine look, and the model is asked once.
 */
final class RememberedScores implements MaskedLanguageModel {
    private record Key(List<String> texts, List<List<String>> words) {
        static Key of(Passage passage) {
            return new Key(passage.texts(), passage.words());
        }
    }

    private final MaskedLanguageModel model;
    private final Map<Key, List<double[]>> scored = new HashMap<>();

    RememberedScores(MaskedLanguageModel model) {
        this.model = model;
    }

    @Override
    public List<List<double[]>> scoreTogether(List<Passage> passages) {
        Map<Key, Passage> missing = new LinkedHashMap<>();
        for (Passage passage : passages) {
            Key key = Key.of(passage);
            if (!scored.containsKey(key)) {
                missing.putIfAbsent(key, passage);
            }
        }
        if (!missing.isEmpty()) {
            List<Key> keys = List.copyOf(missing.keySet());
            List<List<double[]>> rows = model.scoreTogether(List.copyOf(missing.values()));
            for (int i = 0; i < keys.size(); i++) {
                scored.put(keys.get(i), rows.get(i));
            }
        }
        List<List<double[]>> all = new ArrayList<>(passages.size());
        for (Passage passage : passages) {
            all.add(scored.get(Key.of(passage)));
        }
        return all;
    }

    @Override
    public long passes() {
        return model.passes();
    }

    /** Nothing to close: the model belongs to whoever gave it. */
    @Override
    public void close() {
    }
}
