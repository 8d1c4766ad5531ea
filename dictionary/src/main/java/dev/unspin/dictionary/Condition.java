package dev.unspin.dictionary;

import java.util.Set;
import java.util.stream.Stream;

/** A context condition an entry's match must satisfy, written in the dictionary as {@code key: value}. */
public sealed interface Condition
        permits Condition.Neighbour, Condition.PartOfSpeech, Condition.Nearby, Condition.SentenceInitial,
        Condition.ProperName {

    boolean holds(MatchContext context);

    /** The condition as written in a dictionary file, e.g. {@code next: shift|change}. */
    String source();

    /** Which neighbouring token a {@link Neighbour} condition looks at. */
    enum Side { PREVIOUS, NEXT }

    /** The universal part-of-speech tags (Universal Dependencies v2) the tagger assigns. */
    Set<String> UNIVERSAL_TAGS = Set.of("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
            "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X");

    private static String sorted(Set<String> words) {
        return String.join("|", words.stream().sorted().toList());
    }

    private static String not(boolean negated) {
        return negated ? "not-" : "";
    }

    /**
     * The words just before or after the match are (or, negated, are not) one of the given words
     * or phrases ("of the conflict"). They are normalized like tokens (lower case, straight
     * apostrophes) and a phrase's tokens are joined by single spaces. {@code lengths} holds the
     * words' distinct lengths in tokens as bits, worked out once, as the test runs per candidate.
     */
    record Neighbour(Side side, boolean negated, Set<String> words, int lengths) implements Condition {
        public Neighbour {
            words = Set.copyOf(words);
            lengths = lengthsOf(words);
        }

        public Neighbour(Side side, boolean negated, Set<String> words) {
            this(side, negated, words, 0);
        }

        @Override
        public boolean holds(MatchContext context) {
            boolean found = false;
            for (int length = 1, lengths = lengths(); lengths >> length != 0; length++) {
                if ((lengths & (1 << length)) != 0) {
                    String tokens = side == Side.PREVIOUS ? context.previousTokens(length) : context.nextTokens(length);
                    if (words.contains(tokens)) {
                        found = true;
                        break;
                    }
                }
            }
            return found != negated;
        }

        private static int lengthsOf(Set<String> words) {
            int lengths = 0;
            for (String word : words) {
                int length = 1;
                for (int i = 0; i < word.length(); i++) {
                    if (word.charAt(i) == ' ') {
                        length++;
                    }
                }
                lengths |= 1 << Math.min(length, 30);
            }
            return lengths;
        }

        @Override
        public String source() {
            return key() + ": " + sorted(words);
        }

        public String key() {
            return not(negated) + (side == Side.PREVIOUS ? "prev" : "next");
        }
    }

    /**
     * The match's (last) word is tagged with one of the given universal parts of speech, or,
     * negated, with none of them: {@code pos: NOUN}, {@code not-pos: VERB|AUX}.
     */
    record PartOfSpeech(boolean negated, Set<String> tags) implements Condition {
        public PartOfSpeech {
            tags = Set.copyOf(tags);
        }

        @Override
        public boolean holds(MatchContext context) {
            boolean tagged = context.partOfSpeech().map(tags::contains).orElse(false);
            return tagged != negated;
        }

        @Override
        public String source() {
            return not(negated) + "pos: " + sorted(tags);
        }
    }

    /**
     * One of the given words occurs (or, negated, none occurs) within {@code window} words before
     * or after the match: {@code not-near: outer|orbit|nasa within 8}.
     */
    record Nearby(boolean negated, Set<String> words, int window) implements Condition {
        /** The window when the dictionary does not give one: about a clause either side. */
        public static final int DEFAULT_WINDOW = 10;

        public Nearby {
            words = Set.copyOf(words);
            if (window < 1) {
                throw new IllegalArgumentException("window must be at least 1 word");
            }
        }

        @Override
        public boolean holds(MatchContext context) {
            boolean near = Stream.concat(context.wordsBefore(window).stream(), context.wordsAfter(window).stream())
                    .anyMatch(words::contains);
            return near != negated;
        }

        @Override
        public String source() {
            return not(negated) + "near: " + sorted(words) + (window == DEFAULT_WINDOW ? "" : " within " + window);
        }
    }

    /** The match starts its sentence ({@code sentence-initial: yes}) or does not ({@code no}). */
    record SentenceInitial(boolean expected) implements Condition {
        @Override
        public boolean holds(MatchContext context) {
            return context.sentenceInitial() == expected;
        }

        @Override
        public String source() {
            return "sentence-initial: " + (expected ? "yes" : "no");
        }
    }

    /**
     * The match is (or, with {@code proper-name: no}, is not) used as a name: capitalised inside
     * a sentence, or tagged PROPN. Keeps "in May" and "the U.S. Navy" apart from "may" and "navy".
     */
    record ProperName(boolean expected) implements Condition {
        @Override
        public boolean holds(MatchContext context) {
            return isName(context) == expected;
        }

        private static boolean isName(MatchContext context) {
            String surface = context.surface();
            if (surface.isEmpty() || !Character.isUpperCase(surface.codePointAt(0))) {
                return false; // news prose capitalises names
            }
            // A capital starting a sentence says nothing; then the tagger decides.
            return !context.sentenceInitial() || context.partOfSpeech().filter("PROPN"::equals).isPresent();
        }

        @Override
        public String source() {
            return "proper-name: " + (expected ? "yes" : "no");
        }
    }
}
