package dev.unspin.lsp;

import static dev.unspin.lsp.Expect.range;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HoverTest {
    @TempDir
    Path root;

    private Hover hover(ClientCapabilities capabilities, int character) throws Exception {
        Files.writeString(root.resolve("d.unspin"), "coverage shift => policy shift | change of policy ; certain"
                + " ; seen: wp.txt:1, nyt.txt:4 ; example: \"a coverage shift; at last\"\n");
        try (ServerHarness h = new ServerHarness()) {
            h.initialize(capabilities, ServerHarness.options(""), root);
            String uri = root.resolve("a.txt").toUri().toString();
            h.open(uri, "plaintext", "A Coverage shift.");
            h.diagnostics(uri);
            return h.get(h.server.getTextDocumentService().hover(
                    new HoverParams(new TextDocumentIdentifier(uri), new Position(0, character))));
        }
    }

    @Test
    void hoverExplainsTheMappingInMarkdown() throws Exception {
        Hover expected = new Hover(new MarkupContent("markdown",
                "**unspin**: \u201CCoverage shift\u201D \u2192 **Policy shift**\n\n"
                        + "Alternatives: \u201CChange of policy\u201D\n\n"
                        + "Confidence: certain \u00B7 entry `coverage-shift` (" + root.resolve("d.unspin") + ":1)\n\n"
                        + "Seen in: wp.txt:1, nyt.txt:4\n\n"
                        + "Example: a coverage shift; at last"));
        expected.setRange(range(0, 2, 16));
        assertEquals(expected, hover(ServerHarness.capabilities(), 10));
    }

    @Test
    void hoverIsPlainTextForClientsWithoutMarkdownAndNullAwayFromFindings() throws Exception {
        ClientCapabilities plain = ServerHarness.capabilities();
        plain.getTextDocument().getHover().setContentFormat(java.util.List.of("plaintext"));
        Hover hover = hover(plain, 2);
        assertEquals("plaintext", hover.getContents().getRight().getKind());
        assertEquals("unspin: \u201CCoverage shift\u201D \u2192 Policy shift", hover.getContents().getRight().getValue().lines().findFirst().orElseThrow());
        assertNull(hover(ServerHarness.capabilities(), 0));
    }
}
