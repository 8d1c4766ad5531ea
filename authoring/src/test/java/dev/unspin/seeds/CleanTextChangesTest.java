package dev.unspin.seeds;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unspin.dictionary.DefaultDictionary;
import dev.unspin.engine.Engine;
import dev.unspin.engine.Finding;
import dev.unspin.engine.Restoration;
import dev.unspin.engine.SpinVerdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What default settings ({@code unspin restore} without options) change in clean English, in words
 * changed per 1,000: the English Europarl excerpts (each line a document) and the clean seeds. The
 * figures are in docs/dictionary.md; every change is listed in
 * {@code dictionary/target/clean-text-changes.tsv}.
 */
class CleanTextChangesTest {
    /** The most words default settings may change per 1,000 words of clean text. */
    static final double MOST_CHANGED_PER_THOUSAND = 0.5;
    private static final Engine ENGINE = new Engine(DefaultDictionary.load());
    private static final Path LISTING = Path.of("target", "clean-text-changes.tsv");

    @BeforeAll
    static void startListing() throws IOException {
        Files.deleteIfExists(LISTING);
    }

    @Test
    void defaultSettingsHardlyChangeEuroparlEnglish() {
        List<String> documents = EuroparlEnglish.documents();
        assertTrue(documents.size() > 1000, () -> "only " + documents.size() + " English excerpts found");
        double perThousand = measure("europarl-en", documents);
        assertTrue(perThousand <= MOST_CHANGED_PER_THOUSAND, () -> perThousand + " words changed per 1,000 of English Europarl");
    }

    @Test
    void defaultSettingsHardlyChangeTheCleanSeeds() {
        double perThousand = measure("seeds-clean", Seeds.clean().stream().map(Seeds::read).toList());
        assertTrue(perThousand <= MOST_CHANGED_PER_THOUSAND, () -> perThousand + " words changed per 1,000 of the clean seeds");
    }

    private static double measure(String corpus, List<String> documents) {
        int words = 0;
        int changed = 0;
        Map<SpinVerdict, Integer> verdicts = new EnumMap<>(SpinVerdict.class);
        Map<String, Integer> byEntry = new LinkedHashMap<>();
        Map<String, Integer> firingsByFile = new TreeMap<>();
        List<String> listing = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            String text = documents.get(d);
            Restoration restoration = ENGINE.restore(text);
            words += WordChanges.words(text);
            changed += WordChanges.between(text, restoration.text());
            verdicts.merge(ENGINE.evidence(text).verdict(), 1, Integer::sum);
            for (Finding f : ENGINE.find(text)) {
                firingsByFile.merge(f.entry().location().file(), 1, Integer::sum);
            }
            for (Finding f : restoration.applied()) {
                byEntry.merge(f.entryId() + " (" + f.confidence().label() + ")", 1, Integer::sum);
                listing.add(String.join("\t", corpus, Integer.toString(d + 1), f.entryId(), f.confidence().label(), f.spun(),
                        f.replacement(), context(text, f)));
            }
        }
        double perThousand = changed * 1000.0 / words;
        System.out.printf(Locale.ROOT, "%s: %d documents, %d words, %d changed by default settings (%.2f per 1,000); verdicts %s%n",
                corpus, documents.size(), words, changed, perThousand, verdicts);
        System.out.printf(Locale.ROOT, "%s: matches at any confidence, whatever the evidence, by file: %s%n", corpus, firingsByFile);
        byEntry.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(25)
                .forEach(e -> System.out.printf("%s:   %4d  %s%n", corpus, e.getValue(), e.getKey()));
        append(listing);
        return perThousand;
    }

    private static String context(String text, Finding f) {
        int from = Math.max(0, f.start() - 40);
        int to = Math.min(text.length(), f.end() + 40);
        return (text.substring(from, f.start()) + "[" + text.substring(f.start(), f.end()) + "]" + text.substring(f.end(), to))
                .replaceAll("\\s+", " ");
    }

    private static void append(List<String> lines) {
        try {
            Files.createDirectories(LISTING.getParent());
            Files.write(LISTING, lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
