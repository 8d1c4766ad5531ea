package dev.unspin.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowDocumentParams;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * The commands code actions carry, run by the server: they write a workspace file atomically,
 * reload and republish, so that they work in every client.
 */
final class Commands {
    static final String IGNORE_IN_WORKSPACE = "unspin.ignoreInWorkspace";
    static final String ADD_MAPPING = "unspin.addMapping";
    static final String CHECK = "unspin.check";
    /** The values of {@code unspin.addMapping}'s {@code dictionary}: which dictionary it writes to. */
    static final String WORKSPACE_DICTIONARY = "workspace";
    static final String USER_DICTIONARY = "user";
    static final List<String> ALL = List.of(IGNORE_IN_WORKSPACE, ADD_MAPPING, CHECK);
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    private final Session session;

    Commands(Session session) {
        this.session = session;
    }

    Object execute(ExecuteCommandParams params) {
        List<Object> arguments = params.getArguments() == null ? List.of() : params.getArguments();
        switch (params.getCommand()) {
            case IGNORE_IN_WORKSPACE -> ignoreInWorkspace(arguments);
            case ADD_MAPPING -> addMapping(objectArgument(arguments, ADD_MAPPING));
            case CHECK -> check(arguments);
            default -> throw invalidParams("unknown command '" + params.getCommand() + "': the server runs "
                    + String.join(", ", ALL));
        }
        return null;
    }

    /**
     * Adds an entry id to the ignore file of the workspace folder of the document named by the
     * second argument; without it, of the only folder. The id must be one of that folder's entries.
     */
    private void ignoreInWorkspace(List<Object> arguments) {
        String id = stringArgument(arguments, 0, arguments.size() == 1 || arguments.size() == 2);
        CheckState state;
        if (arguments.size() == 2) {
            state = session.stateFor(stringArgument(arguments, 1, true));
        } else if (session.folders().size() <= 1) {
            state = session.defaultState();
        } else {
            throw invalidParams(IGNORE_IN_WORKSPACE + ": name the document as the second argument, "
                    + "as this workspace has " + session.folders().size() + " folders");
        }
        if (!ID.matcher(id).matches()) {
            throw invalidParams("'" + id + "' is not an entry id");
        }
        if (state.engine().dictionary().entry(id).isEmpty()) {
            throw invalidParams("unknown entry id '" + id + "': no dictionary of "
                    + (state.root() == null ? "this session" : "the workspace folder " + state.root()) + " has it");
        }
        Path file = workspaceFile(state, state.settings().ignoredEntriesFile());
        try {
            if (WorkspaceFiles.lines(file).stream().noneMatch(l -> l.strip().equals(id))) {
                WorkspaceFiles.appendLine(file, id, WorkspaceFiles.Kind.IGNORE_LIST);
            }
        } catch (IOException e) {
            throw failed("cannot write " + file + ": " + e.getMessage());
        }
        session.reload(IGNORE_IN_WORKSPACE);
        session.showInfo("unspin: " + id + " is ignored in this workspace (" + file + ")");
    }

    /** Checks the open documents named by URI, or every open document without arguments. */
    private void check(List<Object> arguments) {
        List<String> uris = new java.util.ArrayList<>();
        for (Object argument : arguments) {
            if (!(argument instanceof JsonPrimitive p && p.isString())) {
                throw invalidParams(CHECK + " takes the URIs of open documents, or nothing for all of them");
            }
            if (session.document(p.getAsString()) == null) {
                throw invalidParams(CHECK + ": " + p.getAsString() + " is not an open document");
            }
            uris.add(p.getAsString());
        }
        session.checkNow(uris);
    }

