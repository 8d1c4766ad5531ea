package dev.unspin.lsp;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.ConfigurationItem;
import org.eclipse.lsp4j.ConfigurationParams;

/**
 * Where a folder's settings come from, later ones overriding earlier ones key by key: the
 * {@code initializationOptions}, the last {@code didChangeConfiguration} that carried settings,
 * and the client's {@code workspace/configuration} answer for the folder.
 */
final class SettingsSources {
    private JsonObject initializationOptions = new JsonObject();
    private JsonObject pushed = new JsonObject();
    /** Per folder; the key null stands for a session without folders. */
    private final Map<Path, JsonObject> pulled = new HashMap<>();

    synchronized void initializationOptions(Object options) {
        initializationOptions = Settings.section(options);
    }

    /** The settings of a didChangeConfiguration; anything but an object (VS Code's null) pushes nothing. */
    synchronized void pushed(Object settings) {
        if (settings instanceof JsonObject object) {
            pushed = Settings.section(object);
        }
    }

    /** The request for the {@code unspin} section of each scope: a folder, or null for no folder. */
    static ConfigurationParams request(List<Path> scopes) {
        List<ConfigurationItem> items = new ArrayList<>();
        for (Path scope : scopes) {
            ConfigurationItem item = new ConfigurationItem();
            item.setSection(Settings.SECTION);
            if (scope != null) {
                item.setScopeUri(scope.toUri().toString());
            }
            items.add(item);
        }
        return new ConfigurationParams(items);
    }

    /** The client's answer to {@link #request}; a missing or null answer is no settings for that scope. */
    synchronized void pulled(List<Path> scopes, List<Object> answers) {
        for (int i = 0; i < scopes.size(); i++) {
            pulled.put(scopes.get(i), Settings.section(answers != null && i < answers.size() ? answers.get(i) : null));
        }
    }

    /** Forgets the answers for folders no longer open. */
    synchronized void retain(List<Path> folders) {
        pulled.keySet().retainAll(folders);
    }

    synchronized Settings.Parsed parse(Path folder) {
        return Settings.parse(List.of(initializationOptions, pushed, pulled.getOrDefault(folder, new JsonObject())));
    }
}
