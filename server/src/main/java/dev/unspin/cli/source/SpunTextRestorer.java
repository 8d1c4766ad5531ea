package dev.unspin.cli.source;

import dev.unspin.cli.DictionaryOptions;
import dev.unspin.dictionary.Confidence;
import dev.unspin.engine.Engine;
import dev.unspin.engine.RestorationTooLargeException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Restores a spun copy before it is compared with the corpus, exactly as {@code unspin restore}
 * does with the same options (the default pipeline, {@code --fast}, {@code --thesaurus}, extra
 * dictionaries, {@code --min-confidence} or, without it, each article's evidence choosing).
 * The one place {@code unspin source} calls the restoring engine.
 */
public final class SpunTextRestorer {
    private final Engine engine;
    private final Confidence minConfidence;

    private SpunTextRestorer(Engine engine, Confidence minConfidence) {
        this.engine = engine;
        this.minConfidence = minConfidence;
    }

    /**
     * The restorer the options describe, applying findings of {@code minConfidence} or surer (null:
     * the article's evidence decides), or empty once {@code error} has been told why not.
     */
    public static Optional<SpunTextRestorer> from(DictionaryOptions options, Confidence minConfidence,
            Consumer<String> error, Consumer<String> warning) {
        return options.engine(error, warning).map(engine -> new SpunTextRestorer(engine, minConfidence));
    }

    public String restore(String text) throws RestorationTooLargeException {
        return (minConfidence == null ? engine.restore(text) : engine.restore(text, minConfidence)).text();
    }
}
