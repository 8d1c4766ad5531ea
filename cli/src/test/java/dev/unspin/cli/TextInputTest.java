package dev.unspin.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextInputTest {
    @Test
    void aByteOrderMarkIsDroppedFromTheTextAndKeptOnRewrite() throws Exception {
        byte[] bytes = "\uFEFFhe mentioned".getBytes(StandardCharsets.UTF_8);
        TextInput.Document document = TextInput.decode(bytes, "a.txt");
        assertEquals("he mentioned", document.text());
        assertArrayEquals("\uFEFFhe said".getBytes(StandardCharsets.UTF_8), document.encode("he said"));
        assertArrayEquals("x".getBytes(StandardCharsets.UTF_8), TextInput.decode("plain".getBytes(StandardCharsets.UTF_8), "b").encode("x"));
    }

    @Test
    void binaryAndInvalidUtf8AreRefusedWithTheirPlace() {
        TextInput.UnreadableInput binary = assertThrows(TextInput.UnreadableInput.class,
                () -> TextInput.decode(new byte[] {'a', 0, 'b'}, "x.bin"));
        assertEquals("x.bin:1:2: looks binary (NUL byte at byte offset 1)", binary.getMessage());
        TextInput.UnreadableInput later = assertThrows(TextInput.UnreadableInput.class,
                () -> TextInput.decode("one\nd\u00e9j\u00e0\0".getBytes(StandardCharsets.UTF_8), "y.txt"));
        assertEquals("y.txt:2:5: looks binary (NUL byte at byte offset 10)", later.getMessage(), "columns count characters, not bytes");
        TextInput.UnreadableInput latin1 = assertThrows(TextInput.UnreadableInput.class,
                () -> TextInput.decode("a\ncaf\u00e9".getBytes(StandardCharsets.ISO_8859_1), "l.txt"));
        assertTrue(latin1.getMessage().startsWith("l.txt:2:4: invalid UTF-8"), latin1.getMessage());
    }
}
