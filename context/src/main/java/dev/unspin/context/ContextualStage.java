package dev.unspin.context;

import dev.unspin.engine.Finding;
import dev.unspin.engine.FindingSupplement;
import dev.unspin.languagemodel.LanguageModelUnavailableException;
import dev.unspin.languagemodel.NewsLanguageModel;
import dev.unspin.languagemodel.TrieLanguageModel;
import dev.unspin.thesaurus.Thesaurus;
import dev.unspin.thesaurus.WordNetThesaurus;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The contextual restorer as one stage of the engine, after the dictionary: the dictionary's
 * {@code possible} findings weighed in context, the swaps the detector finds among the words left,
 * then broken names and, in text judged spun, WordNet's likelier synonyms. Holds the resources,
 * loaded once: the news trigram model, WordNet, the Moby Thesaurus, the morphology, and BERT where a
 * provider is on the class path.
 */
public final class ContextualStage {
    private final TrieLanguageModel lm;
    private final FindingSupplement possibleCheck;
    private final FindingSupplement names;
    private final FindingSupplement likelierSynonyms;
    private final MobyThesaurus moby;
    private final Morphology morphology;
    private final MaskedLanguageModel masked;
    private final Detector trigramDetector = Detector.trigram();
    /** Read only with BERT, whose evidence they weigh. */
    private final Detector screen;
    private final Detector maskedDetector;

    private ContextualStage(TrieLanguageModel lm, FindingSupplement possibleCheck, FindingSupplement names,
            FindingSupplement likelierSynonyms, MobyThesaurus moby, Morphology morphology, MaskedLanguageModel masked) {
        this.lm = lm;
        this.possibleCheck = possibleCheck;
        this.names = names;
        this.likelierSynonyms = likelierSynonyms;
        this.moby = moby;
        this.morphology = morphology;
        this.masked = masked;
        this.screen = masked == null ? null : Detector.screen();
        this.maskedDetector = masked == null ? null : Detector.masked();
    }

    /**
     * The resources: the news language model, WordNet, the Moby Thesaurus (fetched into the cache on
     * first use, with progress on {@code progress}) and BERT when its module is on the class path
     * (without it, or when it cannot load, the stage goes on with the trigram model and says so).
     *
     * @throws ResourceUnavailableException naming what is missing and how to get it
     */
    public static ContextualStage load(ResourceCache cache, PrintStream progress) throws ResourceUnavailableException {
        // The Moby file is fetched first, so that its progress and BERT's first unpacking never interleave.
        Path mobyFile = MobyFiles.require(cache, progress);
        // BERT loads on a thread of its own while the rest loads here: on two cores the two overlap.
        CompletableFuture<MaskedLanguageModel> masked = CompletableFuture.supplyAsync(() -> openMasked(cache, progress),
                runnable -> new Thread(runnable, "unspin-bert-load").start());
        try {
            TrieLanguageModel lm;
            FindingSupplement possibleCheck;
            FindingSupplement names;
            FindingSupplement likelierSynonyms;
            try {
                lm = NewsLanguageModel.require();
                possibleCheck = Thesaurus.possibleCheck();
                names = Thesaurus.names();
                likelierSynonyms = Thesaurus.likelierSynonyms();
            } catch (LanguageModelUnavailableException e) {
                throw new ResourceUnavailableException(e.getMessage(), e);
            }
            MobyThesaurus moby;
            try {
                moby = MobyThesaurus.read(mobyFile);
            } catch (IOException e) {
                throw new ResourceUnavailableException("cannot read the Moby Thesaurus: " + e.getMessage()
                        + " (delete the file to fetch it again)", e);
            }
            // WordNet would otherwise load at the first restore, while BERT waits; here it loads beside BERT.
            WordNetThesaurus.shared();
            return new ContextualStage(lm, possibleCheck, names, likelierSynonyms, moby, Morphology.load(), masked.join());
        } catch (ResourceUnavailableException | RuntimeException e) {
            masked.thenAccept(model -> {
                if (model != null) {
                    model.close();
                }
            });
            throw e;
        }
    }

