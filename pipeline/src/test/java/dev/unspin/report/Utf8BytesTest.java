package dev.unspin.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8BytesTest {
    private static byte[] written(Utf8Bytes bytes) {
        ByteBuffer buffer = bytes.toByteBuffer();
        byte[] copy = new byte[buffer.remaining()];
        buffer.get(copy);
        return copy;
    }

    @Test
    void encodesAsTheJdkDoes() {
        String[] texts = {"", "plain ASCII", "we’ll", "café → Café", "emoji 😀 and more", "日本語", "ends in é"};
        Utf8Bytes bytes = new Utf8Bytes(1); // grows from the smallest buffer
        StringBuilder expected = new StringBuilder();
        for (String text : texts) {
            bytes.append(text).append('|');
            expected.append(text).append('|');
        }
        assertArrayEquals(expected.toString().getBytes(StandardCharsets.UTF_8), written(bytes));
    }

    @Test
    void writesNumbersInDecimal() {
        Utf8Bytes bytes = new Utf8Bytes(4);
        for (int n : new int[] {0, 7, 10, 99, 100, 1_234_567, Integer.MAX_VALUE}) {
            bytes.append(n).append(',');
        }
        assertArrayEquals("0,7,10,99,100,1234567,2147483647,".getBytes(StandardCharsets.US_ASCII), written(bytes));
    }
}
