package dev.unspin.learn;

import dev.unspin.dictionary.Condition;
import dev.unspin.dictionary.Confidence;
import dev.unspin.dictionary.DictionaryParser;
import dev.unspin.dictionary.Entry;
import dev.unspin.dictionary.EntryFormatter;
import dev.unspin.dictionary.Evidence;
import dev.unspin.dictionary.SourceLocation;
import dev.unspin.text.Token;
import dev.unspin.text.Tokenizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Turns learned pairs into dictionary entries with a proposed confidence and context.
 *
 * <p>A phrasing that never occurs in clean text is {@code certain} when it has several words and
 * {@code likely} when it is one. A phrasing that also occurs in clean text is ordinary English
 * somewhere, so the entry is narrowed to the words it was seen next to: the first of the next
 * word, the previous word (words only, not punctuation), then the next or previous two and three
 * tokens, that never occurs around it in clean text. That makes it {@code likely}; when nothing
 * separates it from clean text, it keeps both neighbours and is only {@code possible}.
 *
 * <p>One spun phrasing learned with different originals ("battle" for "conflict" and for "war")
 * gets one entry per original when their contexts tell them apart, and otherwise one entry with
 * ordered alternatives, the most frequent first.
 */
public final class EntryProposer {
    private final Map<String, List<LearnedPair.Context>> cleanOccurrences = new HashMap<>();

    /** @param cleanTexts text known to be unspun, in which spun phrasings would be legitimate */
    public EntryProposer(List<String> cleanTexts, List<LearnedPair> pairs) {
        Set<String> wanted = new HashSet<>();
        int longest = 1;
        for (LearnedPair pair : pairs) {
            List<Token> tokens = Tokenizer.tokenize(pair.spun());
            wanted.add(key(tokens));
            longest = Math.max(longest, tokens.size());
        }
        int width = LearnedPair.Context.WIDTH;
        for (String text : cleanTexts) {
            List<String> tokens = Tokenizer.tokenize(text).stream().map(Token::normalized).toList();
            for (int i = 0; i < tokens.size(); i++) {
                for (int n = 1; n <= longest && i + n <= tokens.size(); n++) {
                    String key = String.join(" ", tokens.subList(i, i + n));
                    if (wanted.contains(key)) {
                        cleanOccurrences.computeIfAbsent(key, k -> new ArrayList<>()).add(new LearnedPair.Context(
                                tokens.subList(Math.max(0, i - width), i),
                                tokens.subList(i + n, Math.min(tokens.size(), i + n + width))));
                    }
                }
            }
        }
    }

    /** The dictionary lines for the pairs, in the order first seen, with distinct ids. */
    public List<String> lines(List<LearnedPair> pairs) {
        return entries(pairs).stream().map(EntryFormatter::format).toList();
    }

    /** The entries {@link #lines} writes. */
    public List<Entry> entries(List<LearnedPair> pairs) {
        Map<String, List<LearnedPair>> bySpun = new LinkedHashMap<>();
        for (LearnedPair pair : pairs) {
            bySpun.computeIfAbsent(key(Tokenizer.tokenize(pair.spun())), k -> new ArrayList<>()).add(pair);
        }
        List<Proposal> proposals = new ArrayList<>();
        for (List<LearnedPair> group : bySpun.values()) {
            proposals.addAll(groupEntries(group));
        }
        Set<String> ids = new HashSet<>();
        List<Entry> entries = new ArrayList<>();
        for (Proposal proposal : proposals) {
            Entry entry = excludingReversals(proposal, proposals);
            String id = entry.id();
            for (int n = 2; !ids.add(id); n++) {
                id = entry.id() + "-" + n;
            }
            entries.add(new Entry(id, entry.spun(), entry.originals(), entry.confidence(),
                    entry.conditions(), entry.example(), entry.evidence(), entry.location()));
        }
        return entries;
    }

    /** A proposed entry with the contexts it was learned in. */
    private record Proposal(Entry entry, List<LearnedPair.Context> contexts) {
        String spunKey() {
            return key(Tokenizer.tokenize(entry.spun()));
        }

