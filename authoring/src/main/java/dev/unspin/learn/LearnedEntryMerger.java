package dev.unspin.learn;

import dev.unspin.dictionary.DictionaryFileEditor;
import dev.unspin.dictionary.Entry;
import dev.unspin.dictionary.Evidence;
import dev.unspin.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Puts learned entries into a dictionary file without duplicating anything: an entry the file
 * already knows (same spun phrasing, the learned original among its originals) only gains the new
 * evidence, keeping its confidence and conditions, which a person may have tuned; any other entry
 * is appended, under an id of its own.
 */
public final class LearnedEntryMerger {
    private LearnedEntryMerger() {
    }

    /** What a merge did, entry by entry (as they now stand in the file). */
    public record Summary(List<Entry> added, List<Entry> updated, List<Entry> unchanged) {
    }

    public static Summary merge(DictionaryFileEditor editor, List<Entry> learned) {
        List<Entry> added = new ArrayList<>();
        List<Entry> updated = new ArrayList<>();
        List<Entry> unchanged = new ArrayList<>();
        for (Entry entry : learned) {
            Optional<Entry> known = known(editor, entry);
            if (known.isEmpty()) {
                Entry fresh = withId(entry, editor.freeId(entry.id()));
                editor.append(fresh);
                added.add(editor.entry(fresh.id()).orElseThrow()); // with its place in the file
                continue;
            }
            List<Evidence> evidence = union(known.get().evidence(), entry.evidence());
            if (evidence.equals(known.get().evidence())) {
                unchanged.add(known.get());
            } else {
                Entry grown = withEvidence(known.get(), evidence);
                editor.replace(grown.id(), grown);
                updated.add(editor.entry(grown.id()).orElseThrow());
            }
        }
        return new Summary(added, updated, unchanged);
    }

    private static Optional<Entry> known(DictionaryFileEditor editor, Entry learned) {
        String spun = Normalizer.normalize(learned.spun());
        String original = Normalizer.normalize(learned.preferredOriginal());
        return editor.entries().stream()
                .filter(e -> Normalizer.normalize(e.spun()).equals(spun))
                .filter(e -> e.originals().stream().map(Normalizer::normalize).anyMatch(original::equals))
                .findFirst();
    }

    /** The known evidence followed by the new, without repeats, ordered by source and line. */
    private static List<Evidence> union(List<Evidence> known, List<Evidence> learned) {
        Set<Evidence> all = new LinkedHashSet<>(known);
        all.addAll(learned);
        if (all.size() == new LinkedHashSet<>(known).size()) {
            return known;
        }
        return all.stream().sorted(Comparator.comparing(Evidence::source).thenComparingInt(Evidence::line)).toList();
    }

    private static Entry withId(Entry e, String id) {
        return new Entry(id, e.spun(), e.originals(), e.confidence(), e.conditions(), e.example(), e.evidence(), e.location());
    }

    private static Entry withEvidence(Entry e, List<Evidence> evidence) {
        return new Entry(e.id(), e.spun(), e.originals(), e.confidence(), e.conditions(), e.example(), evidence, e.location());
    }
}
