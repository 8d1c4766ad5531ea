package dev.unspin.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unspin.corpus.CleanCorpus;
import dev.unspin.corpus.CleanText;
import dev.unspin.dictionary.Condition;
import dev.unspin.dictionary.DefaultDictionary;
import dev.unspin.dictionary.Entry;
import dev.unspin.dictionary.EntryFormatter;
import dev.unspin.learn.PairLearning;
import dev.unspin.learn.TextPair;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Learning from the seeds' own pairs (each spun seed and its reference restoration), with the
 * clean seeds as clean corpus, reproduces the shipped seed dictionary entry for entry, as
 * {@code unspin dict learn --original seeds/restored --spun seeds/spun} does.
 */
class SeedRoundTripTest {

    @Test
    void learningFromTheSeedsReproducesTheShippedSeedEntries() throws Exception {
        List<TextPair> pairs = new ArrayList<>();
        for (Path spun : Seeds.spun()) {
            pairs.add(new TextPair(spun.getFileName().toString(), Seeds.read(Seeds.restored(spun)), Seeds.read(spun)));
        }
        List<CleanText> clean = CleanCorpus.read(List.of(Seeds.ROOT.resolve("clean"), Seeds.ROOT.resolve("corpus-clean")));
        List<Entry> learned = PairLearning.learn(pairs, clean.stream().map(CleanText::text).toList()).entries();
        List<Entry> shipped = DefaultDictionary.parseResource("seeds.unspin");
        assertTrue(shipped.size() > 200, "the seed dictionary is all there: " + shipped.size());

        List<String> differences = differences(byId(learned), byId(shipped));
        differences.forEach(System.out::println);
        assertEquals(List.of(), differences, differences.size() + " entries differ between learning and seeds.unspin");
    }

    private static Map<String, Entry> byId(List<Entry> entries) {
        Map<String, Entry> byId = new LinkedHashMap<>();
        entries.forEach(e -> byId.put(e.id(), e));
        return byId;
    }

    /** One line per entry that is learned but not shipped, shipped but not learned, or different. */
    private static List<String> differences(Map<String, Entry> learned, Map<String, Entry> shipped) {
        List<String> differences = new ArrayList<>();
        learned.forEach((id, entry) -> {
            Entry mine = shipped.get(id);
            if (mine == null) {
                differences.add("learned but not shipped: " + EntryFormatter.format(entry));
            } else {
                List<String> fields = new ArrayList<>();
                compare(fields, "spun", entry.spun(), mine.spun());
                compare(fields, "originals", entry.originals(), mine.originals());
                compare(fields, "confidence", entry.confidence(), mine.confidence());
                compare(fields, "conditions", conditions(entry), conditions(mine));
                compare(fields, "evidence", entry.evidence().stream().distinct().toList(),
                        mine.evidence().stream().distinct().toList());
                if (!fields.isEmpty()) {
                    differences.add(mine.location() + ": entry '" + id + "' differs: " + String.join("; ", fields));
                }
            }
        });
        shipped.forEach((id, entry) -> {
            if (!learned.containsKey(id)) {
                differences.add(entry.location() + ": shipped but not learned: " + EntryFormatter.format(entry));
            }
        });
        return differences;
    }

    private static List<String> conditions(Entry entry) {
        return entry.conditions().stream().map(Condition::source).sorted().toList();
    }

    private static void compare(List<String> fields, String name, Object learned, Object shipped) {
        if (!Objects.equals(learned, shipped)) {
            fields.add(name + " learned " + learned + ", shipped " + shipped);
        }
    }
}
