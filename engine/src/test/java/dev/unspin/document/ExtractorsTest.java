package dev.unspin.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractorsTest {
    private static final String OBJ = String.valueOf(CheckableText.OBJECT);

    /** Every character copied verbatim must map to the same character in the source. */
    private static void assertVerbatimCharsMapExactly(CheckableText doc) {
        for (int t = 0; t < doc.text().length(); t++) {
            if (doc.map().isVerbatim(t, t + 1)) {
                assertEquals(doc.text().charAt(t), doc.source().charAt(doc.map().sourceStart(t)), "at text offset " + t);
            }
        }
    }

    /** The source text that a phrase found in the extracted text maps back to. */
    private static String sourceOf(CheckableText doc, String phrase, int occurrence) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = doc.text().indexOf(phrase, at + 1);
        }
        assertTrue(at >= 0, () -> "'" + phrase + "' not in: " + doc.text());
        return doc.source().substring(doc.map().sourceStart(at), doc.map().sourceEnd(at + phrase.length()));
    }

    @Test
    void plainTextIsItsOwnSourceAndMarkerLinesAreComments() {
        String source = "One line.\r\nunspin-disable-next-line\r\nNext.";
        CheckableText doc = DocumentFormat.PLAIN_TEXT.extract(source);
        assertEquals(source, doc.text());
        assertEquals(List.of(new Comment(11, 35, "unspin-disable-next-line")), doc.comments());
        assertEquals(5, doc.map().sourceStart(5));
        assertEquals(source.length(), doc.map().sourceEnd(source.length()));
    }

    @Test
    void markdownLeavesOutFrontMatterAndCodeBlocks() {
        String source = "---\ntitle: coverage shift\n---\n# Heading said\n\n```java\ncoverage shift\n```\n\n"
                + "Para one mentioned.\n\n    indented coverage shift\n\nEnd mentioned.\n";
        CheckableText doc = DocumentFormat.MARKDOWN.extract(source);
        assertEquals("\n\n\n# Heading said\n\n\n\n\n\nPara one mentioned.\n\n\n\n\n\nEnd mentioned.\n", doc.text());
        assertFalse(doc.text().contains("coverage"));
        assertEquals("mentioned", sourceOf(doc, "mentioned", 1));
        int end = doc.text().indexOf("End");
        assertEquals(source.indexOf("End"), doc.map().sourceStart(end));
        assertVerbatimCharsMapExactly(doc);
    }

    @Test
    void markdownLeavesOutInlineCodeLinkTargetsUrlsAndComments() {
        String source = "A `coverage shift` and [the coverage shift](https://x.org/a_(b) \"t\") and [ref][r]"
                + " see https://example.com/coverage. <!-- unspin-disable --> AT&amp;T <span class=\"x\">ok</span>\n"
                + "\n[r]: https://example.org\n";
        CheckableText doc = DocumentFormat.MARKDOWN.extract(source);
        assertEquals("A " + OBJ + " and [the coverage shift] and [ref] see " + OBJ + ". " + OBJ + " AT&T "
                + OBJ + "ok" + OBJ + "\n\n\n\n\n", doc.text());
        assertEquals("coverage shift", sourceOf(doc, "coverage shift", 0));
        assertEquals("AT&amp;T", sourceOf(doc, "AT&T", 0));
        assertEquals("`coverage shift`", sourceOf(doc, OBJ, 0));
        assertEquals(List.of(new Comment(source.indexOf("<!--"), source.indexOf("-->") + 3, " unspin-disable ")),
                doc.comments());
        assertVerbatimCharsMapExactly(doc);
    }

    @Test
    void markdownIndentedLinesInAListAreNotCode() {
        String source = "- item mentioned\n\n    continued mentioned\n";
        CheckableText doc = DocumentFormat.MARKDOWN.extract(source);
        assertEquals(source, doc.text());
    }

    @Test
    void markdownUnclosedBackticksAreText() {
        String source = "a ` b mentioned\n\nc ` d";
        assertEquals(source, DocumentFormat.MARKDOWN.extract(source).text());
    }

    @Test
    void markdownBackticksCloseWithTheNextRunOfTheirLengthAfterAnUnclosedRun() {
        // The unclosed ``` has the paragraph's runs searched to its end; the later `` must still
        // close with the last `` although a single ` in between closed at an earlier one.
        String source = "``` a ` b `` c ` d `` e `` f";
        assertEquals("``` a " + OBJ + " d " + OBJ + " f", DocumentFormat.MARKDOWN.extract(source).text());
    }

    @Test
    void markdownLinkTargetsBalanceTheirParenthesesWithinTheParagraph() {
        assertEquals("[a](b [c] e", DocumentFormat.MARKDOWN.extract("[a](b [c](d) e").text());
        assertEquals("[a] e\n\n[b](c\n\nd)", DocumentFormat.MARKDOWN.extract("[a](b (c) \\) d) e\n\n[b](c\n\nd)").text());
    }

    @Test
    void htmlKeepsOnlyTextContentAndDecodesReferences() {
        String source = "<!DOCTYPE html><html><head><title>T</title><style>p { x: \"coverage\" }</style>"
                + "<script>var s = '</p>coverage shift';</script></head><body>"
                + "<p class=\"a>b\" title='coverage shift'>They don&rsquo;t <b>see</b> the coverage&#32;shift &amp; more.</p>"
                + "<!-- unspin-disable-next-line --></body></html>";
        CheckableText doc = DocumentFormat.HTML.extract(source);
        assertEquals("\n\n\n\n\n\nT\n\n\n\n\n\n\n\n\n\n\n\nThey don\u2019t " + OBJ + "see" + OBJ
                + " the coverage shift & more.\n\n" + OBJ + "\n\n\n\n", doc.text());
        assertEquals("don&rsquo;t", sourceOf(doc, "don\u2019t", 0));
        assertEquals("coverage&#32;shift", sourceOf(doc, "coverage shift", 0));
        assertEquals(" unspin-disable-next-line ", doc.comments().get(0).body());
        assertFalse(doc.map().isVerbatim(doc.text().indexOf("don"), doc.text().indexOf("don") + 5));
        assertTrue(doc.map().isVerbatim(doc.text().indexOf("They"), doc.text().indexOf("They") + 4));
        assertVerbatimCharsMapExactly(doc);
    }

    @Test
    void htmlLessThanThatStartsNoTagIsText() {
        String source = "<p>3 < 4 and a <= b</p>";
        assertEquals("\n\n3 < 4 and a <= b\n\n", DocumentFormat.HTML.extract(source).text());
    }

    @Test
    void unknownCharacterReferencesStayAsWritten() {
        String source = "<p>&notareference; &amp</p>";
        assertEquals("\n\n&notareference; &amp\n\n", DocumentFormat.HTML.extract(source).text());
    }

    @Test
    void formatsAreFoundByIdAndFileName() {
        assertEquals(DocumentFormat.MARKDOWN, DocumentFormat.forFileName("a/b/Article.MD").orElseThrow());
        assertEquals(DocumentFormat.HTML, DocumentFormat.forFileName("x.htm").orElseThrow());
        assertTrue(DocumentFormat.forFileName("x.java").isEmpty());
        assertEquals(DocumentFormat.PLAIN_TEXT, DocumentFormat.parse("plaintext").orElseThrow());
        assertEquals("AT&amp;T &lt;b&gt;", DocumentFormat.HTML.escape("AT&T <b>"));
    }
}
