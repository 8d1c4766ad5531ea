package dev.unspin.bert;

import dev.unspin.context.ContextualStage;
import dev.unspin.context.MaskedLanguageModel;
import dev.unspin.context.ResourceCache;
import dev.unspin.dictionary.DefaultDictionary;
import dev.unspin.dictionary.Dictionary;
import dev.unspin.engine.DocumentReport;
import dev.unspin.engine.Engine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Prints what the deep restore of articles costs inside the process: loading the stage, then per
 * article the restore's time and BERT's forward passes per 1,000 words. The whole-process time and
 * memory are measured around {@code ./unspin restore} by {@code benchmarks/deep-restore.sh}.
 */
public final class DeepRestoreHarness {
    private DeepRestoreHarness() {
    }

    /** Restores the files named; {@code --no-default-dictionary} first leaves the dictionary out, as for text of another spinner. */
    public static void main(String[] args) throws Exception {
        boolean noDictionary = args.length > 0 && args[0].equals("--no-default-dictionary");
        long start = System.nanoTime();
        ContextualStage stage = ContextualStage.load(ResourceCache.fromEnvironment(), System.err);
        Engine engine = new Engine(noDictionary ? Dictionary.of(List.of()) : DefaultDictionary.load()).withSupplement(stage.supplement());
        System.out.printf(Locale.ROOT, "load: %.1f s (%s)%n", (System.nanoTime() - start) / 1e9,
                stage.masked().isPresent() ? "with BERT" : "without BERT");
        MaskedLanguageModel model = stage.masked().orElse(null);
        for (String name : noDictionary ? List.of(args).subList(1, args.length) : List.of(args)) {
            String text = Files.readString(Path.of(name));
            int words = DocumentReport.wordCount(text);
            long passes = model == null ? 0 : model.passes();
            long began = System.nanoTime();
            int applied = engine.restore(text).applied().size();
            double seconds = (System.nanoTime() - began) / 1e9;
            long used = model == null ? 0 : model.passes() - passes;
            System.out.printf(Locale.ROOT, "%s: %d words, %d findings applied, %.2f s, %d forward passes (%.0f per 1,000 words)%n",
                    Path.of(name).getFileName(), words, applied, seconds, used, used * 1000.0 / words);
        }
    }
}
