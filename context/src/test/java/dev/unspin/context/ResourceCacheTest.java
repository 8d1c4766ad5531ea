package dev.unspin.context;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResourceCacheTest {
    private static final Path HOME = Path.of("/home/reader");

    @Test
    void unspinCacheWinsOverEverythingElse() {
        assertEquals(Path.of("/var/cache/u"),
                ResourceCache.fromEnvironment(Map.of("UNSPIN_CACHE", "/var/cache/u", "XDG_CACHE_HOME", "/xdg"), HOME).directory());
    }

    @Test
    void xdgCacheHomeComesNextWithAnUnspinFolder() {
        assertEquals(Path.of("/xdg/unspin"), ResourceCache.fromEnvironment(Map.of("XDG_CACHE_HOME", "/xdg"), HOME).directory());
        assertEquals(Path.of("/xdg/unspin"),
                ResourceCache.fromEnvironment(Map.of("UNSPIN_CACHE", " ", "XDG_CACHE_HOME", "/xdg"), HOME).directory(),
                "a blank setting is no setting");
    }

    @Test
    void otherwiseTheHomeFoldersCache() {
        assertEquals(Path.of("/home/reader/.cache/unspin"), ResourceCache.fromEnvironment(Map.of(), HOME).directory());
        assertEquals(Path.of("/home/reader/.cache/unspin"),
                ResourceCache.fromEnvironment(Map.of("XDG_CACHE_HOME", ""), HOME).directory());
    }
}
