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

    /** Parts of speech a spinner's table does not replace word for word; their paraphrases are phrases. */
    private static final Set<String> CLOSED_TAGS = Set.of("DT", "IN", "CC", "MD", "TO", "WDT", "WP", "WP$", "WRB", "EX", "PDT",
            "POS", "RP", "PRP", "PRP$", "CD", "UH");
    private static final Set<String> AUXILIARIES = Set.of("be", "have", "do");

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

    /**
     * True when the lower-case form is a content word (noun, verb, adjective, adverb) in every
     * reading, or the dictionary does not know it. A form with any function-word or auxiliary
     * reading is closed: "his" is also the plural of "hi", "are" a unit of area, "does" the plural of
     * "doe", and a spinner's table swaps none of them word for word.
     */
    public boolean openClass(String form) {
        for (Analysis reading : analyse(form)) {
            String tag = reading.tag();
            int cut = tag.indexOf('_');
            if (CLOSED_TAGS.contains(cut < 0 ? tag : tag.substring(0, cut)) || AUXILIARIES.contains(reading.lemma())) {
                return false;
            }
        }
        return true;
    }

    /** True for the tags whose form is the base form itself, so that a base form stands as it is where the synthesizer lacks it. */
    public static boolean baseFormTag(String tag) {
        return tag.equals("NN") || tag.startsWith("NN:") || tag.equals("JJ") || tag.equals("RB") || tag.equals("VB") || tag.equals("VBP");
    }
}
