package dev.unspin.lsp;

import dev.unspin.engine.Engine;
import java.nio.file.Path;
import java.util.Set;

/**
 * What the documents of one workspace folder are checked with at one moment: the engine over the
 * folder's dictionaries, the same engine with the contextual restorer when the settings ask for it
 * and it is loaded ({@code contextual}, else null), its settings and ignored entries, and the
 * folder itself ({@code root}, null in a session without folders). Replaced as a whole when any of
 * them changes; the generation, unique across folders, tells cached checks from before the change
 * apart.
 */
record CheckState(Engine engine, Engine contextual, Settings settings, Set<String> ignoredEntries, Path root, long generation) {
}
