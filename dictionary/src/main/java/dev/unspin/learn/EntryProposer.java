package dev.unspin.learn;

import dev.unspin.dictionary.Condition;
import dev.unspin.dictionary.Confidence;
import dev.unspin.dictionary.DictionaryParser;
import dev.unspin.dictionary.Entry;
import dev.unspin.dictionary.EntryFormatter;
import dev.unspin.dictionary.SourceLocation;
import dev.unspin.text.Token;
import dev.unspin.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns learned pairs into dictionary entries with a proposed confidence and context.
 *
 * <p>A phrasing that never occurs in clean text is {@code certain} when it has several words and
 * {@code likely} when it is one. A phrasing that also occurs in clean text is ordinary English
 * somewhere, so the entry is narrowed to the neighbouring words it was seen with: to the next
 * word or the previous word, whichever are all words and never match in clean text, or else to
 * both, which makes it {@code likely}; when even both match clean text, it stays {@code possible}.
 */
public final class EntryProposer {
    /** Occurrences in clean text of each phrasing that learned pairs may need, with their neighbours. */
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
        for (String text : cleanTexts) {
            List<Token> tokens = Tokenizer.tokenize(text);
            for (int i = 0; i < tokens.size(); i++) {
                for (int n = 1; n <= longest && i + n <= tokens.size(); n++) {
                    String key = key(tokens.subList(i, i + n));
                    if (wanted.contains(key)) {
                        String previous = i > 0 ? tokens.get(i - 1).normalized() : "";
                        String next = i + n < tokens.size() ? tokens.get(i + n).normalized() : "";
                        cleanOccurrences.computeIfAbsent(key, k -> new ArrayList<>())
                                .add(new LearnedPair.Context(previous, next));
                    }
                }
            }
        }
    }

    public Entry entry(LearnedPair pair) {
        List<Token> tokens = Tokenizer.tokenize(pair.spun());
        List<LearnedPair.Context> clean = cleanOccurrences.getOrDefault(key(tokens), List.of());
        Confidence confidence = tokens.size() > 1 ? Confidence.CERTAIN : Confidence.LIKELY;
        List<Condition> conditions = List.of();
        if (!clean.isEmpty()) {
            Set<String> previous = new LinkedHashSet<>();
            Set<String> next = new LinkedHashSet<>();
            for (LearnedPair.Context context : pair.contexts()) {
                previous.add(context.previous());
                next.add(context.next());
            }
            Condition onNext = new Condition.Neighbour(Condition.Side.NEXT, false, next);
            Condition onPrevious = new Condition.Neighbour(Condition.Side.PREVIOUS, false, previous);
            confidence = Confidence.LIKELY;
            if (allWords(next) && clean.stream().noneMatch(c -> next.contains(c.next()))) {
                conditions = List.of(onNext);
            } else if (allWords(previous) && clean.stream().noneMatch(c -> previous.contains(c.previous()))) {
                conditions = List.of(onPrevious);
            } else {
                conditions = List.of(onPrevious, onNext);
                if (clean.stream().anyMatch(c -> previous.contains(c.previous()) && next.contains(c.next()))) {
                    confidence = Confidence.POSSIBLE;
                }
            }
        }
        return new Entry(DictionaryParser.defaultId(pair.spun()), pair.spun(), List.of(pair.original()), confidence,
                conditions, Optional.empty(), pair.evidence(), new SourceLocation("learned", 0, 0));
    }

    /**
     * The dictionary lines for the pairs, with distinct ids. Pairs with the same spun phrasing
     * and the same context become one entry with ordered alternatives, the most frequent first.
     */
    public List<String> lines(List<LearnedPair> pairs) {
        return entries(pairs).stream().map(EntryFormatter::format).toList();
    }

    /** The entries {@link #lines} writes, in the order their pairs were first seen. */
    public List<Entry> entries(List<LearnedPair> pairs) {
        Map<String, List<Entry>> groups = new java.util.LinkedHashMap<>();
        for (LearnedPair pair : pairs.stream().sorted((a, b) -> b.count() - a.count()).toList()) {
            Entry entry = entry(pair);
            groups.computeIfAbsent(groupKey(entry), k -> new ArrayList<>()).add(entry);
        }
        Map<String, Entry> merged = new java.util.LinkedHashMap<>();
        for (LearnedPair pair : pairs) { // keep first-seen order
            merged.computeIfAbsent(groupKey(entry(pair)), k -> mergeAlternatives(groups.get(k)));
        }
        Set<String> ids = new HashSet<>();
        List<Entry> entries = new ArrayList<>();
        for (Entry entry : merged.values()) {
            String id = entry.id();
            for (int n = 2; !ids.add(id); n++) {
                id = entry.id() + "-" + n;
            }
            entries.add(new Entry(id, entry.spun(), entry.originals(), entry.confidence(),
                    entry.conditions(), entry.example(), entry.evidence(), entry.location()));
        }
        return entries;
    }

    private static String groupKey(Entry entry) {
        return entry.spun() + "\u0000" + entry.conditions().stream().map(Condition::source).toList();
    }

    /** One entry offering every original of the group; the least sure confidence, all the evidence. */
    private static Entry mergeAlternatives(List<Entry> group) {
        Entry first = group.get(0);
        List<String> originals = new ArrayList<>();
        List<dev.unspin.dictionary.Evidence> evidence = new ArrayList<>();
        Confidence confidence = first.confidence();
        for (Entry entry : group) {
            originals.addAll(entry.originals());
            evidence.addAll(entry.evidence());
            confidence = entry.confidence().ordinal() > confidence.ordinal() ? entry.confidence() : confidence;
        }
        if (group.size() > 1 && confidence == Confidence.CERTAIN) {
            confidence = Confidence.LIKELY; // ambiguous originals: the preferred one is not certain
        }
        evidence.sort(java.util.Comparator.comparing(dev.unspin.dictionary.Evidence::source)
                .thenComparingInt(dev.unspin.dictionary.Evidence::line));
        return new Entry(first.id(), first.spun(), originals, confidence, first.conditions(), first.example(),
                evidence, first.location());
    }

    /** Punctuation says too little about a word's sense to be its only context. */
    private static boolean allWords(Set<String> neighbours) {
        return neighbours.stream().allMatch(n -> !n.isEmpty() && Character.isLetterOrDigit(n.codePointAt(0)));
    }

    private static String key(List<Token> tokens) {
        return String.join(" ", tokens.stream().map(Token::normalized).toList());
    }
}
