package dev.unspin.cli.source;

import dev.unspin.check.CheckRequest;
import dev.unspin.check.Checker;
import dev.unspin.cli.DictionaryOptions;
import dev.unspin.dictionary.Confidence;
import dev.unspin.document.CheckableText;
import dev.unspin.document.DocumentFormat;
import dev.unspin.engine.RestorationTooLargeException;
import dev.unspin.engine.ShownConfidence;
import dev.unspin.source.ProseLines;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Restores a spun copy before it is compared with the corpus, exactly as {@code unspin restore}
 * does with the same options (the default pipeline, {@code --fast}, {@code --thesaurus}, extra
 * dictionaries, {@code --min-confidence} or, without it, each article's evidence choosing), through
 * the same check pipeline. The one place {@code unspin source} calls it.
 */
public final class SpunTextRestorer {
    private final Checker checker;
    private final ShownConfidence confidence;

    /** A copy's prose (its markup left out) as written and as restored, each with where its lines are in the file. */
    public record Restored(String prose, ProseLines proseLines, String restoredProse, ProseLines restoredLines) {
    }

    private SpunTextRestorer(Checker checker, ShownConfidence confidence) {
        this.checker = checker;
        this.confidence = confidence;
    }

    /**
     * The restorer the options describe, applying findings of {@code minConfidence} or surer (null:
     * the article's evidence decides), or empty once {@code error} has been told why not.
     */
    public static Optional<SpunTextRestorer> from(DictionaryOptions options, Confidence minConfidence,
            Consumer<String> error, Consumer<String> warning) {
        return options.engine(error, warning)
                .map(engine -> new SpunTextRestorer(new Checker(engine), ShownConfidence.of(Optional.ofNullable(minConfidence))));
    }

    public Restored restore(String source, DocumentFormat format) throws RestorationTooLargeException {
        String restored = checker.check(new CheckRequest(source, format, confidence, Set.of())).restored();
        CheckableText before = format.extract(source);
        CheckableText after = format.extract(restored); // the file's lines: a restored phrasing keeps them unless it spanned a break
        return new Restored(before.text(), ProseLines.mapped(source, before.map()::sourceStart),
                after.text(), ProseLines.mapped(restored, after.map()::sourceStart));
    }
}
