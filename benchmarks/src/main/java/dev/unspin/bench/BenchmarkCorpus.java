package dev.unspin.bench;

import dev.unspin.dictionary.Confidence;
import dev.unspin.dictionary.DefaultDictionary;
import dev.unspin.dictionary.Dictionary;
import dev.unspin.dictionary.Entry;
import dev.unspin.dictionary.SourceLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

/** Documents and dictionaries of chosen sizes, made from the seed articles and the default dictionary. */
final class BenchmarkCorpus {
    private BenchmarkCorpus() {
    }

    /** The seed articles (spun and clean) repeated until the text has {@code bytes} UTF-16 chars. */
    static String document(Path seeds, int chars) {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(seeds)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                all.append(Files.readString(file)).append("\n\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder text = new StringBuilder(chars + all.length());
        while (text.length() < chars) {
            text.append(all);
        }
        return text.substring(0, chars);
    }

    /**
     * The default dictionary padded with generated entries to {@code size} entries. Generated
     * phrasings are made of real English-looking words so that they share trie prefixes with the
     * text, as a large real dictionary would.
     */
    static Dictionary dictionary(int size) {
        Dictionary base = DefaultDictionary.load();
        List<Entry> entries = new ArrayList<>(base.entries());
        List<String> vocabulary = entries.stream().flatMap(e -> Stream.of(e.spun().split(" "))).distinct().toList();
        Random random = new Random(42);
        for (int i = 0; entries.size() < size; i++) {
            int words = 1 + random.nextInt(3);
            StringBuilder spun = new StringBuilder();
            for (int w = 0; w < words; w++) {
                spun.append(w == 0 ? "" : " ").append(vocabulary.get(random.nextInt(vocabulary.size())));
            }
            spun.append(" x").append(i); // unique, so no generated entry fires and findings stay comparable
            entries.add(new Entry("gen-" + i, spun.toString(), List.of("original"), Confidence.POSSIBLE, List.of(),
                    Optional.empty(), List.of(), new SourceLocation("generated", i, 1)));
        }
        return Dictionary.of(entries);
    }
}
