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
        List<Token> tokens = new ArrayList<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            int cp = Character.codePointAt(text, i);
            int size = Character.charCount(cp);
            if (cp == ' ' || Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                i += size;
            } else if (isWordChar(cp)) {
                int end = wordEnd(text, i);
                tokens.add(token(text, i, end, true));
                i = end;
            } else {
                tokens.add(token(text, i, i + size, false));
                i += size;
            }
        }
        return tokens;
    }

    private static Token token(CharSequence text, int start, int end, boolean word) {
        String surface = text.subSequence(start, end).toString();
        return new Token(start, end, surface, Normalizer.normalize(surface), word);
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

    private static int wordEnd(CharSequence text, int start) {
        int length = text.length();
        int i = start;
        while (i < length) {
            int cp = Character.codePointAt(text, i);
            if (isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            char c = text.charAt(i);
            if (!isJoiner(c)) {
                break;
            }
            if (c == ',' && !(isDigitAt(text, i - 1) && isDigitAt(text, i + 1))) {
                break; // commas join only digit groups, as in 10,000
            }
            if (c == '.' && i + 2 < length && text.charAt(i + 1) == '-' && isWordCharAt(text, i + 2)) {
                i += 2; // "U.S.-made"
                continue;
            }
            if (!isWordCharAt(text, i + 1)) {
                break;
            }
            i++;
        }
        if (i < length && text.charAt(i) == '.' && isInitialism(text, start, i)) {
            i++; // the closing dot of "U.S." belongs to the word
        }
        return i;
    }

    /** Single letters separated by dots, as "U.S" or "a.m", whose final dot is part of the word. */
    private static boolean isInitialism(CharSequence text, int start, int end) {
        int n = end - start;
        if (n < 3 || n % 2 == 0) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            char c = text.charAt(start + k);
            if (k % 2 == 0 ? !Character.isLetter(c) : c != '.') {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordCharAt(CharSequence text, int i) {
        return i >= 0 && i < text.length() && isWordChar(Character.codePointAt(text, i));
    }

    private static boolean isDigitAt(CharSequence text, int i) {
        return i >= 0 && i < text.length() && Character.isDigit(text.charAt(i));
    }
}