    /** BERT when a provider is on the class path and it loads; otherwise null, with a warning when it cannot load. */
    private static MaskedLanguageModel openMasked(ResourceCache cache, PrintStream progress) {
        Optional<MaskedLanguageModelProvider> provider = MaskedLanguageModelProvider.installed();
        if (provider.isEmpty()) {
            return null;
        }
        try {
            return provider.get().open(cache, progress);
        } catch (ResourceUnavailableException e) {
            progress.println("unspin: warning: the contextual restorer goes on without BERT: " + e.getMessage());
            return null;
        }
    }

    /**
     * The stage: the possible findings' check, the finder over Moby and WordNet candidates, broken
     * names, then the likelier WordNet synonyms in text judged spun.
     */
    public FindingSupplement supplement() {
        return supplement(reader(true));
    }

    /** The stage with the given reader's candidates. */
    public FindingSupplement supplement(FormReader reader) {
        return supplementWith(finder(reader));
    }

    /** The stage with another finder in its place (training tries the finder at several thresholds). */
    public FindingSupplement supplementWith(FindingSupplement finder) {
        return of(possibleCheck, finder, names, likelierSynonyms);
    }

    /** The finder over the reader's candidates, with BERT where it is loaded. */
    public ContextualFinder finder(FormReader reader) {
        return masked == null ? new ContextualFinder(reader, trigramDetector)
                : new ContextualFinder(reader, trigramDetector, new MaskedChoice(masked, reader), screen, maskedDetector);
    }

    /** A reader whose candidates come from Moby, and from WordNet too when asked. */
    public FormReader reader(boolean withWordNet) {
        CandidateGenerator candidates = new CandidateGenerator(moby, morphology,
                withWordNet ? form -> WordNetThesaurus.shared().synonyms(form) : form -> List.of(), word -> lm.id(word) >= 0);
        return new FormReader(lm, candidates, morphology);
    }

    public TrieLanguageModel model() {
        return lm;
    }

    public MobyThesaurus moby() {
        return moby;
    }

    public Morphology morphology() {
        return morphology;
    }

    /**
     * The same stage with BERT seen through {@code wrap} (a cache, say); the resources are shared.
     * Without BERT, the stage itself.
     */
    public ContextualStage withMaskedModel(java.util.function.UnaryOperator<MaskedLanguageModel> wrap) {
        return masked == null ? this : new ContextualStage(lm, possibleCheck, names, likelierSynonyms, moby, morphology, wrap.apply(masked));
    }

    /** BERT, when it is loaded. */
    public Optional<MaskedLanguageModel> masked() {
        return Optional.ofNullable(masked);
    }

    /**
     * The dictionary's {@code possible} findings weighed in context, then the finder, then broken
     * names ("White Home"), which stay unless the document, counting every finding, looks clean: the
     * finder's findings are what tells a text spun by a spinner the dictionary does not know. The
     * finder's detector weighs the document's spin itself, so its findings need no further gate.
     * Last, WordNet synonyms the trigram model prefers, only where the findings so far judge the
     * text spun: they are right in spun text, and most of what changed clean text when they were
     * kept wherever it did not look clean.
     */
    public static FindingSupplement of(FindingSupplement possibleCheck, FindingSupplement finder, FindingSupplement names,
            FindingSupplement likelierSynonyms) {
        return (text, found) -> afterFinder(text, finder.supplement(text, possibleCheck.supplement(text, found)), names, likelierSynonyms);
    }

    /** {@link #of}'s steps after the finder, on the findings it leaves: what training scores the finder's thresholds with. */
    public List<Finding> afterFinder(String text, List<Finding> findings) {
        return afterFinder(text, findings, names, likelierSynonyms);
    }

    private static List<Finding> afterFinder(String text, List<Finding> findings, FindingSupplement names,
            FindingSupplement likelierSynonyms) {
        return Thesaurus.ifSpun(text, Thesaurus.unlessClean(text, names.supplement(text, findings)), likelierSynonyms);
    }
}
