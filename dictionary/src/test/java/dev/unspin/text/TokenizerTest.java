package dev.unspin.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static List<String> surfaces(String text) {
        return Tokenizer.tokenize(text).stream().map(Token::text).toList();
    }

    /** Every token's offsets must cut exactly its own text out of the document. */
    private static void assertOffsetsExact(String text) {
        for (Token token : Tokenizer.tokenize(text)) {
            assertEquals(token.text(), text.substring(token.start(), token.end()), "token at " + token.start());
        }
    }

    @Test
    void curlyApostrophesStayInsideWords() {
        String text = "“Going ahead, we’ll proceed,” Mr. Blinken’s aide said.";
        assertEquals(List.of("“", "Going", "ahead", ",", "we’ll", "proceed", ",", "”", "Mr", ".", "Blinken’s",
                "aide", "said", "."), surfaces(text));
        assertOffsetsExact(text);
    }

    @Test
    void straightAndCurlyApostrophesNormalizeAlike() {
        assertEquals(Normalizer.normalize("we'll"), Tokenizer.tokenize("We’ll").get(0).normalized());
    }

    @Test
    void dottedAndHyphenatedWordsAreOneToken() {
        assertEquals(List.of("U.S.-made", "long-range", "weapons", "from", "the", "U.S.", "and", "non-U.S.-made",
                "arms", "."), surfaces("U.S.-made long-range weapons from the U.S. and non-U.S.-made arms."));
    }

    @Test
    void sentenceFinalDotIsNotPartOfAWord() {
        assertEquals(List.of("in", "Russia", "."), surfaces("in Russia."));
        assertEquals(List.of("Gen", ".", "Brown"), surfaces("Gen. Brown"));
    }

    @Test
    void numbersKeepTheirSeparators() {
        assertEquals(List.of("about", "10,000", "soldiers", ",", "2.5", "%"), surfaces("about 10,000 soldiers, 2.5%"));
    }

    @Test
    void dashesAndEllipsesAreTokensOfTheirOwn() {
        String text = "allies agreed — notably Jake — and early–warning officers … “must”";
        assertEquals(List.of("allies", "agreed", "—", "notably", "Jake", "—", "and", "early", "–", "warning",
                "officers", "…", "“", "must", "”"), surfaces(text));
        assertOffsetsExact(text);
    }

    @Test
    void nonBmpCharactersKeepUtf16Offsets() {
        String text = "🚀🇺🇦 navy officers mentioned";
        List<Token> tokens = Tokenizer.tokenize(text);
        Token navy = tokens.stream().filter(t -> t.text().equals("navy")).findFirst().orElseThrow();
        assertEquals(text.indexOf("navy"), navy.start());
        assertEquals(7, navy.start(), "three surrogate pairs and a space come first");
        assertOffsetsExact(text);
        assertEquals("🚀", tokens.get(0).text(), "a surrogate pair is one token");
    }

    @Test
    void crlfLineEndingsAreWhitespace() {
        String text = "officers\r\nmentioned\r\n";
        assertEquals(List.of("officers", "mentioned"), surfaces(text));
        assertEquals(10, Tokenizer.tokenize(text).get(1).start());
    }

    @Test
    void combiningMarksStayInTheirWord() {
        String text = "Bogdan\u0301ska said";
        assertEquals(List.of("Bogdan\u0301ska", "said"), surfaces(text));
    }

    @Test
    void gapsDistinguishSpacesFromParagraphBreaks() {
        assertEquals(Gap.NONE, Gap.between("{that", 1, 1));
        assertEquals(Gap.SPACE, Gap.between("a \r\n b", 1, 5));
        assertEquals(Gap.BREAK, Gap.between("a\n\nb", 1, 3));
    }

    /**
     * The ASCII fast path (words keyed or hashed as they are read) must end every word where the
     * general rule does, and its keys and hashes must be those of the normalized tokens; every
     * apostrophe is counted. Random text from the chars
     * the rules turn on: joiners, digits, capitals, curly apostrophes, accents, surrogate pairs.
     */
    @Test
    void fastPathAgreesWithTheGeneralRuleOnRandomText() {
        String[] pieces = {"a", "Z", "q", "7", "0", "Reporters", "governments", ".", ",", "-", "'", "\u2019", "é", "É", " ", "\n", "\r",
            "U.S.", ".-", "\u00A0", "\uD83D\uDE00", "\"", "(", "—", "\u2010", "ß", "İ", "\t"};
        Random random = new Random(20261122);
        int hashed = 0;
        int keyed = 0;
        for (int round = 0; round < 20_000; round++) {
            String string = RandomTexts.of(random, pieces, 12, "");
            TokenSpans spans = Tokenizer.spans(string);
            char[] chars = string.toCharArray();
            assertEquals(string.chars().filter(c -> c == '\'').count(), spans.straightApostrophes(), string);
            assertEquals(string.chars().filter(c -> c == '\u2019').count(), spans.curlyApostrophes(), string);
            for (int i = 0; i < spans.size(); i++) {
                String surface = string.substring(spans.start(i), spans.end(i));
                if (spans.word(i)) {
                    assertEquals(Tokenizer.wordEnd(chars, spans.start(i)), spans.end(i),
                            "end of the word at " + spans.start(i) + " in \"" + string + "\"");
                }
                if (spans.hasNormalizedHash(i)) {
                    hashed++;
                    assertEquals(Normalizer.normalize(surface).hashCode(), spans.normalizedHash(i),
                            "hash of \"" + surface + "\" in \"" + string + "\"");
                }
                if (spans.hasAsciiKey(i)) {
                    keyed++;
                    assertEquals(TokenSpans.asciiKey(Normalizer.normalize(surface)), spans.asciiKey(i),
                            "key of \"" + surface + "\" in \"" + string + "\"");
                }
            }
        }
        assertTrue(keyed > 10_000 && hashed > 1_000, "the fast path ran: " + keyed + " keyed, " + hashed + " hashed tokens");
    }

    @Test
    void asciiKeysDifferForEveryShortAsciiStringAndRefuseTheRest() {
        java.util.Set<Long> keys = new java.util.HashSet<>();
        String[] strings = {"a", "b", "aa", "ab", "ba", "\0a", "a\0", "said", "officers", "zzzzzzzz", "\u007F", ","};
        for (String s : strings) {
            assertTrue(keys.add(TokenSpans.asciiKey(s)), s);
            assertTrue(TokenSpans.asciiKey(s) >= 0, s);
        }
        assertEquals(-1, TokenSpans.asciiKey(""));
        assertEquals(-1, TokenSpans.asciiKey("ninechars"));
        assertEquals(-1, TokenSpans.asciiKey("caf\u00e9"));
    }
}
