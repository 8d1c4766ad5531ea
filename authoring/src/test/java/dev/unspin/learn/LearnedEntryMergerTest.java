package dev.unspin.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unspin.dictionary.DictionaryFileEditor;
import dev.unspin.dictionary.Entry;
import dev.unspin.dictionary.EntryFormatter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LearnedEntryMergerTest {
    private static final String ORIGINAL = "Mr. Blinken said at a news conference that the policy shift was real.";
    private static final String SPUN = "Mr. Blinken mentioned at a information convention that the coverage shift was real.";

    private static List<Entry> learned(String source) {
        return PairLearning.learn(List.of(new TextPair(source, ORIGINAL, SPUN)), List.of()).entries();
    }

    @Test
    void newEntriesAreAppendedAndKnownOnesOnlyGainEvidence(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.unspin");
        Files.writeString(file, "# tuned by hand\nmentioned => said ; possible ; next: at ; seen: old.txt:9\n");
        DictionaryFileEditor editor = DictionaryFileEditor.open(file);
        LearnedEntryMerger.Summary summary = LearnedEntryMerger.merge(editor, learned("a.txt"));
        editor.save();
        assertEquals(List.of("information convention", "coverage"), summary.added().stream().map(Entry::spun).toList());
        assertEquals(List.of("mentioned"), summary.updated().stream().map(Entry::spun).toList());
        assertEquals(List.of(3, 4), summary.added().stream().map(e -> e.location().line()).toList());
        assertEquals(2, summary.updated().get(0).location().line());
        assertEquals("""
                # tuned by hand
                mentioned => said ; possible ; next: at ; seen: a.txt:1 old.txt:9
                information convention => news conference ; certain ; seen: a.txt:1
                coverage => policy ; likely ; seen: a.txt:1
                """, Files.readString(file));
    }

    @Test
    void learningTheSamePairAgainChangesNothing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.unspin");
        DictionaryFileEditor first = DictionaryFileEditor.open(file);
        LearnedEntryMerger.merge(first, learned("a.txt"));
        first.save();
        String once = Files.readString(file);
        DictionaryFileEditor second = DictionaryFileEditor.open(file);
        LearnedEntryMerger.Summary summary = LearnedEntryMerger.merge(second, learned("a.txt"));
        second.save();
        assertEquals(once, Files.readString(file));
        assertEquals(3, summary.unchanged().size());
        assertEquals(0, summary.added().size() + summary.updated().size());
    }

    @Test
    void aKnownPhrasingWithAnotherOriginalIsANewEntryWithItsOwnId(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.unspin");
        Files.writeString(file, "coverage => insurance ; likely\n");
        DictionaryFileEditor editor = DictionaryFileEditor.open(file);
        LearnedEntryMerger.merge(editor, learned("a.txt"));
        Entry added = editor.entry("coverage-2").orElseThrow();
        assertEquals("coverage => policy ; likely ; id: coverage-2 ; seen: a.txt:1", EntryFormatter.format(added));
    }
}
