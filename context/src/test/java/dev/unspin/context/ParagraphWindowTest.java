package dev.unspin.context;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ParagraphWindowTest {
    private static final String TEXT = "first line\nsecond line here\nthird";

    @Test
    void reachesTheGivenCharactersEitherSide() {
        int start = TEXT.indexOf("line here");
        assertEquals(start - 3, ParagraphWindow.from(TEXT, start, 3));
        assertEquals(start + 4 + 3, ParagraphWindow.to(TEXT, start + 4, 3));
    }

    @Test
    void neverReachesPastALineBreak() {
        int start = TEXT.indexOf("line here");
        assertEquals(TEXT.indexOf("second"), ParagraphWindow.from(TEXT, start, 300));
        assertEquals(TEXT.indexOf("\nthird"), ParagraphWindow.to(TEXT, start, 300));
        assertEquals(TEXT.length(), ParagraphWindow.to(TEXT, TEXT.indexOf("third"), 300));
    }
}
