package dev.unspin.check;

import dev.unspin.context.ContextualStage;
import dev.unspin.context.ResourceUnavailableException;
import dev.unspin.engine.Engine;
import dev.unspin.languagemodel.LanguageModelUnavailableException;
import dev.unspin.thesaurus.Thesaurus;
import java.util.function.Consumer;

/**
 * The one place an engine gets its stages: every front end passes the engine of its dictionaries
 * and the stages its options or settings chose. The dictionary always comes first, so an entry's
 * answer wins over a model's.
 */
public final class Engines {
    private Engines() {
    }

    /** Where the contextual restorer comes from: loaded now, or kept from an earlier load. */
    @FunctionalInterface
    public interface ContextualSource {
        ContextualStage get() throws ResourceUnavailableException;
    }

    /**
     * The dictionary engine followed by the chosen stages. A contextual restorer whose resources
     * are missing leaves the dictionary alone, and {@code unavailable} is told what is missing and
     * how to get it; the thesaurus, asked for by name, fails instead.
     *
     * @throws LanguageModelUnavailableException when the thesaurus was chosen and its model is missing
     */
    public static Engine withStages(Engine dictionary, Stages stages, ContextualSource contextual,
            Consumer<String> unavailable) throws LanguageModelUnavailableException {
        switch (stages) {
            case THESAURUS:
                return dictionary.withSupplement(Thesaurus.supplement());
            case CONTEXTUAL:
                try {
                    return dictionary.withSupplement(contextual.get().supplement());
                } catch (ResourceUnavailableException e) {
                    unavailable.accept("the contextual restorer is off, so only the dictionary restores: " + e.getMessage());
                    return dictionary;
                }
            default:
                return dictionary;
        }
    }
}
