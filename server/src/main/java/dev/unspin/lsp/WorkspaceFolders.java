package dev.unspin.lsp;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersChangeEvent;

/** The workspace folders the client has open, and which of them a document belongs to. */
final class WorkspaceFolders {
    private volatile List<Path> folders = List.of();

    /** The folders of {@code initialize}: its workspace folders, else its root URI. */
    void initialize(InitializeParams params) {
        List<Path> paths = new ArrayList<>();
        if (params.getWorkspaceFolders() != null && !params.getWorkspaceFolders().isEmpty()) {
            params.getWorkspaceFolders().forEach(folder -> pathOf(folder.getUri()).ifPresent(paths::add));
        } else if (params.getRootUri() != null) {
            pathOf(params.getRootUri()).ifPresent(paths::add);
        }
        folders = paths.stream().distinct().toList();
    }

    /** Applies {@code workspace/didChangeWorkspaceFolders}. */
    synchronized void change(WorkspaceFoldersChangeEvent event) {
        List<Path> paths = new ArrayList<>(folders);
        if (event.getRemoved() != null) {
            event.getRemoved().forEach(folder -> pathOf(folder.getUri()).ifPresent(paths::remove));
        }
        if (event.getAdded() != null) {
            for (WorkspaceFolder folder : event.getAdded()) {
                pathOf(folder.getUri()).filter(p -> !paths.contains(p)).ifPresent(paths::add);
            }
        }
        folders = List.copyOf(paths);
    }

    /** The open folders in the client's order; empty for a session on single files. */
    List<Path> all() {
        return folders;
    }

    /** The folders, or a single null for a session without folders: what settings and dictionaries are loaded for. */
    List<Path> roots() {
        List<Path> current = folders;
        return current.isEmpty() ? java.util.Collections.singletonList(null) : current;
    }

    /**
     * The folder a document belongs to: the deepest one holding its file, else the first folder
     * (a file outside every folder, an untitled document), else null when none is open.
     */
    Path folderOf(String uri) {
        List<Path> current = folders;
        Optional<Path> file = pathOf(uri);
        Path best = null;
        if (file.isPresent()) {
            for (Path folder : current) {
                if (file.get().startsWith(folder) && (best == null || folder.getNameCount() > best.getNameCount())) {
                    best = folder;
                }
            }
        }
        return best != null ? best : current.isEmpty() ? null : current.get(0);
    }

    static Optional<Path> pathOf(String uri) {
        try {
            return Optional.of(Path.of(URI.create(uri)).normalize());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
