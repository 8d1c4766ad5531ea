package dev.unspin.languagemodel;

import dev.unspin.engine.FindingSupplement;
import dev.unspin.thesaurus.Thesaurus;

/** The news language model for tests, which fail loudly without it: scripts/test-all installs it. */
public final class InstalledModel {
    private InstalledModel() {
    }

    public static TrieLanguageModel model() {
        try {
            return NewsLanguageModel.require();
        } catch (LanguageModelUnavailableException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public static FindingSupplement thesaurus() {
        try {
            return Thesaurus.supplement();
        } catch (LanguageModelUnavailableException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
