package dev.unspin.lsp;

import dev.unspin.engine.Engine;
import java.util.Set;

/**
 * What documents are checked with at one moment: the engine over the loaded dictionaries, the
 * settings and the ignored entries. Replaced as a whole when any of them changes; the generation
 * tells cached checks from before the change apart.
 */
record CheckState(Engine engine, Settings settings, Set<String> ignoredEntries, long generation) {
}
