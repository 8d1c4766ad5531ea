package dev.unspin.thesaurus;

import dev.unspin.engine.DocumentReport;
import dev.unspin.engine.Finding;
import dev.unspin.engine.FindingOrigin;
import dev.unspin.engine.FindingSupplement;
import dev.unspin.engine.SpinEvidence;
import dev.unspin.engine.SpinVerdict;
import dev.unspin.languagemodel.LanguageModelUnavailableException;
import dev.unspin.languagemodel.NewsLanguageModel;
import dev.unspin.languagemodel.TrieLanguageModel;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the thesaurus adds to an engine: the dictionary's {@code possible} findings weighed by the
 * language model, then unseen-swap findings, names first, then single words.
 * They are kept only where the document's evidence, counting them, is not clean: in a clean
 * document restore would hold them back anyway, and check should not show them either, since a
 * few scattered thesaurus findings in clean prose are its false findings.
 */
public final class Thesaurus {
    /** The id prefix of the entries the thesaurus and the contextual restorer make for their proposals. */
    public static final String ID_PREFIX = "thesaurus:";

    private Thesaurus() {
    }

    /**
     * The thesaurus over the shared news language model, opened here so that a missing or broken
     * model fails at once with a message, and WordNet, which loads when text is first searched.
     */
    public static FindingSupplement supplement() throws LanguageModelUnavailableException {
        TrieLanguageModel opened = NewsLanguageModel.require();
        Supplier<TrieLanguageModel> model = () -> opened;
        PossibleFindingCheck possible = new PossibleFindingCheck(model);
        FixedExpressionFinder names = new FixedExpressionFinder(WordNetThesaurus::shared, () -> Optional.of(opened));
        LanguageModelFitFinder words = new LanguageModelFitFinder(model);
        return (text, dictionaryFindings) -> {
            ModelReading reading = new ModelReading(opened, text); // the text's words, tokenized and looked up once for all three
            List<Finding> found = possible.check(reading, dictionaryFindings);
            return unlessClean(text, words.supplement(reading, names.supplement(text, reading.words(), found)));
        };
    }

    /**
     * The dictionary's {@code possible} findings weighed by the news language model, alone: for a
     * stage that proposes unseen swaps of its own.
     */
    public static FindingSupplement possibleCheck() throws LanguageModelUnavailableException {
        TrieLanguageModel opened = NewsLanguageModel.require();
        return new PossibleFindingCheck(() -> opened);
    }

    /**
     * WordNet synonyms the news language model prefers, alone, kept whatever the document's
     * evidence: for a stage that weighs that evidence itself.
     */
    public static FindingSupplement likelierSynonyms() throws LanguageModelUnavailableException {
        TrieLanguageModel opened = NewsLanguageModel.require();
        return new LanguageModelFitFinder(() -> opened);
    }

    /**
     * Broken names alone, kept whatever the document's evidence: for a stage that weighs that
     * evidence with findings of its own ({@link #unlessClean}).
     */
    public static FindingSupplement names() throws LanguageModelUnavailableException {
        TrieLanguageModel opened = NewsLanguageModel.require();
        return new FixedExpressionFinder(WordNetThesaurus::shared, () -> Optional.of(opened));
    }

    /** The findings, without the thesaurus's proposals when the document's evidence, counting them all, is clean. */
    public static List<Finding> unlessClean(String text, List<Finding> findings) {
        List<Finding> others = findings.stream().filter(finding -> !proposed(finding)).toList();
        if (others.size() == findings.size()) {
            return findings;
        }
        return verdict(text, findings) == SpinVerdict.CLEAN ? others : findings;
    }

    /** The findings with the proposals added, when the findings alone make the document's evidence judge it spun. */
    public static List<Finding> ifSpun(String text, List<Finding> findings, FindingSupplement proposals) {
        return verdict(text, findings) == SpinVerdict.SPUN ? proposals.supplement(text, findings) : findings;
    }

    private static SpinVerdict verdict(String text, List<Finding> findings) {
        return SpinEvidence.of(DocumentReport.wordCount(text), findings).verdict();
    }

    private static boolean proposed(Finding finding) {
        return finding.origin() instanceof FindingOrigin.Proposal proposal && proposal.stage() == FindingOrigin.Stage.THESAURUS;
    }
}
