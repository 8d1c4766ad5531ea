package dev.unspin.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into {@link Token}s with exact UTF-16 offsets. Whitespace separates tokens and is
 * not returned; every other character belongs to exactly one token. Surrogate pairs (emoji and
 * other non-BMP characters) are never split.
 */
public final class Tokenizer {
    private static final byte SPACE = 0;
    private static final byte LETTER_OR_DIGIT = 1;
    private static final byte OTHER = 2;
    /** Punctuation that joins word chars on both sides (see {@link #isJoiner}). */
    private static final byte JOINER = 3;
    /** What each ASCII char is, looked up rather than tested: the tokenizer's inner loop reads every char. */
    private static final byte[] ASCII_KINDS = new byte[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII_KINDS[c] = isWordChar(c) ? LETTER_OR_DIGIT : isSpace(c) ? SPACE : isJoiner(c) ? JOINER : OTHER;
        }
    }

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

    /**
     * The tokens' offsets only, with no strings made: the engine's fast path. A word of ASCII
     * letters and digits, most of any English text, is keyed or hashed as it is read (see
     * {@link TokenSpans#asciiKey(int)}), so looking it up does not read its chars again.
     */
    public static TokenSpans spans(String string) {
        // A char array: String.charAt on text with any non-Latin-1 character checks bounds twice.
        char[] text = string.toCharArray();
        int length = text.length;
        TokenSpans spans = new TokenSpans(text, Math.max(16, length / 5)); // news prose: ~5 chars per token
        int i = 0;
        while (i < length) {
            char c = text[i];
            if (c < 0x80) { // ASCII: no code point decoding
                byte kind = ASCII_KINDS[c];
                if (kind == LETTER_OR_DIGIT) {
                    i = asciiWord(text, i, spans);
                } else {
                    if (kind != SPACE) {
                        spans.add(i, i + 1, TokenSpans.KEYED, TokenSpans.asciiKey(c, 1)); // it normalizes to itself
                        if (c == '\'') {
                            spans.straightApostrophes++;
                        }
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
                i = generalWord(text, i, spans);
            } else {
                spans.add(i, i + size, 0, 0);
                if (cp == '\u2019') {
                    spans.curlyApostrophes++;
                }
                i += size;
            }
        }
        return spans;
    }

    /**
     * Adds the word starting with an ASCII letter or digit at {@code start}, returning its end.
     * Letters and digits are hashed in one pass; a word that goes on past them (a joiner with a
     * word char after it, a non-ASCII char) is left to {@link #wordEnd}.
     */
    private static int asciiWord(char[] text, int start, TokenSpans spans) {
        int length = text.length;
        long packed = 0;
        int i = start;
        while (i < length) {
            char c = text[i];
            if (c >= 0x80 || ASCII_KINDS[c] != LETTER_OR_DIGIT) {
                break;
            }
            packed = packed << 7 | (c | 0x20); // lower-cases an ASCII letter; a digit has the bit already
            i++;
        }
        if (i < length && continuesWord(text, i)) {
            return generalWord(text, start, spans);
        }
        if (i - start <= TokenSpans.KEY_CHARS) {
            spans.add(start, i, TokenSpans.WORD | TokenSpans.KEYED, TokenSpans.asciiKey(packed, i - start));
        } else { // a long word, hashed in a second pass: most words are short
            int hash = 0;
            for (int k = start; k < i; k++) {
                hash = 31 * hash + (text[k] | 0x20);
            }
            spans.add(start, i, TokenSpans.WORD | TokenSpans.HASHED, hash);
        }
        return i;
    }

    /**
     * Adds the word starting at {@code start} by the general rule, returning its end, and counts
     * its apostrophes: the fast path's words have none, so every apostrophe in a word is seen here.
     */
    private static int generalWord(char[] text, int start, TokenSpans spans) {
        int end = wordEnd(text, start);
        spans.add(start, end, TokenSpans.WORD, 0);
        for (int i = start; i < end; i++) {
            if (text[i] == '\'') {
                spans.straightApostrophes++;
            } else if (text[i] == '\u2019') {
                spans.curlyApostrophes++;
            }
        }
        return end;
    }

    /**
     * Whether the char after a run of ASCII letters and digits may belong to the word: false for
     * a space or ASCII punctuation with no word char after it, the common cases, which
     * {@link #wordEnd} would also stop at.
     */
    private static boolean continuesWord(char[] text, int i) {
        char c = text[i];
        if (c >= 0x80) {
            return true;
        }
        if (ASCII_KINDS[c] != JOINER || i + 1 == text.length) {
            return false;
        }
        char next = text[i + 1];
        return next >= 0x80 || ASCII_KINDS[next] == LETTER_OR_DIGIT || (c == '.' && next == '-');
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

    /** Where the word starting at {@code start} ends: the general rule, for any text. */
    static int wordEnd(char[] text, int start) {
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
