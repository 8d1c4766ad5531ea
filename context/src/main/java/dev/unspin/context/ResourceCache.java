package dev.unspin.context;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where fetched resources live between runs: {@code $UNSPIN_CACHE}, else
 * {@code $XDG_CACHE_HOME/unspin}, else {@code ~/.cache/unspin}. Large resources stay out of the
 * runnable jar and the editor packages; each is fetched once into this folder.
 */
public record ResourceCache(Path directory) {

    /** The cache the environment names. */
    public static ResourceCache fromEnvironment() {
        return fromEnvironment(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static ResourceCache fromEnvironment(Map<String, String> environment, Path home) {
        String explicit = environment.get("UNSPIN_CACHE");
        if (explicit != null && !explicit.isBlank()) {
            return new ResourceCache(Path.of(explicit));
        }
        String xdg = environment.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".cache");
        return new ResourceCache(base.resolve("unspin"));
    }
}
