package dev.unspin.engine;

import java.util.Locale;

/**
 * Carries the capitalisation and apostrophe style of a spun phrasing in the text over to its
 * replacement: "Mentioned" gives "Said", "MENTIONED" gives "SAID", "Information Convention" gives
 * "News Conference", and a curly apostrophe stays curly.
 */
public final class CaseTransfer {
    private CaseTransfer() {
    }

    /** A single word written like {@code surface}: all capitals, capitalised, or as given. */
    public static String likeWord(String surface, String word) {
        if (isAllUpper(surface)) {
            return word.toUpperCase(Locale.ROOT);
        }
        return startsUpper(surface) ? capitalize(word) : word;
    }

    static String apply(String surface, String dictionarySpun, String replacement) {
        if (isAllUpper(surface) && !isAllUpper(dictionarySpun)) {
            return replacement.toUpperCase(Locale.ROOT);
        } else if (startsUpper(surface) && !startsUpper(dictionarySpun)) {
            return isTitleCase(surface) ? titleCase(replacement) : capitalize(replacement);
        }
        return replacement;
    }

    private static boolean isAllUpper(String s) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters > 1;
    }

    private static boolean startsUpper(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isUpperCase(c);
            }
        }
        return false;
    }

    /** Several words (separated by ASCII whitespace), each starting with a capital, as in a headline. */
    private static boolean isTitleCase(String s) {
        int words = 0;
        int i = 0;
        while (i < s.length()) {
            if (isAsciiWhitespace(s.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < s.length() && !isAsciiWhitespace(s.charAt(end))) {
                end++;
            }
            if (!startsUpper(s.substring(i, end))) {
                return false;
            }
            words++;
            i = end;
        }
        return words >= 2;
    }

    private static boolean isAsciiWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static String capitalize(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return s.substring(0, i) + Character.toUpperCase(s.charAt(i)) + s.substring(i + 1);
            }
        }
        return s;
    }

    private static String titleCase(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean wordStart = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(wordStart && Character.isLetter(c) ? Character.toUpperCase(c) : c);
            wordStart = Character.isWhitespace(c);
        }
        return out.toString();
    }
}
