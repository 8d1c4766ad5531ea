package dev.unspin.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into {@link Token}s with exact UTF-16 offsets. Whitespace separates tokens and is
 * not returned; every other character belongs to exactly one token. Surrogate pairs (emoji and
 * other non-BMP characters) are never split.
 */
public final class Tokenizer {
    private Tokenizer() {
    }

    public static List<Token> tokenize(CharSequence text) {
        String string = text.toString();
        TokenSpans spans = spans(string);
        List<Token> tokens = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            String surface = string.substring(spans.start(i), spans.end(i));
            tokens.add(new Token(spans.start(i), spans.end(i), surface, Normalizer.normalize(surface), spans.word(i)));
        }
        return tokens;
    }

    /** The tokens' offsets only, with no strings made: the engine's fast path. */
    public static TokenSpans spans(String string) {
        // A char array: String.charAt on text with any non-Latin-1 character checks bounds twice.
        char[] text = string.toCharArray();
        int length = text.length;
        TokenSpans spans = new TokenSpans(text, Math.max(16, length / 5)); // news prose: ~5 chars per token
        int i = 0;
        while (i < length) {
            char c = text[i];
            if (c < 0x80) { // ASCII, most of any English text: no code point decoding
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                    int end = wordEnd(text, i);
                    spans.add(i, end, true);
                    i = end;
                } else {
                    if (!isSpace(c)) {
                        spans.add(i, i + 1, false);
                    }
                    i++;
                }
                continue;
            }
            int cp = Character.codePointAt(text, i);
            int size = Character.charCount(cp);
            if (isSpace(cp)) {
                i += size;
            } else if (isWordChar(cp)) {
                int end = wordEnd(text, i);
                spans.add(i, end, true);
                i = end;
            } else {
                spans.add(i, i + size, false);
                i += size;
            }
        }
        return spans;
    }

    private static boolean isSpace(int cp) {
        return cp == ' ' || Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    static boolean isWordChar(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** Apostrophes, hyphens, dots and digit commas join word characters on both sides. */
    private static boolean isJoiner(char c) {
        return switch (c) {
            case '\'', '\u2019', '-', '\u2010', '\u2011', '.', ',' -> true;
            default -> false;
        };
    }

    private static int wordEnd(char[] text, int start) {
        int length = text.length;
        int i = start;
        while (i < length) {
            char c = text[i];
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                i++;
                continue;
            }
            if (c >= 0x80) {
                int cp = Character.codePointAt(text, i);
                if (isWordChar(cp)) {
                    i += Character.charCount(cp);
                    continue;
                }
            }
            if (!isJoiner(c)) {
                break;
            }
            if (c == ',' && !(isDigitAt(text, i - 1) && isDigitAt(text, i + 1))) {
                break; // commas join only digit groups, as in 10,000
            }
            if (c == '.' && i + 2 < length && text[i + 1] == '-' && isWordCharAt(text, i + 2)) {
                i += 2; // "U.S.-made"
                continue;
            }
            if (!isWordCharAt(text, i + 1)) {
                break;
            }
            i++;
        }
        if (i < length && text[i] == '.' && isInitialism(text, start, i)) {
            i++; // the closing dot of "U.S." belongs to the word
        }
        return i;
    }

    /** Single letters separated by dots, as "U.S" or "a.m", whose final dot is part of the word. */
    private static boolean isInitialism(char[] text, int start, int end) {
        int n = end - start;
        if (n < 3 || n % 2 == 0) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            char c = text[start + k];
            if (k % 2 == 0 ? !Character.isLetter(c) : c != '.') {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordCharAt(char[] text, int i) {
        return i >= 0 && i < text.length && isWordChar(Character.codePointAt(text, i));
    }

    private static boolean isDigitAt(char[] text, int i) {
        return i >= 0 && i < text.length && Character.isDigit(text[i]);
    }
}
