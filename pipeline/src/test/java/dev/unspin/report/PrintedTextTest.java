package dev.unspin.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class PrintedTextTest {
    @Test
    void ordinaryNamesAndTextArePrintedAsTheyAre() {
        String name = "dir/Ünïcödé story (2024) back\\slash.txt";
        assertSame(name, PrintedText.name(name));
        assertSame(name, PrintedText.escaped(name));
    }

    @Test
    void aNameWithControlCharactersIsQuotedAsGitQuotesIt() {
        assertEquals("\"new\\nline\\t\\\"q\\\" \\\\.txt\"", PrintedText.name("new\nline\t\"q\" \\.txt"));
        assertEquals("\"esc\\033[31m\\302\\233.txt\"", PrintedText.name("esc\u001b[31m\u009b.txt"));
        assertEquals("\"\\342\\200\\256txt.exe\"", PrintedText.name("\u202Etxt.exe"), "a right-to-left override");
        assertEquals("\"\\\"quoted\\\"\"", PrintedText.name("\"quoted\""), "a name that would read as quoted is quoted");
    }

    @Test
    void messagesAndPhrasingsGetEscapesButNoQuotes() {
        assertEquals("navy\\nofficers", PrintedText.escaped("navy\nofficers"));
        assertEquals("a\\r\\x1b[2J\\x7f\\u2066b \\ c", PrintedText.escaped("a\r\u001b[2J\u007f\u2066b \\ c"));
    }
}
