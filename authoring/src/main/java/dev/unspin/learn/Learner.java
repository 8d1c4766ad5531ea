package dev.unspin.learn;

import dev.unspin.dictionary.Evidence;
import dev.unspin.text.Normalizer;
import dev.unspin.text.Token;
import dev.unspin.text.Tokenizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the wording differences of many (original, spun) pairs into distinct learned pairs,
 * with their evidence. Other differences (names, numbers, punctuation) are kept apart for reporting.
 */
public final class Learner {
    private final Map<String, Builder> pairs = new LinkedHashMap<>();
    private final List<Located> notLearned = new ArrayList<>();

    /** A difference with the source it came from. */
    public record Located(String source, Difference difference) {
    }

    private static final class Builder {
        String spun;
        String original;
        final List<Evidence> evidence = new ArrayList<>();
        final List<LearnedPair.Context> contexts = new ArrayList<>();
    }

    /** Adds one pair of texts; {@code source} names the spun text in evidence. */
    public void add(String source, String original, String spun) {
        List<Token> spunTokens = Tokenizer.tokenize(spun);
        for (Difference difference : PairAligner.align(original, spun)) {
            if (difference.kind() != Difference.Kind.WORDING) {
                notLearned.add(new Located(source, difference));
                continue;
            }
            String spunForm = difference.spun();
            String originalForm = difference.original();
            if (startsSentenceCase(spunForm) && startsSentenceCase(originalForm)
                    && PairAligner.isSentenceStart(spun, difference.offset())) {
                spunForm = decapitalise(spunForm);
                originalForm = decapitalise(originalForm);
            }
            String key = key(spunForm, originalForm);
            Builder builder = pairs.computeIfAbsent(key, k -> new Builder());
            if (builder.spun == null || isLowerCase(spunForm)) {
                builder.spun = spunForm;
                builder.original = originalForm;
            }
            builder.evidence.add(new Evidence(source, difference.line()));
            builder.contexts.add(context(spunTokens, difference));
        }
    }

    /**
     * The distinct wording pairs, in the order first seen. A run of adjacent swaps ("navy officers
     * mentioned") is split into its words when each word's swap is also attested alone; otherwise
     * it stays a phrase ("information convention").
     */
    public List<LearnedPair> pairs() {
        Map<String, Builder> result = new LinkedHashMap<>();
        for (Map.Entry<String, Builder> item : pairs.entrySet()) {
            Builder builder = item.getValue();
            List<String> spunWords = words(builder.spun);
            List<String> originalWords = words(builder.original);
            boolean split = spunWords.size() > 1 && spunWords.size() == originalWords.size();
            for (int i = 0; split && i < spunWords.size(); i++) {
                split = pairs.containsKey(key(spunWords.get(i), originalWords.get(i)));
            }
            if (!split) {
                result.putIfAbsent(item.getKey(), copyOf(builder)); // a split may have put it already
                continue;
            }
            for (int i = 0; i < spunWords.size(); i++) {
                String key = key(spunWords.get(i), originalWords.get(i));
                Builder single = result.computeIfAbsent(key, k -> copyOf(pairs.get(k)));
                if (isLowerCase(spunWords.get(i))) {
                    single.spun = spunWords.get(i); // seen in lower case: not only a capitalised name
                    single.original = originalWords.get(i);
                }
                single.evidence.addAll(builder.evidence);
                for (LearnedPair.Context outer : builder.contexts) {
                    List<String> normalized = spunWords.stream().map(Normalizer::normalize).toList();
                    List<String> before = new ArrayList<>(outer.before());
                    before.addAll(normalized.subList(0, i));
                    List<String> after = new ArrayList<>(normalized.subList(i + 1, normalized.size()));
                    after.addAll(outer.after());
                    single.contexts.add(new LearnedPair.Context(before, after));
                }
            }
        }
        return result.values().stream()
                .map(b -> new LearnedPair(b.spun, b.original, b.evidence.stream().sorted(EVIDENCE_ORDER).toList(),
                        b.contexts))
                .toList();
    }

    private static final java.util.Comparator<Evidence> EVIDENCE_ORDER =
            java.util.Comparator.comparing(Evidence::source).thenComparingInt(Evidence::line);

    private static Builder copyOf(Builder builder) {
        Builder copy = new Builder();
        copy.spun = builder.spun;
        copy.original = builder.original;
        copy.evidence.addAll(builder.evidence);
        copy.contexts.addAll(builder.contexts);
        return copy;
    }

    private static LearnedPair.Context context(List<Token> tokens, Difference difference) {
        int end = difference.offset() + difference.spun().length();
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        for (Token token : tokens) {
            if (token.end() <= difference.offset()) {
                before.add(token.normalized());
                if (before.size() > LearnedPair.Context.WIDTH) {
                    before.remove(0);
                }
            } else if (token.start() >= end) {
                after.add(token.normalized());
                if (after.size() == LearnedPair.Context.WIDTH) {
                    break;
                }
            }
        }
        return new LearnedPair.Context(before, after);
    }

    private static List<String> words(String phrase) {
        return Tokenizer.tokenize(phrase).stream().map(t -> t.text()).toList();
    }

    private static String key(String spun, String original) {
        return Normalizer.normalize(spun) + "\u0000" + Normalizer.normalize(original);
    }

    /** Differences that are not the spinner's (names, numbers, punctuation). */
    public List<Located> notLearned() {
        return List.copyOf(notLearned);
    }

    /** "Mentioned" or "Grew to become": a capital, then lower case. */
    private static boolean startsSentenceCase(String s) {
        return !s.isEmpty() && Character.isUpperCase(s.charAt(0)) && isLowerCase(s.substring(1));
    }

    private static boolean isLowerCase(String s) {
        return s.codePoints().noneMatch(Character::isUpperCase);
    }

    private static String decapitalise(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
