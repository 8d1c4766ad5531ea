package dev.unspin.document;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stretches of a document where the writer turned checking off with a marker in a comment:
 *
 * <ul>
 *   <li>{@code unspin-disable-next-line} — the line after the comment;</li>
 *   <li>{@code unspin-disable} … {@code unspin-enable} — everything between the two comments
 *       (to the end of the document when no {@code unspin-enable} follows);</li>
 *   <li>{@code unspin-disable-file} — the whole document, wherever the comment stands.</li>
 * </ul>
 *
 * A marker may be followed by entry ids, separated by commas or spaces, to turn off only those
 * entries; the ids end at the first word that is not an id, so {@code -- a note} can follow.
 * {@code unspin-enable} with ids turns back on only those ids of a region that was turned off by
 * id (a region turned off for all entries ends only at a plain {@code unspin-enable}). The marker must open the comment:
 * {@code <!-- unspin-disable -->} in Markdown and HTML, a line starting with it in plain text.
 */
public final class Suppressions {
    static final String PREFIX = "unspin-";
    private static final Pattern DIRECTIVE = Pattern.compile(
            "\\s*unspin-(disable-next-line|disable-file|disable|enable)(?![\\w-])(.*)", Pattern.DOTALL);
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    /** Source offsets {@code [from, to)} where the given ids (all ids when empty) are not checked. */
    record Stretch(int from, int to, Set<String> ids) {
        boolean covers(int offset, String id) {
            return offset >= from && offset < to && (ids.isEmpty() || ids.contains(id));
        }
    }

    /**
     * The stretches by kind: the lines after {@code disable-next-line}, the regions between
     * {@code disable} and {@code enable}, and the whole document. Each list is in source order and
     * its stretches do not overlap, so a finding is looked up by a binary search in each, and a
     * document with thousands of markers and findings is not checked marker by finding.
     */
    private final List<Stretch> lines;
    private final List<Stretch> regions;
    private final List<Stretch> whole;

    private Suppressions(List<Stretch> lines, List<Stretch> regions, List<Stretch> whole) {
        this.lines = List.copyOf(lines);
        this.regions = List.copyOf(regions);
        this.whole = List.copyOf(whole);
    }

    public static Suppressions none() {
        return new Suppressions(List.of(), List.of(), List.of());
    }

    /** The suppressions the text's comments declare. */
    public static Suppressions of(CheckableText document) {
        String source = document.source();
        List<Stretch> lines = new ArrayList<>();
        List<Stretch> regions = new ArrayList<>();
        List<Stretch> whole = new ArrayList<>();
        int regionStart = -1;
        Set<String> regionIds = Set.of();
        for (Comment comment : document.comments()) {
            Matcher m = DIRECTIVE.matcher(comment.body());
            if (!m.matches()) {
                continue;
            }
            Set<String> ids = ids(m.group(2));
            switch (m.group(1)) {
                case "disable-next-line" -> {
                    int lineEnd = PlainTextExtractor.lineEnd(source, comment.end());
                    int next = PlainTextExtractor.nextLine(source, lineEnd);
                    if (next >= 0) {
                        addMerged(lines, new Stretch(next, PlainTextExtractor.lineEnd(source, next), ids));
                    }
                }
                case "disable-file" -> addMerged(whole, new Stretch(0, source.length() + 1, ids));
                case "disable" -> {
                    boolean wasOff = regionStart >= 0;
                    if (wasOff) {
                        regions.add(new Stretch(regionStart, comment.start(), regionIds));
                    }
                    regionIds = !wasOff ? ids : regionIds.isEmpty() || ids.isEmpty() ? Set.of() : union(regionIds, ids);
                    regionStart = comment.end();
                }
                case "enable" -> {
                    if (regionStart >= 0 && !(regionIds.isEmpty() && !ids.isEmpty())) {
                        regions.add(new Stretch(regionStart, comment.start(), regionIds));
                        Set<String> remaining = new LinkedHashSet<>(regionIds);
                        remaining.removeAll(ids);
                        boolean stillOff = !ids.isEmpty() && !remaining.isEmpty();
                        regionStart = stillOff ? comment.end() : -1;
                        regionIds = stillOff ? Set.copyOf(remaining) : Set.of();
                    }
                }
                default -> throw new IllegalStateException(m.group(1));
            }
        }
        if (regionStart >= 0) {
            regions.add(new Stretch(regionStart, source.length() + 1, regionIds));
        }
        return new Suppressions(lines, regions, whole);
    }

    /**
     * Adds a stretch after the last one of its list; several markers before the same line (or
     * several {@code disable-file}) make one stretch of all their ids, so that the list stays
     * without overlaps.
     */
    private static void addMerged(List<Stretch> stretches, Stretch stretch) {
        int last = stretches.size() - 1;
        if (last >= 0 && stretches.get(last).from() == stretch.from() && stretches.get(last).to() == stretch.to()) {
            Set<String> before = stretches.get(last).ids();
            Set<String> ids = before.isEmpty() || stretch.ids().isEmpty() ? Set.of() : union(before, stretch.ids());
            stretches.set(last, new Stretch(stretch.from(), stretch.to(), ids));
        } else {
            stretches.add(stretch);
        }
    }

    /** True when a finding of entry {@code id} starting at source offset {@code offset} is turned off. */
    public boolean suppresses(int offset, String id) {
        return covers(lines, offset, id) || covers(regions, offset, id) || covers(whole, offset, id);
    }

    /** Whether the last stretch of a list in source order without overlaps that starts at or before {@code offset} covers it. */
    private static boolean covers(List<Stretch> stretches, int offset, String id) {
        int low = 0;
        int high = stretches.size() - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (stretches.get(middle).from() <= offset) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found >= 0 && stretches.get(found).covers(offset, id);
    }

    private static Set<String> ids(String rest) {
        Set<String> ids = new LinkedHashSet<>();
        for (String word : rest.strip().split("[,\\s]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (!ID.matcher(word).matches()) {
                break;
            }
            ids.add(word);
        }
        return Set.copyOf(ids);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
