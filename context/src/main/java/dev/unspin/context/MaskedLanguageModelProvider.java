package dev.unspin.context;

import java.io.PrintStream;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Opens a masked language model; implementations are listed in
 * {@code META-INF/services/dev.unspin.context.MaskedLanguageModelProvider} of a module on the class
 * path (unspin-bert), so that the core runs, with the trigram model alone, where none is.
 */
public interface MaskedLanguageModelProvider {

    /**
     * The model, unpacking or fetching it into the cache first when needed, with progress on
     * {@code progress}.
     *
     * @throws ResourceUnavailableException naming what is missing and how to get it
     */
    MaskedLanguageModel open(ResourceCache cache, PrintStream progress) throws ResourceUnavailableException;

    /** The first provider on the class path, if any; one that cannot even be instantiated counts as none. */
    static Optional<MaskedLanguageModelProvider> installed() {
        try {
            return ServiceLoader.load(MaskedLanguageModelProvider.class).findFirst();
        } catch (ServiceConfigurationError e) {
            return Optional.empty();
        }
    }
}
