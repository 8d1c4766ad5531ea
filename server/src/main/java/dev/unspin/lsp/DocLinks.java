package dev.unspin.lsp;

import dev.unspin.corpus.UnspinCheckout;
import dev.unspin.engine.FindingOrigin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.lsp4j.DiagnosticCodeDescription;

/**
 * The {@code codeDescription} of a diagnostic: a {@code file://} link to the page of the docs that
 * explains its kind, in the unspin checkout the server runs from ({@link UnspinCheckout}). A server
 * run from elsewhere (a copied jar) has no docs to link to, and its diagnostics carry none: a link
 * to a web page would name a host the project does not control.
 */
final class DocLinks {
    private static final Optional<Path> DOCS = UnspinCheckout.root().map(root -> root.resolve("docs"))
            .filter(docs -> Files.isRegularFile(docs.resolve("language-server.md")));

    private DocLinks() {
    }

    /** The page for a finding of this origin: the dictionary format's, the thesaurus's or the contextual restorer's. */
    static Optional<DiagnosticCodeDescription> forOrigin(FindingOrigin origin) {
        String page = !(origin instanceof FindingOrigin.Proposal proposal) ? "dictionary.md"
                : switch (proposal.stage()) {
                    case THESAURUS -> "context.md";
                    case CONTEXTUAL -> "contextual-restorer.md";
                };
        return forPage(page);
    }

    /** A link to a page of docs/, when the checkout has it. */
    static Optional<DiagnosticCodeDescription> forPage(String page) {
        return DOCS.map(docs -> docs.resolve(page)).filter(Files::isRegularFile)
                .map(file -> new DiagnosticCodeDescription(file.toUri().toString()));
    }
}
