package dev.unspin.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MobyThesaurusTest {
    @TempDir
    Path folder;

    private MobyThesaurus read(String words) throws IOException {
        Path file = folder.resolve("words.txt");
        Files.writeString(file, words, StandardCharsets.UTF_8);
        return MobyThesaurus.read(file);
    }

    @Test
    void relatesTermsInBothDirections() throws IOException {
        MobyThesaurus moby = read("say,mention,state\nassault,attack\n");
        assertEquals(List.of("mention", "state"), moby.neighbours("say"));
        assertEquals(List.of("say"), moby.neighbours("mention"), "a head's line lists the term, so the head is its neighbour");
        assertEquals(List.of("assault"), moby.neighbours("attack"));
        assertTrue(moby.contains("state"));
        assertEquals(5, moby.size());
    }

    @Test
    void keepsEachNeighbourOnceAndNeverTheTermItself() throws IOException {
        MobyThesaurus moby = read("say,mention,mention,say,state\nmention,say,note\n");
        assertEquals(List.of("mention", "state"), moby.neighbours("say"));
        assertEquals(List.of("say", "note"), moby.neighbours("mention"));
    }

    @Test
    void readsTermsInLowerCaseWithPhrasesAndSkipsBlankLinesAndFields() throws IOException {
        MobyThesaurus moby = read("Use, make use of ,,employ\n\nutilize,use\n");
        assertEquals(List.of("make use of", "employ", "utilize"), moby.neighbours("use"));
        assertEquals(List.of("use"), moby.neighbours("make use of"));
        assertFalse(moby.contains("Use"), "terms are kept in lower case");
    }

    @Test
    void knowsNothingOfATermItLacks() throws IOException {
        MobyThesaurus moby = read("say,mention\n");
        assertFalse(moby.contains("assault"));
        assertEquals(List.of(), moby.neighbours("assault"));
    }

    @Test
    void failsOnALineWithoutCommasNamingTheFileAndLine() throws IOException {
        Path file = folder.resolve("words.txt");
        Files.writeString(file, "say,mention\n\nassault\n", StandardCharsets.UTF_8);
        IOException e = assertThrows(IOException.class, () -> MobyThesaurus.read(file));
        assertTrue(e.getMessage().startsWith(file + ":3:1: "), e.getMessage());
    }

    @Test
    void theRealThesaurusRelatesMentionToSay() {
        MobyThesaurus moby = RealResources.moby();
        assertTrue(moby.neighbours("mention").contains("say"));
        assertTrue(moby.neighbours("say").contains("mention"));
        assertTrue(moby.size() > 100_000, "the whole thesaurus: " + moby.size() + " terms");
    }
}
