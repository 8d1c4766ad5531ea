package dev.unspin.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unspin.context.ResourceUnavailableException;
import dev.unspin.dictionary.Dictionary;
import dev.unspin.engine.Engine;
import dev.unspin.engine.Finding;
import dev.unspin.engine.FindingOrigin;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnginesTest {
    private static final Engine NO_ENTRIES = new Engine(Dictionary.of(List.of()));
    private static final String SPUN = "A spokesman for the White Home declined to comment on the talks.";

    @Test
    void theDictionaryAloneIsTheEngineItself() throws Exception {
        List<String> told = new ArrayList<>();
        Engine engine = Engines.withStages(NO_ENTRIES, Stages.DICTIONARY_ONLY, () -> {
            throw new AssertionError("the dictionary alone loads no model");
        }, told::add);
        assertSame(NO_ENTRIES, engine);
        assertEquals(List.of(), told);
    }

    @Test
    void aMissingContextualResourceLeavesTheDictionaryAndSaysWhy() throws Exception {
        List<String> told = new ArrayList<>();
        Engine engine = Engines.withStages(NO_ENTRIES, Stages.CONTEXTUAL, () -> {
            throw new ResourceUnavailableException("the Moby Thesaurus is not in the cache: run 'unspin fetch'", null);
        }, told::add);
        assertSame(NO_ENTRIES, engine);
        assertEquals(List.of("the contextual restorer is off, so only the dictionary restores: "
                + "the Moby Thesaurus is not in the cache: run 'unspin fetch'"), told);
    }

    @Test
    void theThesaurusProposesWhatNoEntryHolds() throws Exception {
        Engine engine = Engines.withStages(NO_ENTRIES, Stages.THESAURUS, () -> {
            throw new AssertionError("the thesaurus is not the contextual restorer");
        }, message -> {
            throw new AssertionError(message);
        });
        List<Finding> findings = engine.find(SPUN);
        assertTrue(findings.stream().anyMatch(f -> f.spun().equals("White Home") && f.replacement().equals("White House")
                && f.origin() instanceof FindingOrigin.Proposal p && p.stage() == FindingOrigin.Stage.THESAURUS), findings.toString());
    }
}
