package dev.unspin.check;

/** What follows the dictionary in an engine: the user's choice between speed and unseen swaps. */
public enum Stages {
    /** The dictionary alone: no model ({@code --fast}). */
    DICTIONARY_ONLY,
    /** The dictionary, then WordNet synonyms the news language model prefers ({@code --thesaurus}). */
    THESAURUS,
    /** The dictionary, then the contextual restorer: the default. */
    CONTEXTUAL
}
