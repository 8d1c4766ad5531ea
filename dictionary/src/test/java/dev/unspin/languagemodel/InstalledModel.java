package dev.unspin.languagemodel;

import dev.unspin.engine.FindingSupplement;
import dev.unspin.thesaurus.Thesaurus;

/** The news language model for tests, which fail loudly without it: scripts/test-all installs it. */
public final class InstalledModel {
    private InstalledModel() {
    }

    public static TrieLanguageModel model() {
        return NewsLanguageModel.shared().orElseThrow(() -> new IllegalStateException(missing().getMessage()));
    }

    public static FindingSupplement thesaurus() {
        try {
            return Thesaurus.supplement();
        } catch (MissingLanguageModelException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static MissingLanguageModelException missing() {
        return new MissingLanguageModelException(NewsLanguageModel.location());
    }
}
