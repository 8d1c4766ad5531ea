package dev.unspin.context;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The words a spinner may have replaced with a given word: the thesauri's neighbours of its base
 * forms, put back in its form ("accredited" gives "approved", "sanctioned", ...). Only
 * words the scorer knows are kept, since it must weigh each one. Cached per form; thread-safe.
 */
public final class CandidateGenerator {
    private final MobyThesaurus moby;
    private final Morphology morphology;
    private final Function<String, List<String>> extraSynonyms;
    private final Predicate<String> known;
    private final Map<String, List<String>> cache = new ConcurrentHashMap<>();

    /**
     * @param extraSynonyms further synonyms of a lower-case form (WordNet's), or none
     * @param known         whether the scorer knows a lower-case word
     */
    public CandidateGenerator(MobyThesaurus moby, Morphology morphology, Function<String, List<String>> extraSynonyms,
            Predicate<String> known) {
        this.moby = moby;
        this.morphology = morphology;
        this.extraSynonyms = extraSynonyms;
        this.known = known;
    }

    /** Single-word candidates for a lower-case word; never the word itself. */
    public List<String> candidates(String form) {
        return cache.computeIfAbsent(form, this::generate);
    }

    private List<String> generate(String form) {
        Set<String> found = new LinkedHashSet<>();
        if (morphology.classOf(form) == Morphology.WordClass.CONNECTIVE) {
            found.addAll(connectives(moby::neighbours, morphology, form));
        } else {
            for (Morphology.Analysis reading : readings(form)) {
                addInflected(found, moby.neighbours(reading.lemma()), reading.tag());
            }
            found.addAll(extraSynonyms.apply(form));
        }
        found.remove(form);
        List<String> result = new ArrayList<>();
        for (String candidate : found) {
            if (known.test(candidate)) {
                result.add(candidate);
            }
        }
        return List.copyOf(result);
    }

    /**
     * The connectives a spinner may have swapped with a connective: its thesaurus neighbours that
     * are connectives too ("however" gives "but", "yet", "although"), and for a modal verb the other
     * modals, which thesauri list under other senses ("might" as strength, "can" as a tin).
     */
    public static List<String> connectives(Function<String, List<String>> thesaurus, Morphology morphology, String form) {
        Set<String> found = new LinkedHashSet<>();
        for (String neighbour : thesaurus.apply(form)) {
            if (isPlainWord(neighbour) && morphology.classOf(neighbour) == Morphology.WordClass.CONNECTIVE) {
                found.add(neighbour);
            }
        }
        if (morphology.analyse(form).stream().anyMatch(reading -> reading.tag().equals("MD"))) {
            found.addAll(MODALS);
        }
        found.remove(form);
        return List.copyOf(found);
    }

    private static final List<String> MODALS = List.of("can", "could", "may", "might", "must", "shall", "should", "will", "would");

    private List<Morphology.Analysis> readings(String form) {
        List<Morphology.Analysis> readings = morphology.analyse(form);
        return readings.isEmpty() ? List.of(new Morphology.Analysis(form, null)) : readings;
    }

    /** Single plain words among the neighbours, in the given tag's form where the morphology has one. */
    private void addInflected(Set<String> found, List<String> neighbours, String tag) {
        for (String neighbour : neighbours) {
            if (!isPlainWord(neighbour)) {
                continue;
            }
            if (tag == null) {
                found.add(neighbour);
                continue;
            }
            Set<String> forms = morphology.inflect(neighbour, tag);
            if (!forms.isEmpty()) {
                found.addAll(forms);
            } else if (Morphology.baseFormTag(tag)) {
                found.add(neighbour);
            }
        }
    }

    private static boolean isPlainWord(String term) {
        if (term.isEmpty()) {
            return false;
        }
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }
}
