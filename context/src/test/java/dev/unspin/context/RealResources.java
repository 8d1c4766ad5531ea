package dev.unspin.context;

import dev.unspin.languagemodel.LanguageModelUnavailableException;
import dev.unspin.languagemodel.NewsLanguageModel;
import dev.unspin.languagemodel.TrieLanguageModel;
import dev.unspin.thesaurus.WordNetThesaurus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The real resources the contextual restorer runs on, loaded once per test run and shared by the
 * test classes: the news language model (Debian's pocketsphinx-en-us), the Moby Thesaurus from the
 * resource cache (fetched from the npm registry when missing) and LanguageTool's morphology.
 */
public final class RealResources {
    private RealResources() {
    }

    private static final class Model {
        static final TrieLanguageModel LM = load();

        private static TrieLanguageModel load() {
            try {
                return NewsLanguageModel.require();
            } catch (LanguageModelUnavailableException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
    }

    private static final class Moby {
        static final MobyThesaurus THESAURUS = load();

        private static MobyThesaurus load() {
            try {
                return MobyThesaurus.read(wordsFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class Morph {
        static final Morphology MORPHOLOGY = Morphology.load();
    }

    private static final class Reader {
        /** As the contextual stage reads: Moby's and WordNet's candidates. */
        static final FormReader READER = new FormReader(languageModel(), new CandidateGenerator(moby(), morphology(),
                form -> WordNetThesaurus.shared().synonyms(form), word -> languageModel().id(word) >= 0), morphology());
    }

    public static TrieLanguageModel languageModel() {
        return Model.LM;
    }

    public static MobyThesaurus moby() {
        return Moby.THESAURUS;
    }

    public static Morphology morphology() {
        return Morph.MORPHOLOGY;
    }

    /** Candidates from Moby alone (no WordNet), kept to the words the language model knows. */
    public static CandidateGenerator candidates() {
        return new CandidateGenerator(moby(), morphology(), form -> List.of(), word -> languageModel().id(word) >= 0);
    }

    /** The reader of a document's forms over Moby, WordNet, the morphology and the news model, as the contextual stage builds it. */
    public static FormReader reader() {
        return Reader.READER;
    }

    /** The cached words.txt, fetched from the npm registry first when the cache lacks it. */
    public static Path wordsFile() {
        try {
            return MobyFiles.require(ResourceCache.fromEnvironment(), System.err);
        } catch (ResourceUnavailableException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The repository's root, which the build names in the system property {@code unspin.repo}. */
    public static Path repository() {
        String repo = System.getProperty("unspin.repo");
        if (repo == null) {
            throw new IllegalStateException("the system property unspin.repo names the repository; the Maven build sets it");
        }
        return Path.of(repo);
    }
}
