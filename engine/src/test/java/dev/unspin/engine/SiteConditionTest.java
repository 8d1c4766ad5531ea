package dev.unspin.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unspin.dictionary.Condition;
import dev.unspin.text.RandomTexts;
import dev.unspin.text.TokenSpans;
import dev.unspin.text.Tokenizer;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The engine's conditions over token ids must hold exactly where the dictionary's conditions over strings hold. */
class SiteConditionTest {
    private static final String[] WORDS = {"the", "The", "of", "OF", "war", "navy", "ship", "ships", ",", ".", "U.S.",
        "Biden’s", "biden's", "summit", "finish", "that", "“", "\n\n", "naval", "sea"};

    private static final List<Condition> CONDITIONS = List.of(
            new Condition.Neighbour(Condition.Side.PREVIOUS, false, Set.of("the", "of the", "u.s.")),
            new Condition.Neighbour(Condition.Side.PREVIOUS, true, Set.of("of", "biden's")),
            new Condition.Neighbour(Condition.Side.NEXT, false, Set.of("the finish", "the summit", ", that", "of")),
            new Condition.Neighbour(Condition.Side.NEXT, true, Set.of(".", ",", "that the war")),
            new Condition.Nearby(false, Set.of("naval", "ship", "sea", "white house"), 3),
            new Condition.Nearby(true, Set.of("ships", "biden's"), 1));

    @Test
    void idConditionsAgreeWithStringConditionsAtEverySite() {
        Vocabulary vocabulary = new Vocabulary();
        vocabulary.intern("war"); // a phrasing's token, as the index would hold
        List<SiteCondition> compiled = CONDITIONS.stream().map(c -> SiteCondition.of(c, vocabulary)).toList();
        Random random = new Random(20261122);
        int held = 0;
        int checked = 0;
        for (int round = 0; round < 500; round++) {
            String string = RandomTexts.of(random, WORDS, 12, " ");
            TokenSpans tokens = Tokenizer.spans(string);
            int[] ids = new int[tokens.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = vocabulary.id(tokens, i);
            }
            DocumentContext document = new DocumentContext(string, tokens, ids, () -> {
                throw new AssertionError("no condition here needs linguistic analysis");
            });
            for (int first = 0; first < ids.length; first++) {
                for (int last = first; last < Math.min(ids.length, first + 3); last++) {
                    MatchSite site = new MatchSite(document, first, last);
                    for (int c = 0; c < CONDITIONS.size(); c++) {
                        boolean expected = CONDITIONS.get(c).holds(site);
                        assertEquals(expected, compiled.get(c).holds(site),
                                CONDITIONS.get(c).source() + " at tokens " + first + ".." + last + " of \"" + string + "\"");
                        checked++;
                        held += expected ? 1 : 0;
                    }
                }
            }
        }
        assertTrue(held > checked / 10 && held < checked * 9 / 10, "both outcomes are exercised: " + held + " of " + checked);
    }
}
