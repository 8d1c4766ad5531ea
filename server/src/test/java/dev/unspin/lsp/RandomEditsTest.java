package dev.unspin.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random incremental edits with emoji, CJK, combining marks, every kind of line break and spun
 * phrases of the shipped dictionary, in each position encoding: after every change the server's
 * text equals the client's, every diagnostic lies inside the document and covers the text it
 * names, and the diagnostics equal those of the same text opened afresh.
 */
class RandomEditsTest {
    private static final List<String> PIECES = List.of("information convention", "Information Convention", "navy officers",
            "mentioned", "coverage shift", "White Home", "serious coverage", "whether or not", "utilized", " ", " ", "the ",
            "said ", "Blinken ", ". ", "\n", "\r\n", "\r", "\n\n", "\ud83d\ude00", "\ud83c\uddfa\ud83c\udde6", "\u4e2d\u6587",
            "e\u0301", "\u00e9t\u00e9 ", "\t", "\u200b");
    /** Markup that Markdown and HTML leave out or stop phrases at, opened and closed at random. */
    private static final List<String> MARKUP = List.of("`", "``", "```\n", "[", "]", "](", "(", ")", "<b>", "</b>", "<p>",
            "<a href=\"", "\"", "'", "<!--", "-->", "<!-- unspin-disable-next-line -->", "<script>", "</script>", "\\",
            "http://x.org/ ", "    ", "- ", "# ", "---\n", "&amp;", ">");

    @TempDir
    Path root;

    @ParameterizedTest
    @ValueSource(strings = {"utf-16", "utf-8", "utf-32"})
    void theServersTextAndDiagnosticsFollowRandomEdits(String encoding) throws Exception {
        randomEdits(encoding, "plaintext", PIECES, Reliability.count(2_000, 40_000));
    }

    /** The same in Markdown and HTML, with markup among the pieces: extraction and its offset map are edited too. */
    @ParameterizedTest
    @ValueSource(strings = {"markdown", "html"})
    void markdownAndHtmlFollowRandomEdits(String languageId) throws Exception {
        List<String> pieces = new ArrayList<>(PIECES);
        pieces.addAll(MARKUP);
        pieces.addAll(MARKUP);
        randomEdits("utf-16", languageId, pieces, Reliability.count(1_000, 20_000));
    }

    private void randomEdits(String encoding, String languageId, List<String> pieces, int steps) throws Exception {
        String name = "random edits " + encoding + ("plaintext".equals(languageId) ? "" : " " + languageId);
        long seed = Reliability.seed(name);
        Random random = new Random(seed ^ name.hashCode());
        int changes = 0;
        int diagnosticsChecked = 0;
        int comparisons = 0;
        try (ServerHarness h = new ServerHarness()) {
            ClientCapabilities capabilities = ServerHarness.capabilities();
            capabilities.getGeneral().setPositionEncodings(List.of(encoding));
            JsonObject options = JsonParser.parseString("{\"debounceMs\": 0}").getAsJsonObject();
            assertEquals(encoding, h.initialize(capabilities, options, root).getCapabilities().getPositionEncoding());
            String extension = switch (languageId) {
                case "markdown" -> ".md";
                case "html" -> ".html";
                default -> ".txt";
            };
            String uri = root.resolve("edited" + extension).toUri().toString();
            String text = "The White Home mentioned an information convention.\r\n\ud83d\ude00 navy officers\n";
            h.open(uri, languageId, text);
            h.diagnostics(uri);
            for (int version = 2; version <= steps + 1; version++) {
                List<TextDocumentContentChangeEvent> events = new ArrayList<>();
                for (int n = 1 + random.nextInt(3); n > 0; n--) {
                    if (random.nextInt(40) == 0) {
                        text = insertion(random, pieces, 20 + random.nextInt(60));
                        events.add(new TextDocumentContentChangeEvent(text));
                        continue;
                    }
                    int start = boundary(text, random.nextInt(text.length() + 1));
                    int end = boundary(text, Math.min(text.length(), start + random.nextInt(random.nextBoolean() ? 4 : 16)));
                    String inserted = random.nextInt(4) == 0 ? "" : insertion(random, pieces, 1 + random.nextInt(3));
                    Range range = new Range(EncodedText.position(text, start, encoding), EncodedText.position(text, end, encoding));
                    events.add(new TextDocumentContentChangeEvent(range, inserted));
                    text = text.substring(0, start) + inserted + text.substring(end);
                }
                changes += events.size();
                h.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                        new VersionedTextDocumentIdentifier(uri, version), events));
                PublishDiagnosticsParams published = diagnosticsOf(h, uri, version);
                String context = "seed " + seed + ", " + encoding + ", " + languageId + ", version " + version;
                assertEquals(text, h.local.document(uri).text(), context);
                for (Diagnostic d : published.getDiagnostics()) {
                    checkRange(text, d, encoding, context);
                    diagnosticsChecked++;
                }
                if (version % 50 == 0) {
                    String fresh = root.resolve("fresh-" + version + extension).toUri().toString();
                    h.open(fresh, languageId, text);
                    assertEquals(published.getDiagnostics(), diagnosticsOf(h, fresh, 1).getDiagnostics(),
                            "the edited document's diagnostics equal those of its text opened afresh; " + context);
                    h.server.getTextDocumentService().didClose(new org.eclipse.lsp4j.DidCloseTextDocumentParams(
                            new org.eclipse.lsp4j.TextDocumentIdentifier(fresh)));
                    comparisons++;
                }
            }
            Reliability.figures(name, "versions", steps, "changes applied", changes,
                    "diagnostics checked", diagnosticsChecked, "compared with a fresh open", comparisons,
                    "final length", text.length());
        }
    }

    /** Diagnostics published for this version, skipping those of earlier versions and other documents. */
    private static PublishDiagnosticsParams diagnosticsOf(ServerHarness h, String uri, int version) {
        while (true) {
            PublishDiagnosticsParams p = h.diagnostics(uri);
            if (p.getVersion() != null && p.getVersion() == version) {
                return p;
            }
        }
    }

    /** The diagnostic's range lies inside the text and covers the phrase its data and message name. */
    private static void checkRange(String text, Diagnostic d, String encoding, String context) {
        int start = EncodedText.offset(text, d.getRange().getStart(), encoding);
        int end = EncodedText.offset(text, d.getRange().getEnd(), encoding);
        String what = context + ": " + d;
        assertTrue(start >= 0 && end >= start, "the range lies inside the document: " + what);
        if (!(d.getData() instanceof JsonObject data) || !data.has("spun")) {
            return; // not about one phrasing
        }
        String covered = text.substring(start, end);
        assertEquals(data.get("spun").getAsString(), covered, what);
        String message = d.getMessage().getLeft();
        String quoted = message.substring(1, message.indexOf('\u201D'));
        assertEquals(normalized(quoted), normalized(covered), "the message names the covered text: " + what);
    }

    private static String normalized(String s) {
        return s.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** A random offset moved off the middle of a surrogate pair or of \r\n, which no position can name. */
    private static int boundary(String text, int offset) {
        while (offset > 0 && offset < text.length()
                && ((Character.isLowSurrogate(text.charAt(offset)) && Character.isHighSurrogate(text.charAt(offset - 1)))
                || (text.charAt(offset) == '\n' && text.charAt(offset - 1) == '\r'))) {
            offset--;
        }
        return offset;
    }

    private static String insertion(Random random, List<String> pieces, int count) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            s.append(pieces.get(random.nextInt(pieces.size())));
        }
        return s.toString();
    }
}
