package dev.unspin.cli.dict;

import dev.unspin.dictionary.DefaultDictionary;
import dev.unspin.dictionary.DictionaryFormatException;
import dev.unspin.dictionary.DictionaryParser;
import dev.unspin.dictionary.Entry;
import dev.unspin.dictionary.SourceLocation;
import dev.unspin.text.StrictUtf8;
import dev.unspin.lint.DictionarySource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The dictionary files a command reads: the given ones, or else the shipped default. */
final class DictionaryFiles {
    /** How the shipped files are named in messages: their path in the unspin repository. */
    static final String SHIPPED_FOLDER = "dictionary/data/";

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Dictionary files, in load order (later files override entries with the same id). Default: the shipped dictionary.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--with-default", description = "Load the shipped dictionary before the given files.")
    boolean withDefault;

    /** Every entry of the files in load order, overridden ones included; the first bad line fails. */
    List<Entry> entries() throws IOException, DictionaryFormatException {
        List<Entry> entries = new ArrayList<>();
        for (DictionarySource source : sources()) {
            if (source.invalidUtf8().isPresent()) {
                StrictUtf8.Failure f = source.invalidUtf8().get();
                throw new DictionaryFormatException(new SourceLocation(source.name(), f.line(), f.column()), f.message());
            }
            entries.addAll(DictionaryParser.parse(source.name(), source.text()));
        }
        return entries;
    }

    List<DictionarySource> sources() throws IOException {
        List<DictionarySource> sources = new ArrayList<>();
        if (files.isEmpty() || withDefault) {
            for (String name : DefaultDictionary.fileNames()) {
                sources.add(DictionarySource.of(SHIPPED_FOLDER + name, DefaultDictionary.resourceText(name)));
            }
        }
        for (Path file : files) {
            sources.add(DictionarySource.read(file));
        }
        return sources;
    }
}
