package dev.unspin.thesaurus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unspin.engine.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContextFitFinderTest {
    private final ContextFitFinder finder = new ContextFitFinder();

    private List<String> replacements(String text) {
        return finder.supplement(text, List.of()).stream().map(f -> f.spun() + " → " + f.replacement()).toList();
    }

    @Test
    void restoresAWordThatFitsNeitherNeighbourWhenOneSynonymFitsBoth() {
        assertEquals(List.of("remotion → removal"), replacements("Stoltenberg pushed for the remotion of existing limits."));
        assertEquals(List.of("betwixt → between"), replacements("a common understanding betwixt the two countries"));
    }

    @Test
    void explainsWhy() {
        Finding finding = finder.supplement("pushed for the remotion of limits", List.of()).get(0);
        String reason = Thesaurus.reason(finding).orElseThrow();
        assertTrue(reason.contains("'the removal of' fits WordNet's glosses"), reason);
    }

    @Test
    void leavesWordsThatFitTheirContextAlone() {
        assertEquals(List.of(), replacements("Stoltenberg pushed for the removal of existing limits."));
        assertEquals(List.of(), replacements("a common understanding between the two countries"));
    }
}
