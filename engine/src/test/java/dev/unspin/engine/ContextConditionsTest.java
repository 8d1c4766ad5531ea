package dev.unspin.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.unspin.dictionary.Confidence;
import dev.unspin.dictionary.DefaultDictionary;
import dev.unspin.dictionary.Dictionary;
import dev.unspin.dictionary.DictionaryParser;
import dev.unspin.dictionary.Entry;
import dev.unspin.nlp.LanguageAnalyzer;
import dev.unspin.nlp.OpenNlpAnalyzer;
import dev.unspin.nlp.TaggedSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Context conditions decide on real news sentences, with the shipped dictionary and OpenNLP. */
class ContextConditionsTest {
    private static final Engine ENGINE = new Engine(DefaultDictionary.load());

    private static String restore(String text) {
        return ENGINE.restore(text, Confidence.POSSIBLE).text();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Mr. Biden had made that call in recent days.                     | Mr. Biden had made that decision in recent days.
            It was a difficult call for the president, aides said.           | It was a difficult call for the president, aides said.
            Ukraine will call on its allies to send more air defenses.       | Ukraine will call on its allies to send more air defenses.
            Mr. Biden spoke with Mr. Xi in a phone call on Tuesday.          | Mr. Biden spoke with Mr. Xi in a phone call on Tuesday.
            The British call a railroad tie a sleeper.                       | The British call a railroad tie a sleeper.
            The cast stood in line for the curtain call.                     | The cast stood in line for the curtain call.
            He had not heard the Call of the wild.                           | He had not heard the Call of the wild.
            Russia may use the new bases to strike Kharkiv.                  | Russia might use the new bases to strike Kharkiv.
            Farmers hope that there may yet be rain.                         | Farmers hope that there might yet be rain.
            In the U.S. May is the month of graduations.                     | In the U.S. May is the month of graduations.
            Russia has pressed a campaign in that area since early May.      | Russia has pressed a campaign in that area since early May.
            Armed men attacked the neighborhood on May 17, killing six.      | Armed men attacked the neighborhood on May 17, killing six.
            May was the deadliest month of the war.                          | May was the deadliest month of the war.
            Theresa May said the vote would go ahead.                        | Theresa May said the vote would go ahead.
            It is aimed at their present assault on the city.                | It is aimed at their current assault on the city.
            All NATO members were present at the talks in Prague.            | All NATO members were present at the talks in Prague.
            Strikes hit radar stations that present a risk to aircraft.      | Strikes hit radar stations that present a risk to aircraft.
            He lives in the present with no thought of tomorrow.             | He lives in the present with no thought of tomorrow.
            "I have finished" is an example of the present perfect.          | "I have finished" is an example of the present perfect.
            The troops massed in the Kharkiv space for weeks.                | The troops massed in the Kharkiv area for weeks.
            The astronauts returned to Earth after six months in space.      | The astronauts returned to Earth after six months in space.
            The satellite will stay in that space for a decade, NASA said.   | The satellite will stay in that space for a decade, NASA said.
            Russia has increased navy spending on drones and missiles.       | Russia has increased military spending on drones and missiles.
            The navy moved two warships closer to the Crimean coast.         | The navy moved two warships closer to the Crimean coast.
            A spokesman for the U.S. Navy declined to comment.               | A spokesman for the U.S. Navy declined to comment.
            """)
    void restoresOnlyInTheRightContext(String text, String expected) {
        assertEquals(expected, restore(text));
    }

    @Test
    void everyContextEntryRestoresItsExample() {
        List<Entry> entries = DefaultDictionary.parseResource("context.unspin");
        assertFalse(entries.isEmpty());
        for (Entry entry : entries) {
            String example = entry.example().orElseThrow(() -> new AssertionError(entry.id() + " has no example"));
            Engine alone = new Engine(Dictionary.of(List.of(entry)));
            assertEquals(1, alone.find(example).size(), () -> entry.id() + " does not fire on its example: " + example);
        }
    }

    @Test
    void sentenceInitialFollowsSentencesNotLines() throws Exception {
        Engine engine = new Engine(Dictionary.of(DictionaryParser.parse("t.unspin",
                "however => but ; sentence-initial: no")));
        assertEquals("However, it held. It did, but it fell.",
                engine.restore("However, it held. It did, however it fell.", Confidence.POSSIBLE).text());
        assertEquals("“However, it held.”", engine.restore("“However, it held.”", Confidence.POSSIBLE).text(),
                "an opening quote does not make the word non-initial");
    }

    @Test
    void analysisRunsOnlyWhenAConditionNeedsItAndTagsOnlySentencesWithCandidates() throws Exception {
        AtomicInteger documents = new AtomicInteger();
        List<String> taggedSentences = new ArrayList<>();
        LanguageAnalyzer counting = new LanguageAnalyzer() {
            @Override
            public int[] sentenceStarts(String text) {
                documents.incrementAndGet();
                return OpenNlpAnalyzer.shared().sentenceStarts(text);
            }

            @Override
            public List<TaggedSpan> tagSentence(String text, int start, int end) {
                taggedSentences.add(text.substring(start, end).strip());
                return OpenNlpAnalyzer.shared().tagSentence(text, start, end);
            }
        };
        Engine engine = new Engine(Dictionary.of(DictionaryParser.parse("t.unspin", """
                mentioned => said ; next: on
                call => decision ; pos: NOUN
                """)), () -> counting);
        engine.find("Officials mentioned on Friday that talks had ended.");
        assertEquals(0, documents.get(), "neighbour conditions need no analysis");
        List<Finding> findings = engine.find("Officials met on Friday. That call was his, and the call stood. Talks ended.");
        assertEquals(2, findings.size());
        assertEquals(1, documents.get(), "one analysis serves every candidate in a document");
        assertEquals(List.of("That call was his, and the call stood."), taggedSentences,
                "only the sentence with candidates is tagged, and only once");
    }
}
