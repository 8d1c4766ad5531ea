package dev.unspin.lsp;

import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** Workspace edits in the form the client accepts: versioned {@code documentChanges} when it can, else {@code changes}. */
final class Edits {
    private Edits() {
    }

    static WorkspaceEdit of(OpenDocument doc, List<TextEdit> edits, boolean documentChanges) {
        if (documentChanges) {
            // The version lets the client refuse the edit if the document changed since the check.
            TextDocumentEdit edit = new TextDocumentEdit(new VersionedTextDocumentIdentifier(doc.uri(), doc.version()),
                    edits.stream().map(Either::<TextEdit, org.eclipse.lsp4j.SnippetTextEdit>forLeft).toList());
            return new WorkspaceEdit(List.of(Either.forLeft(edit)));
        }
        return new WorkspaceEdit(Map.of(doc.uri(), edits));
    }
}
