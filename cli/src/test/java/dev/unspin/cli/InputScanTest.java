package dev.unspin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unspin.report.LineIndex;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InputScanTest {
    /** Where the JDK's strict decoder finds the first malformed byte, or -1. */
    private static int jdkFirstMalformed(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CoderResult result = decoder.decode(in, CharBuffer.allocate(bytes.length + 1), true);
        return result.isError() ? in.position() : -1;
    }

    /** Random bytes, most around the edges of the UTF-8 table: the scan must judge them as the JDK does. */
    @Test
    void findsTheFirstMalformedByteWhereTheJdkDecoderDoes() {
        int[] edges = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1,
            0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF, '\n', '\r'};
        Random random = new Random(20261122);
        int malformed = 0;
        for (int round = 0; round < 200_000; round++) {
            byte[] bytes = new byte[random.nextInt(7)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (random.nextInt(4) == 0 ? random.nextInt(256) : edges[random.nextInt(edges.length)]);
            }
            int expected = jdkFirstMalformed(bytes);
            assertEquals(expected, new InputScan(bytes, 0).firstMalformed, () -> java.util.HexFormat.of().formatHex(bytes));
            malformed += expected >= 0 ? 1 : 0;
        }
        assertTrue(malformed > 10_000 && malformed < 190_000, "both outcomes are exercised: " + malformed);
    }

    /** Lines found in the bytes must be those found in the decoded text, at every offset. */
    @Test
    void linesFromTheBytesAgreeWithLinesFromTheText() throws Exception {
        String[] pieces = {"a", "Z", " ", "\n", "\r", "\r\n", "é", "’", "—", "\uD83D\uDE00", "\u2028", "\u00A0", "x"};
        Random random = new Random(20261122);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder(random.nextBoolean() ? "\uFEFF" : "");
            for (int k = random.nextInt(20); k >= 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            TextInput.Document document = TextInput.decode(text.toString().getBytes(StandardCharsets.UTF_8), "t.txt");
            String string = document.text();
            LineIndex fromText = new LineIndex(string);
            for (int offset = 0; offset <= string.length(); offset++) {
                assertEquals(fromText.position(offset), document.lines().position(offset), "offset " + offset + " of " + string);
            }
        }
    }
}
