package dev.unspin.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Random;
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

    /** Lines worked out from the UTF-8 bytes must be those worked out from the text, at every offset. */
    @Test
    void linesFromUtf8BytesAgreeWithLinesFromTheText() {
        String[] pieces = {"a", "Z", " ", "\n", "\r", "\r\n", "é", "’", "—", "\uD83D\uDE00", "\u2028", "\u00A0", "x"};
        Random random = new Random(20261122);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(20); k >= 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String string = text.toString();
            boolean withMark = random.nextBoolean();
            byte[] body = string.getBytes(StandardCharsets.UTF_8);
            byte[] bytes = new byte[body.length + (withMark ? 3 : 0)];
            if (withMark) {
                bytes[0] = (byte) 0xEF;
                bytes[1] = (byte) 0xBB;
                bytes[2] = (byte) 0xBF;
            }
            System.arraycopy(body, 0, bytes, withMark ? 3 : 0, body.length);
            LineIndex fromText = new LineIndex(string);
            LineIndex fromBytes = LineIndex.ofUtf8(string, bytes, withMark ? 3 : 0);
            for (int offset = 0; offset <= string.length(); offset++) {
                assertEquals(fromText.position(offset), fromBytes.position(offset), "offset " + offset + " of " + string);
            }
        }
    }

    @Test
    void refusesBytesThatAreNotTheText() {
        assertThrows(IllegalArgumentException.class, () -> LineIndex.ofUtf8("ab", "abc".getBytes(StandardCharsets.UTF_8), 0));
    }
}
