package dev.unspin.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Text tokens find the normalized dictionary token they stand for, on the fast path or the slow one. */
class VocabularyTest {
    private final Vocabulary vocabulary = new Vocabulary();

    private int id(String token) {
        return vocabulary.id(token.toCharArray(), 0, token.length());
    }

    @Test
    void findsTokensWhateverTheirCaseApostropheOrScript() {
        int russias = vocabulary.intern("russia's");
        int quote = vocabulary.intern("\u201C");
        int elan = vocabulary.intern("\u00E9lan");
        int sigma = vocabulary.intern("\u03C3\u03B9\u03B3\u03BC\u03B1");
        assertEquals(russias, id("Russia\u2019s"), "curly apostrophe, capital");
        assertEquals(russias, id("RUSSIA'S"));
        assertEquals(quote, id("\u201C"), "punctuation that lower-casing leaves alone");
        assertEquals(elan, id("\u00C9lan"), "a non-ASCII capital takes the slow path");
        assertEquals(elan, id("\u00E9lan"));
        assertEquals(sigma, id("\u03A3\u0399\u0393\u039C\u0391"));
        assertEquals(Vocabulary.ABSENT, id("russia"));
        assertEquals(Vocabulary.ABSENT, id("\u00E9la"));
    }

    @Test
    void theShapeFilterTurnsAwayNoTokenThatIsThere() {
        int a = vocabulary.intern("a");
        int news = vocabulary.intern("news");
        // "İ" lower-cases to two chars: "KIİ" (3 chars) is "kii̇" (4) once normalized.
        int dotted = vocabulary.intern("kii\u0307");
        assertEquals(a, id("A"));
        assertEquals(news, id("NEWS"));
        assertEquals(dotted, id("KI\u0130"));
        assertEquals(dotted, id("kii\u0307"));
        assertEquals(Vocabulary.ABSENT, id("newt"), "same shape, another word");
        assertEquals(Vocabulary.ABSENT, id("newsy"), "another shape");
        assertEquals(Vocabulary.ABSENT, id("b"));
    }

    /** Every token of a text, as the engine looks them up: by key, by the tokenizer's hash, or by its chars. */
    @Test
    void findsEveryTokenOfATextWhicheverWayItIsLookedUp() {
        String[] interned = {"the", "a", ",", "officers", "government", "information", "russia's", "u.s.", "\u201C", "2024"};
        int[] ids = new int[interned.length];
        for (int k = 0; k < interned.length; k++) {
            ids[k] = vocabulary.intern(interned[k]);
        }
        for (int k = 0; k < 200; k++) {
            vocabulary.intern("filler" + k); // the key table grows past its first size
        }
        String text = "The OFFICERS, a Government’s INFORMATION; Russia’s U.S. “2024” the";
        dev.unspin.text.TokenSpans tokens = dev.unspin.text.Tokenizer.spans(text);
        java.util.List<Integer> found = new java.util.ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            found.add(vocabulary.id(tokens, i));
        }
        int absent = Vocabulary.ABSENT;
        assertEquals(java.util.List.of(ids[0], ids[3], ids[2], ids[1], absent, ids[5], absent, ids[6], ids[7], ids[8],
                ids[9], absent, ids[0]), found);
    }
}
