package dev.unspin.lsp;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.unspin.dictionary.Confidence;
import dev.unspin.document.DocumentFormat;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.lsp4j.DiagnosticSeverity;

/**
 * The server's configuration, section {@code unspin}. Every key is optional; docs/language-server.md
 * lists them with their defaults. A value of the wrong type or an unknown name is reported as a
 * problem and the key keeps its default.
 */
record Settings(
        List<String> dictionaries,
        boolean defaultDictionary,
        String workspaceDictionary,
        String ignoredEntriesFile,
        Optional<Confidence> minConfidence,
        Map<Confidence, DiagnosticSeverity> severity,
        Set<String> ignoredEntries,
        Map<String, String> fileTypes,
        int debounceMs,
        List<String> cleanCorpus,
        boolean defaultCleanCorpus,
        boolean thesaurus,
        Confidence fixOnSaveConfidence,
        boolean contextual,
        CheckOn checkOn,
        Optional<Path> userDictionary) {

    /** When a document is checked: on every change, on save, or only when the {@code unspin.check} command asks. */
    enum CheckOn {
        CHANGE, SAVE, MANUAL;

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static final String SECTION = "unspin";
    static final String OFF = "off";
    /** The {@code minConfidence} value that lets each document's spin evidence choose, as {@code unspin restore} does. */
    static final String EVIDENCE = "evidence";

    static final Settings DEFAULTS = new Settings(List.of(), true, ".unspin/dictionary.unspin",
            ".unspin/ignored-entries", Optional.empty(),
            Map.of(Confidence.CERTAIN, DiagnosticSeverity.Error, Confidence.LIKELY, DiagnosticSeverity.Warning,
                    Confidence.POSSIBLE, DiagnosticSeverity.Information),
            Set.of(),
            DocumentFormat.BY_EXTENSION.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> e.getValue().id())),
            50, List.of(), true, false, Confidence.CERTAIN, true, CheckOn.CHANGE,
            UserDictionary.defaultPath(System.getenv(), System.getProperty("user.home")));

    /** Settings with the problems found in the values they were read from. */
    record Parsed(Settings settings, List<String> problems) {
    }

    /**
     * The {@code unspin} object of a client's payload, which may also be that object itself. An
     * empty array stands for an empty object: Lua has one empty table for both, and Neovim sends
     * {@code settings = { unspin = {} }} as {@code {"unspin": []}}; null (eglot's answer for a
     * section it has no value for) is no settings.
     */
    static JsonObject section(Object payload) {
        JsonElement value = payload instanceof JsonObject object && object.has(SECTION) ? object.get(SECTION)
                : payload instanceof JsonElement element ? element : null;
        return value instanceof JsonObject inner ? inner : new JsonObject();
    }

    /** Reads settings from layers in order, later layers overriding earlier ones key by key. */
    static Parsed parse(List<JsonObject> layers) {
        JsonObject merged = new JsonObject();
        for (JsonObject layer : layers) {
            layer.entrySet().forEach(e -> merged.add(e.getKey(), e.getValue()));
        }
        List<String> problems = new ArrayList<>();
        Reader r = new Reader(merged, problems);
        Settings s = new Settings(
                r.strings("dictionaries", DEFAULTS.dictionaries),
                r.bool("defaultDictionary", DEFAULTS.defaultDictionary),
                r.string("workspaceDictionary", DEFAULTS.workspaceDictionary),
                r.string("ignoredEntriesFile", DEFAULTS.ignoredEntriesFile),
                r.minimum("minConfidence", DEFAULTS.minConfidence),
                r.severities("severity"),
                Set.copyOf(r.strings("ignoredEntries", List.copyOf(DEFAULTS.ignoredEntries))),
                r.fileTypes("fileTypes"),
                r.integer("debounceMs", DEFAULTS.debounceMs, 0, 10_000),
                r.strings("cleanCorpus", DEFAULTS.cleanCorpus),
                r.bool("defaultCleanCorpus", DEFAULTS.defaultCleanCorpus),
                r.bool("thesaurus", DEFAULTS.thesaurus),
                r.confidence("fixOnSaveConfidence", DEFAULTS.fixOnSaveConfidence),
                r.bool("contextual", DEFAULTS.contextual),
                r.checkOn("checkOn", DEFAULTS.checkOn),
                r.userDictionary("userDictionary", DEFAULTS.userDictionary));
        for (String key : merged.keySet()) {
            if (!Reader.KEYS.contains(key)) {
                problems.add("unknown setting unspin." + key + " (known: " + String.join(", ", Reader.KEYS) + ")");
            }
        }
        return new Parsed(s, problems);
    }

    /** The format a document is checked as, from its file extension or else its language id; empty: not checked. */
    Optional<DocumentFormat> formatOf(String uri, String languageId) {
        String format = fileTypes.get(DocumentFormat.extension(uri));
        if (format == null) {
            format = "text".equals(languageId) ? "plaintext" : languageId;
        }
        return format == null ? Optional.empty() : DocumentFormat.parse(format);
    }

    /** A configured path, resolved against the workspace root when relative; empty if it cannot be. */
    static Optional<Path> resolve(Path root, String configured) {
        try {
            Path path = configured.startsWith("file:") ? Path.of(URI.create(configured)) : Path.of(configured);
            if (path.isAbsolute()) {
                return Optional.of(path.normalize());
            }
            return root == null ? Optional.empty() : Optional.of(root.resolve(path).normalize());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static final class Reader {
        static final List<String> KEYS = List.of("dictionaries", "defaultDictionary", "workspaceDictionary",
                "ignoredEntriesFile", "minConfidence", "severity", "ignoredEntries", "fileTypes", "debounceMs",
                "cleanCorpus", "defaultCleanCorpus", "thesaurus", "fixOnSaveConfidence", "contextual", "checkOn", "userDictionary");

        private final JsonObject json;
        private final List<String> problems;

        Reader(JsonObject json, List<String> problems) {
            this.json = json;
            this.problems = problems;
        }

        private JsonElement get(String key) {
            JsonElement value = json.get(key);
            return value == null || value.isJsonNull() ? null : value;
        }

        /** An object-valued key, where an empty array is an empty object (Lua's empty table, see {@link #section}). */
        private JsonElement getObject(String key) {
            JsonElement value = get(key);
            return value instanceof JsonArray array && array.isEmpty() ? new JsonObject() : value;
        }

        private void problem(String key, String expected, JsonElement value) {
            problems.add("unspin." + key + ": expected " + expected + ", got " + value);
        }

        private static boolean isString(JsonElement e) {
            return e instanceof JsonPrimitive p && p.isString();
        }

        boolean bool(String key, boolean fallback) {
            JsonElement value = get(key);
            if (value == null) {
                return fallback;
            }
            if (value instanceof JsonPrimitive p && p.isBoolean()) {
                return p.getAsBoolean();
            }
            problem(key, "true or false", value);
            return fallback;
        }

        String string(String key, String fallback) {
            JsonElement value = get(key);
            if (value == null) {
                return fallback;
            }
            if (isString(value) && !value.getAsString().isBlank()) {
                return value.getAsString();
            }
            problem(key, "a non-empty string", value);
            return fallback;
        }

        int integer(String key, int fallback, int min, int max) {
            JsonElement value = get(key);
            if (value == null) {
                return fallback;
            }
            if (value instanceof JsonPrimitive p && p.isNumber()) {
                double d = p.getAsDouble();
                if (d == Math.rint(d) && d >= min && d <= max) {
                    return (int) d;
                }
            }
            problem(key, "a whole number from " + min + " to " + max, value);
            return fallback;
        }

        List<String> strings(String key, List<String> fallback) {
            JsonElement value = get(key);
            if (value == null) {
                return fallback;
            }
            if (value instanceof JsonArray array) {
                List<String> out = new ArrayList<>();
                for (JsonElement item : array) {
                    if (!isString(item)) {
                        problem(key, "an array of strings", value);
                        return fallback;
                    }
                    out.add(item.getAsString());
                }
                return List.copyOf(out);
            }
            problem(key, "an array of strings", value);
            return fallback;
        }

        /** A fixed minimum confidence, or empty for {@value #EVIDENCE}: each document's evidence decides. */
        Optional<Confidence> minimum(String key, Optional<Confidence> fallback) {
            JsonElement value = get(key);
            if (value == null) {
                return fallback;
            }
            if (isString(value) && value.getAsString().equals(EVIDENCE)) {
                return Optional.empty();
            }
            Optional<Confidence> parsed = isString(value) ? Confidence.parse(value.getAsString()) : Optional.empty();
            if (parsed.isEmpty()) {
                problem(key, EVIDENCE + ", certain, likely or possible", value);
                return fallback;
            }
            return parsed;
        }

        /** A {@code .unspin} file by absolute or {@code ~/} path, {@value #OFF} for none, or empty for the default place. */
        Optional<Path> userDictionary(String key, Optional<Path> fallback) {
            JsonElement value = get(key);
            if (value == null) {
                return fallback;
            }
            if (isString(value) && value.getAsString().equals(OFF)) {
                return Optional.empty();
            }
            if (isString(value) && value.getAsString().isBlank()) {
                return DEFAULTS.userDictionary; // what an editor sends for "not set"
            }
            Optional<Path> path = isString(value)
                    ? UserDictionary.configured(value.getAsString(), System.getenv(), System.getProperty("user.home"))
                    : Optional.empty();
            if (path.isEmpty() || !path.get().toString().endsWith(UserDictionary.EXTENSION)) {
                problem(key, "\"off\" or the absolute or ~/ path of a " + UserDictionary.EXTENSION + " file", value);
                return fallback;
            }
            return path;
        }

        CheckOn checkOn(String key, CheckOn fallback) {
            JsonElement value = get(key);
            if (value == null) {
                return fallback;
            }
            for (CheckOn mode : CheckOn.values()) {
                if (isString(value) && value.getAsString().equals(mode.id())) {
                    return mode;
                }
            }
            problem(key, "change, save or manual", value);
            return fallback;
        }

        Confidence confidence(String key, Confidence fallback) {
            JsonElement value = get(key);
            if (value == null) {
                return fallback;
            }
            Optional<Confidence> parsed = isString(value) ? Confidence.parse(value.getAsString()) : Optional.empty();
            if (parsed.isEmpty()) {
                problem(key, "certain, likely or possible", value);
                return fallback;
            }
            return parsed.get();
        }

        Map<Confidence, DiagnosticSeverity> severities(String key) {
            Map<Confidence, DiagnosticSeverity> out = new EnumMap<>(DEFAULTS.severity);
            JsonElement value = getObject(key);
            if (value == null) {
                return Map.copyOf(out);
            }
            if (!(value instanceof JsonObject object)) {
                problem(key, "an object such as {\"possible\": \"hint\"}", value);
                return Map.copyOf(out);
            }
            for (var e : object.entrySet()) {
                Optional<Confidence> confidence = Confidence.parse(e.getKey());
                Optional<DiagnosticSeverity> severity = isString(e.getValue())
                        ? severity(e.getValue().getAsString()) : Optional.empty();
                if (confidence.isEmpty()) {
                    problems.add("unspin." + key + ": unknown confidence '" + e.getKey() + "' (use certain, likely or possible)");
                } else if (severity.isEmpty()) {
                    problem(key + "." + e.getKey(), "error, warning, information or hint", e.getValue());
                } else {
                    out.put(confidence.get(), severity.get());
                }
            }
            return Map.copyOf(out);
        }

        private static Optional<DiagnosticSeverity> severity(String name) {
            return switch (name) {
                case "error" -> Optional.of(DiagnosticSeverity.Error);
                case "warning" -> Optional.of(DiagnosticSeverity.Warning);
                case "information" -> Optional.of(DiagnosticSeverity.Information);
                case "hint" -> Optional.of(DiagnosticSeverity.Hint);
                default -> Optional.empty();
            };
        }

        Map<String, String> fileTypes(String key) {
            Map<String, String> out = new LinkedHashMap<>(DEFAULTS.fileTypes);
            JsonElement value = getObject(key);
            if (value == null) {
                return Map.copyOf(out);
            }
            if (!(value instanceof JsonObject object)) {
                problem(key, "an object from file extension to plaintext, markdown, html or off", value);
                return Map.copyOf(out);
            }
            Set<String> known = new LinkedHashSet<>();
            for (DocumentFormat f : DocumentFormat.values()) {
                known.add(f.id());
            }
            known.add(OFF);
            for (var e : object.entrySet()) {
                String extension = e.getKey().replaceFirst("^\\.", "").toLowerCase(Locale.ROOT);
                if (isString(e.getValue()) && known.contains(e.getValue().getAsString())) {
                    out.put(extension, e.getValue().getAsString());
                } else {
                    problem(key + "." + e.getKey(), "plaintext, markdown, html or off", e.getValue());
                }
            }
            return Map.copyOf(out);
        }
    }
}
