package dev.unspin.lint;

import dev.unspin.dictionary.Condition;
import dev.unspin.dictionary.Entry;

/** The contexts an entry's conditions allow: the tokens accepted before and after the phrasing. */
record MatchPlace(NeighbourSet previous, NeighbourSet next) {

    static MatchPlace of(Entry entry) {
        return new MatchPlace(NeighbourSet.of(entry, Condition.Side.PREVIOUS), NeighbourSet.of(entry, Condition.Side.NEXT));
    }

    MatchPlace intersect(MatchPlace other) {
        return new MatchPlace(previous.intersect(other.previous), next.intersect(other.next));
    }

    boolean isEmpty() {
        return previous.isEmpty() || next.isEmpty();
    }

    boolean within(MatchPlace other) {
        return previous.within(other.previous) && next.within(other.next);
    }

    /** "in any context", or "for instance after 'to' and before 'on'". */
    String describe() {
        String before = previous.example();
        String after = next.example();
        if (before == null && after == null) {
            return "in any context";
        }
        StringBuilder text = new StringBuilder("for instance");
        if (before != null) {
            text.append(" after '").append(before).append("'");
        }
        if (after != null) {
            text.append(before != null ? " and" : "").append(" before '").append(after).append("'");
        }
        return text.toString();
    }
}
