package dev.unspin.lsp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.Unregistration;
import org.eclipse.lsp4j.UnregistrationParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Asks the client (when it can register dynamically) to watch the files the server reads: every
 * {@code *.unspin} file and {@code .unspin} folder, and each configured dictionary and ignore
 * file, which may lie anywhere. The set follows the settings: when a load reads other files, the
 * old registration is withdrawn and a new one made.
 */
final class FileWatchers {
    static final String METHOD = "workspace/didChangeWatchedFiles";
    private static final List<String> ALWAYS = List.of("**/*.unspin", "**/.unspin/**");

    private final Session session;
    private List<Path> registered;
    private String registrationId;
    private int registrations;

    FileWatchers(Session session) {
        this.session = session;
    }

    /** Registers the watchers for these files unless they are the ones registered already. */
    synchronized void update(List<Path> files) {
        if (!session.features().watchedFilesRegistration() || files.equals(registered)) {
            return;
        }
        if (registrationId != null) {
            session.client().unregisterCapability(new UnregistrationParams(List.of(new Unregistration(registrationId, METHOD))))
                    .whenComplete((ok, error) -> refused("stop watching the previous dictionary files", error));
        }
        List<FileSystemWatcher> watchers = new ArrayList<>();
        ALWAYS.forEach(glob -> watchers.add(new FileSystemWatcher(Either.forLeft(glob))));
        files.forEach(file -> watchers.add(new FileSystemWatcher(Either.forLeft(file.toString()))));
        registered = List.copyOf(files);
        registrationId = "unspin-watched-files-" + ++registrations;
        Registration registration = new Registration(registrationId, METHOD, new DidChangeWatchedFilesRegistrationOptions(watchers));
        session.client().registerCapability(new RegistrationParams(List.of(registration)))
                .whenComplete((ok, error) -> refused("watch dictionary files", error));
    }

    private void refused(String what, Throwable error) {
        if (error != null) {
            session.log().warn("the client refused to " + what + ": " + error.getMessage());
        }
    }
}
