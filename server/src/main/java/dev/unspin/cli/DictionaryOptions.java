package dev.unspin.cli;

import dev.unspin.dictionary.DefaultDictionary;
import dev.unspin.dictionary.Dictionary;
import dev.unspin.dictionary.DictionaryFormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The dictionary options every command that reads text shares (the web server too). */
public final class DictionaryOptions {
    @Option(names = "--dictionary", paramLabel = "FILE",
            description = "An extra dictionary file, loaded after the default (repeatable; later files override entries with the same id).")
    List<Path> extra = new ArrayList<>();

    @Option(names = "--no-default-dictionary", description = "Do not load the shipped dictionary.")
    boolean noDefault;

    /** The dictionaries the options name; a broken file fails with its file:line:column. */
    public Dictionary load() throws IOException, DictionaryFormatException {
        Dictionary extras = Dictionary.load(extra);
        return noDefault ? extras : DefaultDictionary.load().plus(extras);
    }
}
