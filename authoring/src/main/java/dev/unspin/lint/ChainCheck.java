package dev.unspin.lint;

import dev.unspin.dictionary.Entry;
import dev.unspin.text.Normalizer;
import dev.unspin.text.Token;
import dev.unspin.text.Tokenizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Entries whose restored wording is itself a spun phrasing of another entry, in a context both
 * allow: restoring "rapidly" gives "quickly", which "quickly => soon" would restore again.
 *
 * <p>The spinner's synonym table is symmetric (if it turns "quickly" into "rapidly" it also turns
 * "soon" into "quickly"), so such chains are expected in a correct dictionary, and the engine
 * restores in one pass, so they never compound within a run: a chain is a {@code chain} warning
 * (re-running unspin on its own output would change it further). A chain that comes back to where
 * it started ("though => although" and "although => though" in the same context) is a
 * {@code cycle} error: two entries claim each wording is the spin of the other in the same place,
 * so at least one of them is wrong there.
 */
final class ChainCheck {
    static final String CHAIN = "chain";
    static final String CYCLE = "cycle";

    private record Edge(int from, int to, MatchPlace where) {
    }

    private final List<Entry> entries;
    private final List<List<Edge>> edges = new ArrayList<>();

    private ChainCheck(List<Entry> entries) {
        this.entries = entries;
    }

    static List<LintFinding> run(List<Entry> entries) {
        return new ChainCheck(entries).findings();
    }

    private List<LintFinding> findings() {
        Map<String, List<Integer>> byFirstToken = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            List<Token> tokens = Tokenizer.tokenize(entries.get(i).spun());
            byFirstToken.computeIfAbsent(tokens.get(0).normalized(), k -> new ArrayList<>()).add(i);
        }
        for (int i = 0; i < entries.size(); i++) {
            edges.add(edgesFrom(i, byFirstToken));
        }
        List<LintFinding> findings = new ArrayList<>();
        for (List<Edge> out : edges) {
            for (Edge edge : out) {
                List<Integer> back = path(edge.to, edge.from);
                findings.add(back == null ? chain(edge) : cycle(edge, back));
            }
        }
        return findings;
    }

    /** The entries that would fire inside the preferred original of entry {@code from}. */
    private List<Edge> edgesFrom(int from, Map<String, List<Integer>> byFirstToken) {
        Entry entry = entries.get(from);
        if (Normalizer.normalize(entry.preferredOriginal()).equals(Normalizer.normalize(entry.spun()))) {
            return List.of(); // an identity entry, reported as such
        }
        MatchPlace place = MatchPlace.of(entry);
        List<Token> original = Tokenizer.tokenize(entry.preferredOriginal());
        List<Edge> out = new ArrayList<>();
        for (int k = 0; k < original.size(); k++) {
            for (int to : byFirstToken.getOrDefault(original.get(k).normalized(), List.of())) {
                Entry other = entries.get(to);
                List<Token> spun = Tokenizer.tokenize(other.spun());
                if (k + spun.size() > original.size() || !sameTokens(original.subList(k, k + spun.size()), spun, other)) {
                    continue;
                }
                MatchPlace allowed = MatchPlace.of(other);
                // Inside the original the neighbours are known; at its edges they are the entry's own context.
                NeighbourSet previous = k > 0 ? only(allowed.previous(), original.get(k - 1))
                        : allowed.previous().intersect(place.previous());
                int after = k + spun.size();
                NeighbourSet next = after < original.size() ? only(allowed.next(), original.get(after))
                        : allowed.next().intersect(place.next());
                MatchPlace where = new MatchPlace(previous, next);
                if (!where.isEmpty()) {
                    out.add(new Edge(from, to, where));
                }
            }
        }
        return out;
    }

    private static NeighbourSet only(NeighbourSet allowed, Token neighbour) {
        return allowed.contains(neighbour.normalized()) ? NeighbourSet.any() : NeighbourSet.none();
    }

    private static boolean sameTokens(List<Token> text, List<Token> phrase, Entry entry) {
        boolean allUpper = true;
        boolean sameCase = true;
        for (int i = 0; i < phrase.size(); i++) {
            if (!text.get(i).normalized().equals(phrase.get(i).normalized())) {
                return false;
            }
            String surface = Normalizer.foldOnly(text.get(i).text());
            sameCase &= surface.equals(Normalizer.foldOnly(phrase.get(i).text()));
            allUpper &= surface.equals(surface.toUpperCase(Locale.ROOT));
        }
        return !entry.caseSensitive() || sameCase || allUpper;
    }

    /** The entries from {@code start} to {@code goal} along edges, or null when there is no way. */
    private List<Integer> path(int start, int goal) {
        Map<Integer, Integer> cameFrom = new HashMap<>();
        Deque<Integer> queue = new ArrayDeque<>(List.of(start));
        cameFrom.put(start, start);
        while (!queue.isEmpty()) {
            int at = queue.poll();
            if (at == goal) {
                List<Integer> way = new ArrayList<>();
                for (int step = goal; step != start; step = cameFrom.get(step)) {
                    way.add(0, step);
                }
                way.add(0, start);
                return way;
            }
            for (Edge edge : edges.get(at)) {
                if (cameFrom.putIfAbsent(edge.to, at) == null) {
                    queue.add(edge.to);
                }
            }
        }
        return null;
    }

    private LintFinding chain(Edge edge) {
        Entry from = entries.get(edge.from);
        Entry to = entries.get(edge.to);
        return Findings.at(from, Severity.WARNING, "restoring '" + from.spun() + "' gives '" + from.preferredOriginal()
                + "', which the entry at " + Findings.where(to) + " (" + Findings.show(to) + ") restores again ("
                + edge.where.describe() + "), so a second run would change unspin's own output", CHAIN);
    }

    private LintFinding cycle(Edge edge, List<Integer> back) {
        Entry from = entries.get(edge.from);
        StringBuilder loop = new StringBuilder("'" + from.spun() + "'");
        for (int step : back) {
            loop.append(" -> '").append(entries.get(step).spun()).append("' (").append(Findings.where(entries.get(step))).append(")");
        }
        return Findings.at(from, Severity.ERROR, "restorations undo each other: " + loop
                + " (" + edge.where.describe() + "); in that context at least one entry is wrong:"
                + " narrow their conditions so they exclude each other", CYCLE);
    }
}