        String originalKey() {
            return key(Tokenizer.tokenize(entry.preferredOriginal()));
        }
    }

    /**
     * The spinner's table is symmetric, so "near" may be learned as the spin of "close to" and
     * "close to" as the spin of "near". Where both entries could apply at once, each would undo
     * the other; so each excludes the other's neighbour conditions, where its own evidence allows.
     */
    private static Entry excludingReversals(Proposal proposal, List<Proposal> all) {
        List<Condition> conditions = new ArrayList<>(proposal.entry().conditions());
        for (Proposal other : all) {
            if (other == proposal || !other.spunKey().equals(proposal.originalKey())
                    || !other.originalKey().equals(proposal.spunKey())) {
                continue;
            }
            for (Condition condition : other.entry().conditions()) {
                if (condition instanceof Condition.Neighbour n && !n.negated() && !excludedAlready(conditions, n)) {
                    Condition excluded = new Condition.Neighbour(n.side(), true, n.words());
                    if (proposal.contexts().stream().allMatch(c -> holds(excluded, c))) {
                        conditions.add(excluded);
                    }
                }
            }
        }
        Entry e = proposal.entry();
        return new Entry(e.id(), e.spun(), e.originals(), e.confidence(), conditions, e.example(), e.evidence(),
                e.location());
    }

