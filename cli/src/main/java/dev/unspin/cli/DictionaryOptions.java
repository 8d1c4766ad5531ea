package dev.unspin.cli;

import dev.unspin.check.Engines;
import dev.unspin.check.Stages;
import dev.unspin.context.ContextualStage;
import dev.unspin.context.ResourceCache;
import dev.unspin.dictionary.DefaultDictionary;
import dev.unspin.dictionary.Dictionary;
import dev.unspin.dictionary.DictionaryFormatException;
import dev.unspin.engine.Engine;
import dev.unspin.languagemodel.LanguageModelUnavailableException;
import dev.unspin.nlp.OpenNlpAnalyzer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/** The dictionary options every command that reads text shares (the web server too). */
public final class DictionaryOptions {
    @Option(names = "--dictionary", paramLabel = "FILE",
            description = "An extra dictionary file, loaded after the default (repeatable; later files override entries with the same id).")
    List<Path> extra = new ArrayList<>();

    @Option(names = "--no-default-dictionary", description = "Do not load the shipped dictionary.")
    boolean noDefault;

    @Option(names = "--thesaurus", description = "The dictionary and the WordNet thesaurus only: WordNet 3.1 synonyms that a news language model finds far likelier in context, without the contextual restorer's detector (needs the pocketsphinx-en-us model).")
    boolean thesaurus;

    @Option(names = "--fast", description = "Dictionary only: no contextual restorer, no models; for batches where speed matters more than unseen swaps.")
    boolean fast;

    /** Whether {@code --fast} was given. */
    public boolean fast() {
        return fast;
    }

    /** The stages the options chose: the contextual restorer unless {@code --fast} or {@code --thesaurus} says otherwise. */
    public Stages stages() {
        return fast ? Stages.DICTIONARY_ONLY : thesaurus ? Stages.THESAURUS : Stages.CONTEXTUAL;
    }

    /** Whether {@code --thesaurus} was given. */
    public boolean thesaurus() {
        return thesaurus;
    }

    /**
     * The engine over the dictionaries the options name, with the contextual restorer unless
     * {@code --fast} or {@code --thesaurus} says otherwise, or empty once {@code error} has been told
     * why not (a broken file, with its file:line:column, or one that cannot be read). When the
     * contextual restorer's resources are missing and cannot be fetched, {@code warning} is told what
     * is missing and how to get it, and the engine restores with the dictionary only.
     */
    public Optional<Engine> engine(Consumer<String> error, Consumer<String> warning) {
        try {
            Dictionary dictionary = load();
            if (dictionary.usesPartOfSpeech()) {
                OpenNlpAnalyzer.preloadInBackground(failure -> { }); // the check that needs the models reports it
            }
            return Optional.of(Engines.withStages(new Engine(dictionary), stages(),
                    () -> ContextualStage.load(ResourceCache.fromEnvironment(), System.err), warning));
        } catch (DictionaryFormatException | IOException | LanguageModelUnavailableException e) {
            error.accept(e.getMessage());
            return Optional.empty();
        }
    }

    /** The dictionaries the options name; a broken file fails with its file:line:column. */
    public Dictionary load() throws IOException, DictionaryFormatException {
        Dictionary extras = Dictionary.load(extra);
        return noDefault ? extras : DefaultDictionary.load().plus(extras);
    }
}
