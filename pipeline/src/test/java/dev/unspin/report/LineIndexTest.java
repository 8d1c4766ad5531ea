package dev.unspin.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LineIndexTest {
    @Test
    void countsLinesAcrossEveryKindOfLineEnd() {
        String text = "one\ntwo\r\nthree\rfour";
        LineIndex lines = new LineIndex(text);
        assertEquals(new Position(1, 1), lines.position(0));
        assertEquals(new Position(2, 1), lines.position(text.indexOf("two")));
        assertEquals(new Position(3, 2), lines.position(text.indexOf("hree")));
        assertEquals(new Position(4, 3), lines.position(text.indexOf("ur")));
        assertEquals(new Position(4, 5), lines.position(text.length()));
    }

    @Test
    void columnsCountCodePointsNotUtf16Units() {
        String text = "😀é x";
        LineIndex lines = new LineIndex(text);
        assertEquals(new Position(1, 4), lines.position(text.indexOf('x')));
    }

    @Test
    void onlyLinesWithSurrogatePairsCountCodePointsApart() {
        String text = "plain line\nan \uD83D\uDE00 emoji x\nplain again y";
        LineIndex lines = new LineIndex(text);
        assertEquals(new Position(1, 7), lines.position(text.indexOf("line")));
        assertEquals(new Position(2, 12), lines.position(text.indexOf('x')));
        assertEquals(new Position(3, 13), lines.position(text.indexOf('y')));
    }

    @Test
    void aPositionAfterAFinalNewlineIsOnANewLine() {
        assertEquals(new Position(2, 1), new LineIndex("a\n").position(2));
    }

    @Test
    void refusesOffsetsOutsideTheText() {
        assertThrows(IndexOutOfBoundsException.class, () -> new LineIndex("ab").position(3));
    }

    /** Positions asked for in any order, as after a run of findings in text order, are the same. */
    @Test
    void positionsDoNotDependOnTheOrderTheyAreAskedIn() {
        String text = "one\ntwo\n\nfour lines\r\nand a fifth";
        LineIndex inOrder = new LineIndex(text);
        java.util.List<Position> expected = new java.util.ArrayList<>();
        for (int offset = 0; offset <= text.length(); offset++) {
            expected.add(inOrder.position(offset));
        }
        LineIndex shuffled = new LineIndex(text);
        java.util.Random random = new java.util.Random(7);
        for (int k = 0; k < 500; k++) {
            int offset = random.nextInt(text.length() + 1);
            assertEquals(expected.get(offset), shuffled.position(offset), "offset " + offset);
        }
        assertEquals(new Position(3, 1), expected.get(text.indexOf("\n\n") + 1), "an empty line");
    }
}
