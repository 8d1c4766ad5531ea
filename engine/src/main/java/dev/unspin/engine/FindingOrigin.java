package dev.unspin.engine;

/** Where a finding comes from: an entry of a dictionary, or a model's proposal with its reason. */
public sealed interface FindingOrigin {
    /** A dictionary entry matched; the finding's entry is that entry. */
    FindingOrigin DICTIONARY = new DictionaryEntry();

    /** The finding's entry is one of the loaded dictionaries'. */
    record DictionaryEntry() implements FindingOrigin {
    }

    /**
     * A stage beyond the dictionary proposed the finding; its entry is made for it.
     *
     * @param stage  which stage
     * @param reason why, in words, for messages and reports
     */
    record Proposal(Stage stage, String reason) implements FindingOrigin {
    }

    /** The stages that propose findings no dictionary entry holds. */
    enum Stage {
        /** WordNet synonyms a news language model finds far likelier (docs/context.md). */
        THESAURUS,
        /** The contextual restorer's detector and chooser (docs/contextual-restorer.md). */
        CONTEXTUAL
    }
}
