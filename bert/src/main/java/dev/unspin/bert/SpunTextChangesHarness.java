package dev.unspin.bert;

import dev.unspin.context.ContextualStage;
import dev.unspin.context.ResourceCache;
import dev.unspin.context.evaluation.FamilySpinner;
import dev.unspin.context.evaluation.ReferenceScore;
import dev.unspin.corpus.CleanCorpus;
import dev.unspin.corpus.CleanText;
import dev.unspin.corpus.UnspinCheckout;
import dev.unspin.dictionary.DefaultDictionary;
import dev.unspin.engine.Engine;
import dev.unspin.engine.Finding;
import dev.unspin.thesaurus.WordNetThesaurus;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Prints each change the default makes to the repository's clean texts spun over WordNet (as
 * {@code unspin eval} spins them, seeds 1 to 3, the finder's candidates from Moby only), marked
 * {@code FALSE} where it changes a word the spin left as it was, with its entry and its context:
 * what lies behind the evaluation's count of false changes on another spinner's text.
 */
public final class SpunTextChangesHarness {
    private SpunTextChangesHarness() {
    }

    /** Argument: the repository's root. */
    public static void main(String[] args) throws Exception {
        Path repo = Path.of(args[0]);
        ContextualStage stage = ContextualStage.load(ResourceCache.fromEnvironment(), System.err);
        Engine mobyOnly = new Engine(DefaultDictionary.load()).withSupplement(stage.supplement(stage.reader(false)));
        FamilySpinner spinner = FamilySpinner.over(lemma -> WordNetThesaurus.shared().synonyms(lemma), stage);
        for (CleanText text : CleanCorpus.read(UnspinCheckout.CLEAN_CORPUS.stream().map(repo::resolve).toList())) {
            for (long seed = 1; seed <= 3; seed++) {
                String spun = spinner.spin(text.text(), seed);
                for (Finding finding : mobyOnly.restore(spun).applied()) {
                    boolean unspun = ReferenceScore.of(spun, text.text(), Engine.apply(spun, List.of(finding))).falseEdits() > 0;
                    String context = spun.substring(Math.max(0, finding.start() - 40), Math.min(spun.length(), finding.end() + 40));
                    System.out.printf(Locale.ROOT, "%s %s -> %s [%s] | %s%n", unspun ? "FALSE" : "ok   ", finding.spun(),
                            finding.replacements().get(0), finding.entry().id(), context.replace('\n', ' '));
                }
            }
        }
    }
}
