package dev.unspin.spark;

import java.io.Serializable;
import java.util.List;

/**
 * What decides a document's findings, sent once from the driver to every executor (a broadcast)
 * and the key of the per-JVM engine ({@link Pipeline}): equal settings share one engine.
 *
 * @param fast               {@code --fast}: the dictionary alone
 * @param thesaurus          {@code --thesaurus}: the dictionary and WordNet's unseen swaps
 * @param noDefaultDictionary {@code --no-default-dictionary}
 * @param dictionaries       the {@code --dictionary} files' names and texts, in order: executors of a
 *                           cluster cannot read the driver's files
 * @param minConfidence      the {@code --min-confidence} label, or null to let each document's evidence decide
 */
record Settings(boolean fast, boolean thesaurus, boolean noDefaultDictionary, List<DictionaryText> dictionaries,
        String minConfidence) implements Serializable {
    Settings {
        dictionaries = List.copyOf(dictionaries);
    }

    /** One dictionary file as the driver read it. */
    record DictionaryText(String name, String text) implements Serializable {
    }
}
