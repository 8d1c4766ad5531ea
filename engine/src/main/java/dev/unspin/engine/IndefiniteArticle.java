package dev.unspin.engine;

import dev.unspin.text.Gap;
import dev.unspin.text.TokenSpans;
import java.util.List;
import java.util.Locale;

/**
 * "A" or "an" before a phrasing: the article follows the sound the next word begins with, which
 * a restoration can change ("an information convention" was "a news conference"). The sound is
 * judged from the spelling, with the common exceptions: a silent h ("an hour"), a vowel sounded
 * as a consonant ("a university", "a one-off"), and initialisms of two or three capitals read
 * letter by letter ("an FBI agent"; longer ones are read as words, "a NATO summit"), unless the
 * whole phrasing is in capitals ("A NEWS CONFERENCE").
 */
final class IndefiniteArticle {
    private static final String[] SILENT_H = {"hour", "honest", "honor", "honour", "heir"};
    private static final String[] CONSONANT_SOUND = {"uni", "use", "usu", "uti", "ure", "euro", "eu", "one", "once", "ubiq", "uran"};
    /** Letters whose names begin with a vowel sound: "an F-16", "an MP". */
    private static final String VOWEL_NAMED_LETTERS = "aefhilmnorsx";

    private IndefiniteArticle() {
    }

    /**
     * The finding with the "a" or "an" before it taken in, its replacements each with the article
     * they take, when one of them needs the other article: restoring "an information convention"
     * then gives "a news conference". Otherwise the finding as it is.
     *
     * @param first the finding's first token
     * @param free  the first token no earlier finding covers: an article inside one is not this finding's
     */
    static Finding takeIn(DocumentContext document, Finding finding, int first, int free) {
        List<String> replacements = finding.replacements();
        int article = before(document, first, finding.spun(), replacements);
        if (article < free) {
            return finding;
        }
        TokenSpans tokens = document.tokens();
        String text = document.text();
        int articleStart = tokens.start(article);
        String written = text.substring(articleStart, tokens.end(article));
        String between = text.substring(tokens.end(article), finding.start());
        boolean shouted = shouted(finding.spun());
        String[] withArticles = new String[replacements.size()];
        for (int k = 0; k < withArticles.length; k++) {
            withArticles[k] = before(firstWord(replacements.get(k)), written, shouted) + between + replacements.get(k);
        }
        return finding.moved(articleStart, finding.end(), text.substring(articleStart, finding.end()), List.of(withArticles));
    }

    /**
     * The token of an "a" or "an" just before token {@code first} that agrees with the spun
     * phrasing but not with one of its replacements, or -1. An article that already disagrees with
     * the text is the text's own business, and one across a paragraph break is not this phrasing's.
     */
    private static int before(DocumentContext document, int first, String surface, List<String> replacements) {
        TokenSpans tokens = document.tokens();
        int previous = first - 1;
        if (previous < 0 || !tokens.word(previous)) {
            return -1;
        }
        if (!isArticle(tokens.chars(), tokens.start(previous), tokens.end(previous))
                || Gap.between(document.text(), tokens.end(previous), tokens.start(first)) != Gap.SPACE) {
            return -1;
        }
        boolean an = tokens.end(previous) - tokens.start(previous) == 2;
        boolean shouted = shouted(surface);
        if (takesAn(firstWord(surface), shouted) != an) {
            return -1;
        }
        for (String replacement : replacements) {
            if (takesAn(firstWord(replacement), shouted) != an) {
                return previous;
            }
        }
        return -1;
    }

    /** "a" or "an" in any case, read in place: most findings have some other word before them. */
    private static boolean isArticle(char[] text, int start, int end) {
        int length = end - start;
        return (length == 1 || length == 2) && (text[start] | 0x20) == 'a' && (length == 1 || (text[start + 1] | 0x20) == 'n');
    }

    /**
     * True when "an" goes before the word, as far as its spelling tells; {@code shouted} when the
     * text around it is all capitals, so that capitals say nothing of initialisms.
     */
    static boolean takesAn(String word, boolean shouted) {
        if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
            return false;
        }
        if (!shouted && word.length() > 1 && word.length() <= 3 && word.equals(word.toUpperCase(Locale.ROOT))) {
            return VOWEL_NAMED_LETTERS.indexOf(Character.toLowerCase(word.charAt(0))) >= 0; // read letter by letter
        }
        String lower = word.toLowerCase(Locale.ROOT);
        for (String prefix : SILENT_H) {
            if (lower.startsWith(prefix)) {
                return true;
            }
        }
        for (String prefix : CONSONANT_SOUND) {
            if (lower.startsWith(prefix)) {
                return false;
            }
        }
        return "aeiou".indexOf(lower.charAt(0)) >= 0;
    }

    /** The article for a word, written in the case of {@code written} ("a", "A", "AN"...). */
    static String before(String word, String written, boolean shouted) {
        String article = takesAn(word, shouted) ? "an" : "a";
        if (shouted || written.equals("AN")) {
            return article.toUpperCase(Locale.ROOT);
        }
        return Character.isUpperCase(written.charAt(0)) ? Character.toUpperCase(article.charAt(0)) + article.substring(1) : article;
    }

    /** True when the phrasing's letters are all capitals, and there are at least two. */
    static boolean shouted(String phrasing) {
        for (int i = 0; i < phrasing.length(); i++) {
            char c = phrasing.charAt(i);
            if (c >= 'a' && c <= 'z') {
                return false; // the common answer, settled by a lower-case letter
            }
        }
        return phrasing.codePoints().filter(Character::isLetter).count() > 1 && phrasing.equals(phrasing.toUpperCase(Locale.ROOT));
    }

    /** The first word of a phrasing: up to the first space. */
    static String firstWord(String phrasing) {
        int space = phrasing.indexOf(' ');
        return space < 0 ? phrasing : phrasing.substring(0, space);
    }
}
