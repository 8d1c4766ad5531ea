package dev.unspin.lsp;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.MarkupKind;

/** What the client said it supports, read once from {@code initialize}, with every absent part meaning no. */
record ClientFeatures(
        PositionEncoding encoding,
        boolean pullDiagnostics,
        boolean diagnosticRefresh,
        boolean documentChanges,
        boolean markdownHover,
        boolean configuration,
        boolean watchedFilesRegistration,
        boolean showDocument,
        boolean workDoneProgress) {

    static ClientFeatures of(ClientCapabilities capabilities) {
        Optional<ClientCapabilities> c = Optional.ofNullable(capabilities);
        return new ClientFeatures(
                PositionEncoding.negotiate(get(c, x -> x.getGeneral(), g -> g.getPositionEncodings())),
                get(c, x -> x.getTextDocument(), t -> t.getDiagnostic()) != null,
                Boolean.TRUE.equals(get(c, x -> x.getWorkspace(), w -> w.getDiagnostics() == null ? null
                        : w.getDiagnostics().getRefreshSupport())),
                Boolean.TRUE.equals(get(c, x -> x.getWorkspace(), w -> w.getWorkspaceEdit() == null ? null
                        : w.getWorkspaceEdit().getDocumentChanges())),
                markdown(get(c, x -> x.getTextDocument(), t -> t.getHover() == null ? null
                        : t.getHover().getContentFormat())),
                Boolean.TRUE.equals(get(c, x -> x.getWorkspace(), w -> w.getConfiguration())),
                Boolean.TRUE.equals(get(c, x -> x.getWorkspace(), w -> w.getDidChangeWatchedFiles() == null ? null
                        : w.getDidChangeWatchedFiles().getDynamicRegistration())),
                Boolean.TRUE.equals(get(c, x -> x.getWindow(), w -> w.getShowDocument() == null ? null
                        : w.getShowDocument().isSupport())),
                Boolean.TRUE.equals(get(c, x -> x.getWindow(), w -> w.getWorkDoneProgress())));
    }

    private static boolean markdown(List<String> formats) {
        return formats != null && formats.contains(MarkupKind.MARKDOWN);
    }

    private static <A, B> B get(Optional<ClientCapabilities> c, Function<ClientCapabilities, A> first,
            Function<A, B> second) {
        return c.map(first).map(second).orElse(null);
    }
}
