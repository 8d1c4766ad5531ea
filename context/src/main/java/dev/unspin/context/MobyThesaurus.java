package dev.unspin.context;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Moby Thesaurus (public domain; npm {@code moby} 1.1.2, its {@code words.txt}: one line per
 * head word, the head and its related words and phrases separated by commas), as a symmetric
 * relation: a term's neighbours are the terms its line lists and the heads whose lines list it.
 * A spinner's table is a thesaurus of this kind, read in one direction; which direction is not
 * known, so both are kept. Terms are lower case; phrases keep their single spaces.
 * Immutable and thread-safe once read.
 */
public final class MobyThesaurus {
    private final Map<String, Integer> ids;
    private final String[] terms;
    /** Neighbours of term t are {@code neighbours[offsets[t]] .. neighbours[offsets[t + 1] - 1]}. */
    private final int[] offsets;
    private final int[] neighbours;

    private MobyThesaurus(Map<String, Integer> ids, String[] terms, int[] offsets, int[] neighbours) {
        this.ids = ids;
        this.terms = terms;
        this.offsets = offsets;
        this.neighbours = neighbours;
    }

    /** Reads {@code words.txt}; a malformed line fails with the file and line. */
    public static MobyThesaurus read(Path wordsFile) throws IOException {
        Map<String, Integer> ids = new HashMap<>(1 << 18);
        List<String> terms = new ArrayList<>(1 << 18);
        int[] from = new int[1 << 22];
        int[] to = new int[1 << 22];
        int pairs = 0;
        try (BufferedReader in = Files.newBufferedReader(wordsFile, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.split(",");
                if (fields.length < 2 || fields[0].isBlank()) {
                    throw new IOException(wordsFile + ":" + number + ":1: expected a head word and its related terms separated by commas");
                }
                int head = id(ids, terms, fields[0]);
                for (int k = 1; k < fields.length; k++) {
                    if (fields[k].isBlank()) {
                        continue;
                    }
                    int related = id(ids, terms, fields[k]);
                    if (related == head) {
                        continue;
                    }
                    if (pairs == from.length) {
                        from = Arrays.copyOf(from, pairs * 2);
                        to = Arrays.copyOf(to, pairs * 2);
                    }
                    from[pairs] = head;
                    to[pairs] = related;
                    pairs++;
                }
            }
        }
        return symmetric(ids, terms.toArray(String[]::new), from, to, pairs);
    }

    private static int id(Map<String, Integer> ids, List<String> terms, String raw) {
        String term = raw.strip().toLowerCase(Locale.ROOT);
        Integer known = ids.get(term);
        if (known != null) {
            return known;
        }
        ids.put(term, terms.size());
        terms.add(term);
        return terms.size() - 1;
    }

    /** Both directions of every pair, grouped by term, duplicates removed. */
    private static MobyThesaurus symmetric(Map<String, Integer> ids, String[] terms, int[] from, int[] to, int pairs) {
        int[] degree = new int[terms.length + 1];
        for (int i = 0; i < pairs; i++) {
            degree[from[i]]++;
            degree[to[i]]++;
        }
        int[] offsets = new int[terms.length + 1];
        for (int t = 0; t < terms.length; t++) {
            offsets[t + 1] = offsets[t] + degree[t];
        }
        int[] fill = Arrays.copyOf(offsets, terms.length);
        int[] all = new int[offsets[terms.length]];
        for (int i = 0; i < pairs; i++) {
            all[fill[from[i]]++] = to[i];
            all[fill[to[i]]++] = from[i];
        }
        int[] compactOffsets = new int[terms.length + 1];
        int size = 0;
        for (int t = 0; t < terms.length; t++) {
            int start = offsets[t];
            int end = offsets[t + 1];
            Arrays.sort(all, start, end);
            compactOffsets[t] = size;
            for (int k = start; k < end; k++) {
                if (k == start || all[k] != all[k - 1]) {
                    all[size++] = all[k];
                }
            }
        }
        compactOffsets[terms.length] = size;
        return new MobyThesaurus(Map.copyOf(ids), terms, compactOffsets, Arrays.copyOf(all, size));
    }

    /** True when the lower-case term is a head or a related term anywhere in the thesaurus. */
    public boolean contains(String term) {
        return ids.containsKey(term);
    }

    /** The lower-case term's neighbours in either direction; empty when it is not in the thesaurus. */
    public List<String> neighbours(String term) {
        Integer id = ids.get(term);
        if (id == null) {
            return List.of();
        }
        List<String> found = new ArrayList<>(offsets[id + 1] - offsets[id]);
        for (int k = offsets[id]; k < offsets[id + 1]; k++) {
            found.add(terms[neighbours[k]]);
        }
        return found;
    }

    /** The number of distinct terms. */
    public int size() {
        return terms.length;
    }
}
