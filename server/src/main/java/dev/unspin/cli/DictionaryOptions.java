package dev.unspin.cli;

import dev.unspin.dictionary.DefaultDictionary;
import dev.unspin.dictionary.Dictionary;
import dev.unspin.dictionary.DictionaryFormatException;
import dev.unspin.engine.Engine;
import dev.unspin.languagemodel.LanguageModelUnavailableException;
import dev.unspin.nlp.OpenNlpAnalyzer;
import dev.unspin.thesaurus.Thesaurus;
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

    @Option(names = "--thesaurus", description = "Also propose swaps the dictionary has never seen: WordNet 3.1 synonyms that a news language model finds far likelier in context (confidence likely; needs the pocketsphinx-en-us model; loads WordNet on first use, about a second).")
    boolean thesaurus;

    /** Whether {@code --thesaurus} was given. */
    public boolean thesaurus() {
        return thesaurus;
    }

    /**
     * The engine over the dictionaries the options name, or empty once {@code error} has been told
     * why not (a broken file, with its file:line:column, or one that cannot be read).
     */
    public Optional<Engine> engine(Consumer<String> error) {
        try {
            Dictionary dictionary = load();
            if (dictionary.usesPartOfSpeech()) {
                OpenNlpAnalyzer.preloadInBackground(failure -> { }); // the check that needs the models reports it
            }
            Engine engine = new Engine(dictionary);
            return Optional.of(thesaurus ? engine.withSupplement(Thesaurus.supplement()) : engine);
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
