package dev.unspin.lsp;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the per-user dictionary is: {@code $XDG_CONFIG_HOME/unspin/dictionary.unspin}, else
 * {@code ~/.config/unspin/dictionary.unspin}, as the XDG base directory specification puts a
 * program's configuration (a relative {@code XDG_CONFIG_HOME} is invalid there, and ignored).
 */
final class UserDictionary {
    static final String FILE = "unspin/dictionary.unspin";
    static final String EXTENSION = ".unspin";

    private UserDictionary() {
    }

    static Optional<Path> defaultPath(Map<String, String> environment, String userHome) {
        String config = environment.get("XDG_CONFIG_HOME");
        if (config != null && !config.isEmpty() && Path.of(config).isAbsolute()) {
            return Optional.of(Path.of(config).resolve(FILE));
        }
        return home(environment, userHome).map(home -> home.resolve(".config").resolve(FILE));
    }

    /** A configured path: absolute, or starting with {@code ~/}; empty when it is neither. */
    static Optional<Path> configured(String value, Map<String, String> environment, String userHome) {
        if (value.startsWith("~/")) {
            return home(environment, userHome).map(home -> home.resolve(value.substring(2)).normalize());
        }
        try {
            Path path = Path.of(value);
            return path.isAbsolute() ? Optional.of(path.normalize()) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> home(Map<String, String> environment, String userHome) {
        String home = environment.getOrDefault("HOME", userHome);
        return home == null || home.isEmpty() ? Optional.empty() : Optional.of(Path.of(home));
    }
}
