package dev.unspin.cli.source;

import dev.unspin.cli.DictionaryOptions;
import dev.unspin.engine.Engine;
import dev.unspin.engine.RestorationTooLargeException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Restores a spun copy before it is compared with the corpus, exactly as {@code unspin restore}
 * does with the same options (the default pipeline, {@code --fast}, {@code --thesaurus}, extra
 * dictionaries), and with its default of letting each article's evidence choose the confidence.
 * The one place {@code unspin source} calls the restoring engine.
 */
public final class SpunTextRestorer {
    private final Engine engine;

    private SpunTextRestorer(Engine engine) {
        this.engine = engine;
    }

    /** The restorer the options describe, or empty once {@code error} has been told why not. */
    public static Optional<SpunTextRestorer> from(DictionaryOptions options, Consumer<String> error, Consumer<String> warning) {
        return options.engine(error, warning).map(SpunTextRestorer::new);
    }

    public String restore(String text) throws RestorationTooLargeException {
        return engine.restore(text).text();
    }
}
