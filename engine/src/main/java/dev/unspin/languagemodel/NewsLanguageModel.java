package dev.unspin.languagemodel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The English language model the thesaurus weighs candidates with: CMU Sphinx's US English trigram
 * model (72,547 words, trained on news and broadcast text; BSD licence), as Debian's
 * {@code pocketsphinx-en-us} package installs it. The system property {@code unspin.languageModel}
 * or the environment variable {@code UNSPIN_LANGUAGE_MODEL} names another file in the same format.
 * Opened on first use, and kept while the location stays the same.
 */
public final class NewsLanguageModel {
    /** Where {@code apt-get install pocketsphinx-en-us} puts the model. */
    public static final Path DEBIAN_PATH = Path.of("/usr/share/pocketsphinx/model/en-us/en-us.lm.bin");
    public static final String ENVIRONMENT_VARIABLE = "UNSPIN_LANGUAGE_MODEL";
    public static final String SYSTEM_PROPERTY = "unspin.languageModel";

    private static Opened opened;

    private NewsLanguageModel() {
    }

    /** The configured path: the system property's if set, else the environment variable's, else Debian's. */
    public static Path location() {
        for (String configured : new String[] {System.getProperty(SYSTEM_PROPERTY), System.getenv(ENVIRONMENT_VARIABLE)}) {
            if (configured != null && !configured.isBlank()) {
                return Path.of(configured);
            }
        }
        return DEBIAN_PATH;
    }

    /**
     * The model, opened once per location; fails saying how to install it when no file is at
     * {@link #location()}, or naming the file and the problem when it cannot be read as a model.
     */
    public static TrieLanguageModel require() throws LanguageModelUnavailableException {
        try {
            return shared().orElseThrow(() -> LanguageModelUnavailableException.notInstalled(location()));
        } catch (UncheckedIOException | LanguageModelFormatException e) {
            throw LanguageModelUnavailableException.unusable(e);
        }
    }

    /**
     * The model, or empty when no file is at {@link #location()}. A file that is there but
     * unreadable or malformed is an error, not a quiet fallback. Opened once per location: a
     * changed setting takes effect at the next call.
     */
    public static synchronized Optional<TrieLanguageModel> shared() {
        Path path = location();
        if (opened == null || !opened.path().equals(path)) {
            opened = new Opened(path, open(path));
        }
        return opened.model();
    }

    private record Opened(Path path, Optional<TrieLanguageModel> model) {
    }

    static Optional<TrieLanguageModel> open(Path path) {
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        try {
            return Optional.of(TrieLanguageModel.open(path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the language model " + path + ": " + e.getMessage(), e);
        }
    }
}