    /** True when a positive condition on the same side already rules out every value of {@code other}. */
    private static boolean excludedAlready(List<Condition> conditions, Condition.Neighbour other) {
        for (Condition condition : conditions) {
            if (condition instanceof Condition.Neighbour own && !own.negated() && own.side() == other.side()
                    && own.words().stream().noneMatch(a -> other.words().stream().anyMatch(b -> overlap(a, b)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether two neighbour phrases can both hold at once: one is a token prefix (or suffix) of the other. */
    private static boolean overlap(String a, String b) {
        String x = " " + a + " ";
        String y = " " + b + " ";
        return x.startsWith(y) || y.startsWith(x) || x.endsWith(y) || y.endsWith(x);
    }

    /** The entries for pairs that share a spun phrasing. */
    private List<Proposal> groupEntries(List<LearnedPair> group) {
        if (group.size() == 1) {
            return List.of(new Proposal(entry(group.get(0), List.of()), group.get(0).contexts()));
        }
        Optional<List<Condition>> distinguishing = distinguishingConditions(group);
        if (distinguishing.isPresent()) {
            List<Proposal> entries = new ArrayList<>();
            for (int i = 0; i < group.size(); i++) {
                entries.add(new Proposal(entry(group.get(i), List.of(distinguishing.get().get(i))),
                        group.get(i).contexts()));
            }
            return entries;
        }
        List<LearnedPair> byCount = group.stream().sorted(Comparator.comparingInt(LearnedPair::count).reversed()).toList();
        List<String> originals = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        List<LearnedPair.Context> contexts = new ArrayList<>();
        for (LearnedPair pair : byCount) {
            originals.add(pair.original());
            evidence.addAll(pair.evidence());
            contexts.addAll(pair.contexts());
        }
        Entry merged = entry(new LearnedPair(byCount.get(0).spun(), byCount.get(0).original(), evidence, contexts), List.of());
        Confidence confidence = merged.confidence() == Confidence.CERTAIN ? Confidence.LIKELY : merged.confidence();
        evidence.sort(Comparator.comparing(Evidence::source).thenComparingInt(Evidence::line));
        return List.of(new Proposal(new Entry(merged.id(), merged.spun(), originals, confidence, merged.conditions(),
                merged.example(), evidence, merged.location()), contexts));
    }

    /** One condition per pair, on the same side and width, whose word sets do not overlap; if any. */
    private static Optional<List<Condition>> distinguishingConditions(List<LearnedPair> group) {
        for (int width = 1; width <= LearnedPair.Context.WIDTH; width++) {
            for (Condition.Side side : Condition.Side.values()) {
                List<Set<String>> sets = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                boolean disjoint = true;
                for (LearnedPair pair : group) {
                    Set<String> set = neighbours(pair.contexts(), side, width);
                    for (String value : set) {
                        disjoint &= seen.add(value);
                    }
                    sets.add(set);
                }
                if (disjoint) {
                    return Optional.of(sets.stream().map(set -> (Condition) new Condition.Neighbour(side, false, set)).toList());
                }
            }
        }
        return Optional.empty();
    }

    /** The entry for one pair, starting from the given conditions and narrowed against clean text. */
    Entry entry(LearnedPair pair, List<Condition> given) {
        List<Token> tokens = Tokenizer.tokenize(pair.spun());
        List<LearnedPair.Context> colliding = cleanOccurrences.getOrDefault(key(tokens), List.of()).stream()
                .filter(clean -> given.stream().allMatch(c -> holds(c, clean)))
                .toList();
        List<Condition> conditions = new ArrayList<>(given);
        Confidence confidence = tokens.size() > 1 && given.isEmpty() ? Confidence.CERTAIN : Confidence.LIKELY;
        if (!colliding.isEmpty()) {
            Optional<Condition> separating = separatingCondition(pair, colliding);
            if (separating.isPresent()) {
                conditions.add(separating.get());
                confidence = Confidence.LIKELY;
            } else {
                Condition previous = new Condition.Neighbour(Condition.Side.PREVIOUS, false,
                        neighbours(pair.contexts(), Condition.Side.PREVIOUS, 1));
                Condition next = new Condition.Neighbour(Condition.Side.NEXT, false,
                        neighbours(pair.contexts(), Condition.Side.NEXT, 1));
                conditions.add(previous);
                conditions.add(next);
                boolean stillColliding = colliding.stream().anyMatch(c -> holds(previous, c) && holds(next, c));
                confidence = stillColliding ? Confidence.POSSIBLE : Confidence.LIKELY;
            }
        }
        return new Entry(DictionaryParser.defaultId(pair.spun()), pair.spun(), List.of(pair.original()), confidence,
                conditions, Optional.empty(), pair.evidence(), new SourceLocation("learned", 0, 0));
    }

    /** The narrowest-first neighbour condition that no clean occurrence satisfies, if any. */
    private static Optional<Condition> separatingCondition(LearnedPair pair, List<LearnedPair.Context> colliding) {
        for (int width = 1; width <= LearnedPair.Context.WIDTH; width++) {
            for (Condition.Side side : List.of(Condition.Side.NEXT, Condition.Side.PREVIOUS)) {
                Set<String> attested = neighbours(pair.contexts(), side, width);
                if (width == 1 && !allWords(attested)) {
                    continue; // punctuation alone says too little about a word's sense
                }
                Condition condition = new Condition.Neighbour(side, false, attested);
                if (colliding.stream().noneMatch(clean -> holds(condition, clean))) {
                    return Optional.of(condition);
                }
            }
        }
        return Optional.empty();
    }

    private static Set<String> neighbours(List<LearnedPair.Context> contexts, Condition.Side side, int width) {
        BiFunction<LearnedPair.Context, Integer, String> read =
                side == Condition.Side.PREVIOUS ? LearnedPair.Context::previous : LearnedPair.Context::next;
        Set<String> values = new LinkedHashSet<>();
        for (LearnedPair.Context context : contexts) {
            values.add(read.apply(context, width));
        }
        return values;
    }

    /** Whether a neighbour condition holds where the context was seen. */
    private static boolean holds(Condition condition, LearnedPair.Context context) {
        if (!(condition instanceof Condition.Neighbour neighbour)) {
            return true;
        }
        int width = neighbour.words().iterator().next().split(" ").length;
        String value = neighbour.side() == Condition.Side.PREVIOUS ? context.previous(width) : context.next(width);
        return neighbour.words().contains(value) != neighbour.negated();
    }

    private static boolean allWords(Set<String> neighbours) {
        return neighbours.stream().allMatch(n -> !n.isEmpty() && Character.isLetterOrDigit(n.codePointAt(0)));
    }

    private static String key(List<Token> tokens) {
        return String.join(" ", tokens.stream().map(Token::normalized).toList());
    }
}
