package dev.unspin.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unspin.dictionary.Confidence;
import dev.unspin.dictionary.Entry;
import dev.unspin.dictionary.Evidence;
import dev.unspin.dictionary.SourceLocation;
import dev.unspin.engine.Finding;
import dev.unspin.engine.FindingOrigin;
import dev.unspin.engine.FindingSupplement;
import dev.unspin.thesaurus.Thesaurus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * How the stage weighs the thesaurus's broken names (the real WordNet names finder and news model)
 * against the document's evidence, which the finder's findings are part of.
 */
class ContextualStageTest {
    private static final String TEXT = "Officials at the White Home mentioned on Friday that the talks had been lengthy and onerous, "
            + "and that the army officers would collect again earlier than the vote.";
    /** Clean prose, so that one proposal in the whole is too little to say the text was spun. */
    private static final String MORE = " The foreign ministers met in Prague for two days. They discussed the war, the weapons"
            + " that allies have sent, and the limits that some of them have set on their use. Several ministers said"
            + " that the limits should be reconsidered, while others warned that the risk of escalation remained high.";

    /** A finder that proposes every word of the given list where it occurs, as the contextual finder proposes a spun form. */
    private static FindingSupplement finderOf(List<String> words) {
        return (text, found) -> {
            List<Finding> all = new ArrayList<>(found);
            for (String word : words) {
                Matcher m = Pattern.compile("\\b" + word + "\\b").matcher(text);
                while (m.find()) {
                    String why = "'" + word + "' looks spun";
                    Entry entry = new Entry(Thesaurus.ID_PREFIX + "context-" + word, word, List.of("x"), Confidence.LIKELY, List.of(),
                            Optional.empty(), List.of(new Evidence(why, 0)), new SourceLocation("test", 0, 0));
                    all.add(new Finding(m.start(), m.end(), word, List.of("x"), entry,
                            new FindingOrigin.Proposal(FindingOrigin.Stage.CONTEXTUAL, why)));
                }
            }
            return all;
        };
    }

    /** Likelier synonyms as the thesaurus proposes them: here one, 'lengthy' → 'long', wherever it occurs. */
    private static final FindingSupplement LONG = (text, found) -> {
        List<Finding> all = new ArrayList<>(found);
        all.addAll(finderOf(List.of("lengthy")).supplement(text, List.of()));
        return all;
    };

    private static List<String> replacements(List<Finding> findings) {
        return findings.stream().map(f -> f.spun() + " → " + f.replacements().get(0)).toList();
    }

    @Test
    void keepsABrokenNameWhenTheFindersFindingsSayTheTextIsSpun() throws Exception {
        FindingSupplement stage = ContextualStage.of((text, found) -> found,
                finderOf(List.of("mentioned", "lengthy", "onerous", "army", "officers", "collect")), Thesaurus.names(), (text, found) -> found);
        List<Finding> findings = stage.supplement(TEXT, List.of());
        assertTrue(replacements(findings).contains("White Home → White House"), replacements(findings).toString());
        assertEquals(7, findings.size());
    }

    @Test
    void dropsTheBrokenNameInTextThatLooksClean() throws Exception {
        FindingSupplement stage = ContextualStage.of((text, found) -> found, finderOf(List.of()), Thesaurus.names(), (text, found) -> found);
        String text = TEXT + MORE + MORE;
        assertTrue(Thesaurus.names().supplement(text, List.of()).size() == 1, "the names finder proposes the name");
        assertEquals(List.of(), stage.supplement(text, List.of()), "one proposal in 140 words is no evidence of spinning");
    }

    @Test
    void addsTheLikelierSynonymsInTextTheFindingsJudgeSpun() throws Exception {
        FindingSupplement stage = ContextualStage.of((text, found) -> found,
                finderOf(List.of("mentioned", "onerous", "army", "officers", "collect")), Thesaurus.names(), LONG);
        List<Finding> findings = stage.supplement(TEXT, List.of());
        assertTrue(replacements(findings).contains("lengthy → x"), replacements(findings).toString());
        assertEquals(7, findings.size());
    }

    @Test
    void leavesTheLikelierSynonymsOutOfTextThatLooksUnclear() throws Exception {
        FindingSupplement stage = ContextualStage.of((text, found) -> found, finderOf(List.of("onerous")), Thesaurus.names(), LONG);
        List<String> replacements = replacements(stage.supplement(TEXT + MORE + MORE, List.of()));
        assertTrue(replacements.contains("White Home → White House"), "two proposals in 140 words leave it unclear: " + replacements);
        assertEquals(2, replacements.size(), replacements.toString());
    }
}
