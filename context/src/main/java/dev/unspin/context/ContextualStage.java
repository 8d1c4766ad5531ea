package dev.unspin.context;

import dev.unspin.engine.FindingSupplement;
import dev.unspin.languagemodel.LanguageModelUnavailableException;
import dev.unspin.languagemodel.NewsLanguageModel;
import dev.unspin.languagemodel.TrieLanguageModel;
import dev.unspin.thesaurus.Thesaurus;
import dev.unspin.thesaurus.WordNetThesaurus;
import java.io.IOException;
import java.io.PrintStream;

/**
 * The contextual restorer as one stage of the engine, after the dictionary: the thesaurus's
 * findings (the dictionary's {@code possible} entries weighed in context, broken names), then the
 * swaps the detector finds among the forms left.
 */
public final class ContextualStage {
    private ContextualStage() {
    }

    /**
     * The stage over the news language model, WordNet and the Moby Thesaurus (fetched into the
     * cache on first use, with progress on {@code progress}).
     *
     * @throws ResourceUnavailableException naming what is missing and how to get it
     */
    public static FindingSupplement load(ResourceCache cache, PrintStream progress) throws ResourceUnavailableException {
        TrieLanguageModel lm;
        FindingSupplement thesaurus;
        try {
            lm = NewsLanguageModel.require();
            thesaurus = Thesaurus.supplement();
        } catch (LanguageModelUnavailableException e) {
            throw new ResourceUnavailableException(e.getMessage(), e);
        }
        FormReader reader = reader(lm, cache, progress);
        ContextualFinder finder = new ContextualFinder(reader, Detector.trigram());
        var provider = MaskedLanguageModelProvider.installed();
        if (provider.isPresent()) {
            try {
                MaskedLanguageModel model = provider.get().open(cache, progress);
                finder = new ContextualFinder(reader, Detector.trigram(), new MaskedChoice(model, reader), Detector.masked());
            } catch (ResourceUnavailableException e) {
                progress.println("unspin: warning: the contextual restorer goes on without BERT: " + e.getMessage());
            }
        }
        return of(thesaurus, finder);
    }

    /**
     * The reader of a document's forms over the model, WordNet and the Moby Thesaurus (fetched into
     * the cache on first use).
     */
    public static FormReader reader(TrieLanguageModel lm, ResourceCache cache, PrintStream progress) throws ResourceUnavailableException {
        MobyThesaurus moby;
        try {
            moby = MobyThesaurus.read(MobyFiles.require(cache, progress));
        } catch (IOException e) {
            throw new ResourceUnavailableException("cannot read the Moby Thesaurus: " + e.getMessage()
                    + " (delete the file to fetch it again)", e);
        }
        Morphology morphology = Morphology.load();
        CandidateGenerator candidates = new CandidateGenerator(moby, morphology, form -> WordNetThesaurus.shared().synonyms(form),
                word -> lm.id(word) >= 0);
        return new FormReader(lm, candidates, morphology);
    }

    /**
     * The thesaurus, then the finder. The finder's detector weighs the document's own spin, so
     * its findings need no further gate here; the thesaurus keeps its own.
     */
    public static FindingSupplement of(FindingSupplement thesaurus, FindingSupplement finder) {
        return (text, found) -> finder.supplement(text, thesaurus.supplement(text, found));
    }
}
