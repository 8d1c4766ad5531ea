package dev.unspin.lsp;

import dev.unspin.check.SourceFinding;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.RelatedFullDocumentDiagnosticReport;
import org.eclipse.lsp4j.RelatedUnchangedDocumentDiagnosticReport;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.CompletableFutures;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;

/** Document notifications update the {@link Session}; requests are answered off the message thread and honour cancellation. */
final class UnspinTextDocumentService implements TextDocumentService {
    private final Session session;
    private final Executor requests;
    private final CodeActionFactory codeActions;

    UnspinTextDocumentService(Session session, Executor requests) {
        this.session = session;
        this.requests = requests;
        this.codeActions = new CodeActionFactory(session);
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        TextDocumentItem item = params.getTextDocument();
        if (DictionaryDocuments.isDictionary(item.getUri(), item.getLanguageId())) {
            session.dictionaryDocuments().open(item);
        } else {
            session.open(item);
        }
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        if (session.dictionaryDocuments().isOpen(params.getTextDocument().getUri())) {
            session.dictionaryDocuments().change(params.getTextDocument().getUri(), params.getTextDocument().getVersion(),
                    params.getContentChanges());
            return;
        }
        try {
            session.change(params.getTextDocument().getUri(), params.getTextDocument().getVersion(), params.getContentChanges());
        } catch (IllegalArgumentException e) {
            // A change the text cannot take (a range ending before it starts): the client's mistake,
            // said in one line; the document stays as it was until the client sends it whole.
            session.log().warn("ignored a change to " + params.getTextDocument().getUri() + ": " + e.getMessage());
        }
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        if (session.dictionaryDocuments().isOpen(params.getTextDocument().getUri())) {
            session.dictionaryDocuments().close(params.getTextDocument().getUri());
            return;
        }
        session.close(params.getTextDocument().getUri());
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        if (session.isWatched(params.getTextDocument().getUri())) {
            session.reload("saved " + params.getTextDocument().getUri());
        } else if (session.document(params.getTextDocument().getUri()) != null) {
            session.saved(params.getTextDocument().getUri());
        }
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        String uri = params.getTextDocument().getUri();
        if (session.dictionaryDocuments().isOpen(uri)) {
            return CompletableFutures.computeAsync(requests,
                    cancel -> session.dictionaryDocuments().hover(uri, params.getPosition()));
        }
        OpenDocument doc = session.document(params.getTextDocument().getUri());
        return CompletableFutures.computeAsync(requests, cancel -> {
            if (doc == null) {
                return null;
            }
            Analysis analysis = session.requestAnalysis(doc);
            cancel.checkCanceled();
            SourceFinding finding = analysis.findingAt(doc.lines().offset(params.getPosition(), session.encoding()));
            return finding == null ? null
                    : HoverFactory.of(finding, doc, session.encoding(), session.features().markdownHover());
        });
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        OpenDocument doc = session.document(params.getTextDocument().getUri());
        return CompletableFutures.computeAsync(requests, cancel -> doc == null ? List.of()
                : codeActions.actions(params, doc, cancel).stream().map(Either::<Command, CodeAction>forRight).toList());
    }

    @Override
    public CompletableFuture<DocumentDiagnosticReport> diagnostic(DocumentDiagnosticParams params) {
        OpenDocument doc = session.checkedDocument(params.getTextDocument().getUri());
        return CompletableFutures.computeAsync(requests, cancel -> {
            if (doc == null) {
                return new DocumentDiagnosticReport(new RelatedFullDocumentDiagnosticReport(List.of()));
            }
            Analysis analysis = session.analysis(doc);
            cancel.checkCanceled();
            // The result id names the version, the check state and whether the contextual step is in: equal ids mean equal diagnostics.
            String resultId = doc.version() + ":" + analysis.generation() + (analysis.complete() ? "" : ":partial");
            if (resultId.equals(params.getPreviousResultId())) {
                return new DocumentDiagnosticReport(new RelatedUnchangedDocumentDiagnosticReport(resultId));
            }
            RelatedFullDocumentDiagnosticReport report = new RelatedFullDocumentDiagnosticReport(analysis.diagnostics());
            report.setResultId(resultId);
            return new DocumentDiagnosticReport(report);
        });
    }
}
