package dev.unspin.report;

import java.nio.charset.StandardCharsets;

/**
 * Names and text from files as printed on one line for people and line-reading tools: a control
 * character in a file name, or a line break inside a spun phrasing, must not start a fake line in
 * a {@code --format gcc} report or a diff header, nor send an escape sequence to the terminal.
 * The characters escaped are the C0 and C1 controls, DEL, and the bidirectional overrides and
 * isolates (which can make a name read as another).
 */
public final class PrintedText {
    private PrintedText() {
    }

    /** Whether {@code c} is escaped: a control character or a bidirectional control. */
    static boolean isUnprintable(char c) {
        return c < 0x20 || c >= 0x7F && c <= 0x9F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }

    private static boolean hasUnprintable(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isUnprintable(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text with each unprintable character written as an escape ({@code \n}, {@code \t},
     * {@code \x1b}, {@code \u202e}): for messages and phrasings, where a backslash needs no escape.
     * The same string when nothing needs escaping, as in nearly all text.
     */
    public static String escaped(String text) {
        return hasUnprintable(text) ? escape(text, false) : text;
    }

    /**
     * A file name as printed in reports and diff headers: as it is, unless it has an unprintable
     * character or starts with a double quote; then quoted the way Git quotes names, which GNU
     * patch reads back: {@code "new\nline.txt"}, with a backslash and a quote escaped and the other
     * unprintable characters as the octal escapes of their UTF-8 bytes.
     */
    public static String name(String name) {
        return hasUnprintable(name) || name.startsWith("\"") ? '"' + escape(name, true) + '"' : name;
    }

    /** Escapes as {@link #name} does inside its quotes when {@code quoted}, else as {@link #escaped}. */
    private static String escape(String text, boolean quoted) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '"', '\\' -> out.append(quoted ? "\\" : "").append(c);
                default -> {
                    if (!isUnprintable(c)) {
                        out.append(c);
                    } else if (quoted) {
                        for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                            out.append(String.format("\\%03o", b & 0xFF));
                        }
                    } else {
                        out.append(String.format(c <= 0xFF ? "\\x%02x" : "\\u%04x", (int) c));
                    }
                }
            }
        }
        return out.toString();
    }
}
