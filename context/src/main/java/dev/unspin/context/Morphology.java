package dev.unspin.context;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * English inflection from LanguageTool's part-of-speech dictionary (english-pos-dict, read with
 * morfologik): the base forms and Penn tags of a word form, and the forms of a base form with a
 * given tag. A spinner swaps "accredited" for "approved"; the thesauri list "accredit" and
 * "approve", so candidates are found between base forms and put back in the spun word's form.
 * Lookups are cheap but the automata are not thread-safe, so each thread gets its own.
 */
public final class Morphology {
    private static final String ANALYSIS = "/org/languagetool/resource/en/english.dict";
    private static final String SYNTHESIS = "/org/languagetool/resource/en/english_synth.dict";

    /** Parts of speech whose words stand for something in the text, which no synonym replaces. */
    private static final Set<String> REFERRING_TAGS = Set.of("DT", "PDT", "PRP", "PRP$", "WP", "WP$", "WDT", "EX", "POS", "TO", "CD");
    /** Parts of speech of the connectives a spinner's table does replace: "however" for "but", "within" for "in". */
    private static final Set<String> CONNECTIVE_TAGS = Set.of("CC", "IN", "MD", "WRB", "RP");
    private static final Set<String> AUXILIARIES = Set.of("be", "have", "do");

    /** What a word form is to a spinner's table. */
    public enum WordClass {
        /** A noun, verb, adjective or adverb: swapped for its thesaurus neighbours. */
        CONTENT,
        /** A conjunction, preposition or modal verb: swapped for another of its kind. */
        CONNECTIVE,
        /** A determiner, pronoun, number or form of "be", "have" or "do": left alone, or part of a phrase swap. */
        OTHER
    }

    /** One reading of a word form: its base form and its Penn Treebank tag. */
    public record Analysis(String lemma, String tag) {
    }

    private final Dictionary analysis;
    private final Dictionary synthesis;
    private final ThreadLocal<DictionaryLookup> analyzer;
    private final ThreadLocal<DictionaryLookup> synthesizer;

    private Morphology(Dictionary analysis, Dictionary synthesis) {
        this.analysis = analysis;
        this.synthesis = synthesis;
        this.analyzer = ThreadLocal.withInitial(() -> new DictionaryLookup(this.analysis));
        this.synthesizer = ThreadLocal.withInitial(() -> new DictionaryLookup(this.synthesis));
    }

    /** The dictionaries from the class path (about 2 MB). */
    public static Morphology load() {
        return new Morphology(read(ANALYSIS), read(SYNTHESIS));
    }

    private static Dictionary read(String resource) {
        URL url = Morphology.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("LanguageTool's English dictionary " + resource
                    + " is not on the class path (org.languagetool:english-pos-dict)");
        }
        try {
            return Dictionary.read(url);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + url + ": " + e.getMessage(), e);
        }
    }

    /** Every reading of a lower-case word form; empty when the dictionary does not know it. */
    public List<Analysis> analyse(String form) {
        List<Analysis> readings = new ArrayList<>();
        for (WordData data : analyzer.get().lookup(form)) {
            CharSequence lemma = data.getStem();
            CharSequence tag = data.getTag();
            if (lemma != null && tag != null) {
                readings.add(new Analysis(lemma.toString().toLowerCase(Locale.ROOT), tag.toString()));
            }
        }
        return readings;
    }

    /** The forms of a base form with a tag ("approve", "VBD" gives "approved"); empty when unknown. */
    public Set<String> inflect(String lemma, String tag) {
        Set<String> forms = new LinkedHashSet<>();
        for (WordData data : synthesizer.get().lookup(lemma + "|" + tag)) {
            CharSequence stem = data.getStem();
            if (stem != null) {
                forms.add(stem.toString());
            }
        }
        return forms;
    }

    /** A content word: none of its readings is a connective, a determiner, a pronoun or an auxiliary; unknown words count. */
    public boolean openClass(String form) {
        return classOf(form) == WordClass.CONTENT;
    }

    /**
     * The word's class over all its readings: a word with a referring reading ("that") or an
     * auxiliary one is {@code OTHER}; else one with a connective reading ("however", "might") is a
     * {@code CONNECTIVE}; else it is a {@code CONTENT} word.
     */
    public WordClass classOf(String form) {
        boolean connective = false;
        for (Analysis reading : analyse(form)) {
            String tag = reading.tag();
            int cut = tag.indexOf('_');
            String base = cut < 0 ? tag : tag.substring(0, cut);
            if (REFERRING_TAGS.contains(base) || AUXILIARIES.contains(reading.lemma())) {
                return WordClass.OTHER;
            }
            connective |= CONNECTIVE_TAGS.contains(base);
        }
        return connective ? WordClass.CONNECTIVE : WordClass.CONTENT;
    }

    /** True for the tags whose form is the base form itself, so that a base form stands as it is where the synthesizer lacks it. */
    public static boolean baseFormTag(String tag) {
        return tag.equals("NN") || tag.startsWith("NN:") || tag.equals("JJ") || tag.equals("RB") || tag.equals("VB") || tag.equals("VBP");
    }
}