    /**
     * Appends {@code spun => original ; seen: file:line} to the workspace dictionary. Without an
     * original (a client cannot ask for text), the entry is written with the original missing and
     * the dictionary is shown with the cursor where it goes; until it is filled in the file reports
     * that problem and its last good version stays in use.
     */
    private void addMapping(JsonObject argument) {
        String uri = string(argument, "uri");
        String spun = string(argument, "spun").strip().replaceAll("\\s+", " ");
        Optional<String> original = argument.has("original") && !argument.get("original").isJsonNull()
                ? Optional.of(string(argument, "original").strip()) : Optional.empty();
        int line = argument.has("line") && argument.get("line").isJsonPrimitive() ? argument.get("line").getAsInt() : -1;
        if (spun.isEmpty() || spun.contains("=>") || spun.startsWith("#") || spun.contains("|") || spun.contains(";")) {
            throw invalidParams("cannot add '" + spun + "': a spun phrasing must be non-empty and contain no '=>', '|' or ';'");
        }
        if (original.isPresent() && (original.get().isEmpty() || original.get().contains("|") || original.get().contains(";"))) {
            throw invalidParams("the original must be non-empty and contain no '|' or ';'");
        }
        CheckState state = session.stateFor(uri);
        Path file = dictionaryFile(state, argument);
        String head = spun + " => ";
        String entry = head + original.orElse("") + evidence(state.root(), uri, line);
        int written;
        try {
            written = WorkspaceFiles.appendLine(file, entry, WorkspaceFiles.Kind.DICTIONARY);
        } catch (IOException e) {
            throw failed("cannot write " + file + ": " + e.getMessage());
        }
        session.reload(ADD_MAPPING);
        if (original.isEmpty()) {
            Position cursor = new Position(written - 1, head.length());
            if (session.features().showDocument()) {
                ShowDocumentParams show = new ShowDocumentParams(file.toUri().toString());
                show.setTakeFocus(true);
                show.setSelection(new Range(cursor, cursor));
                session.client().showDocument(show);
            }
            session.showInfo("unspin: added '" + spun + "' to " + file + " line " + written
                    + ": write its original after '=>'");
        }
    }

    /** The workspace dictionary of the document's folder, or with {@code "dictionary": "user"} the user's. */
    private static Path dictionaryFile(CheckState state, JsonObject argument) {
        String dictionary = argument.has("dictionary") ? string(argument, "dictionary") : WORKSPACE_DICTIONARY;
        return switch (dictionary) {
            case WORKSPACE_DICTIONARY -> workspaceFile(state, state.settings().workspaceDictionary());
            case USER_DICTIONARY -> state.settings().userDictionary().orElseThrow(
                    () -> failed("the user dictionary is off (unspin.userDictionary), so nothing was added"));
            default -> throw invalidParams("unknown dictionary '" + dictionary + "': use \"" + WORKSPACE_DICTIONARY
                    + "\" or \"" + USER_DICTIONARY + "\"");
        };
    }

    private static String evidence(Path root, String uri, int line) {
        try {
            Path document = Path.of(URI.create(uri));
            String name = root != null && document.startsWith(root) ? root.relativize(document).toString()
                    : document.getFileName().toString();
            if (line < 0 || name.contains(";") || name.contains("\"")) {
                return "";
            }
            return " ; seen: " + name + ":" + (line + 1);
        } catch (RuntimeException e) {
            return "";
        }
    }

    /**
     * The file a command appends to. With a workspace folder open it must lie inside it: the path
     * may come from a checked-out project's own settings, which must not make the server write
     * anywhere else (such as ../../.bashrc, or through a symbolic link out of the folder).
     */
    private static Path workspaceFile(CheckState state, String configured) {
        Path root = state.root();
        if (root == null && !Path.of(configured).isAbsolute()) {
            throw failed("no workspace folder is open, so there is no workspace file '" + configured + "' to write");
        }
        Path file = Settings.resolve(root, configured).orElseThrow(() -> failed("invalid path " + configured));
        if (root != null && !WorkspaceFiles.isInside(root, file)) {
            throw failed("'" + configured + "' is outside the workspace folder " + root
                    + ": unspin writes its workspace files only inside it");
        }
        return file;
    }

    private static String stringArgument(List<Object> arguments, int index, boolean sizeOk) {
        if (sizeOk && arguments.get(index) instanceof JsonPrimitive p && p.isString()) {
            return p.getAsString();
        }
        throw invalidParams(IGNORE_IN_WORKSPACE + " takes an entry id and the URI of the document it was found in");
    }

    private static JsonObject objectArgument(List<Object> arguments, String command) {
        if (arguments.size() == 1 && arguments.get(0) instanceof JsonObject object) {
            return object;
        }
        throw invalidParams(command + " takes one argument, {\"uri\", \"spun\", \"line\"?, \"original\"?, \"dictionary\"?}");
    }

    private static String string(JsonObject object, String key) {
        JsonElement value = object.get(key);
        if (value instanceof JsonPrimitive p && p.isString()) {
            return p.getAsString();
        }
        throw invalidParams("missing string '" + key + "'");
    }

    static ResponseErrorException invalidParams(String message) {
        return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, message, null));
    }

    private static ResponseErrorException failed(String message) {
        return new ResponseErrorException(new ResponseError(ResponseErrorCode.RequestFailed, message, null));
    }
}
