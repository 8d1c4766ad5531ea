package dev.unspin.lsp;

import dev.unspin.engine.Engine;
import java.nio.file.Path;
import java.util.Set;

/**
 * What the documents of one workspace folder are checked with at one moment: the engine over the
 * folder's dictionaries, its settings and ignored entries, and the folder itself ({@code root},
 * null in a session without folders). Replaced as a whole when any of them changes; the
 * generation, unique across folders, tells cached checks from before the change apart.
 */
record CheckState(Engine engine, Settings settings, Set<String> ignoredEntries, Path root, long generation) {
}
