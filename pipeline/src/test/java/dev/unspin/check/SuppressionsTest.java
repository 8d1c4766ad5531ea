package dev.unspin.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unspin.dictionary.Confidence;
import dev.unspin.dictionary.DictionaryFormatException;
import dev.unspin.dictionary.DictionaryParser;
import dev.unspin.document.DocumentFormat;
import dev.unspin.engine.Engine;
import dev.unspin.engine.ShownConfidence;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SuppressionsTest {
    private static final Engine ENGINE = engine();

    private static Engine engine() {
        try {
            return new Engine(dev.unspin.dictionary.Dictionary.of(DictionaryParser.parse("t.unspin",
                    "mentioned => said\ncoverage shift => policy shift ; certain\n")));
        } catch (DictionaryFormatException e) {
            throw new AssertionError(e);
        }
    }

    private static List<SourceFinding> check(Engine engine, DocumentFormat format, String source, Set<String> ignored) {
        return new Checker(engine).check(new CheckRequest(source, format, ShownConfidence.atLeast(Confidence.POSSIBLE), ignored)).shown();
    }

    /** The source lines (1-based) of the findings that survive, with their entry ids. */
    private static List<String> found(DocumentFormat format, String source) {
        return check(ENGINE, format, source, Set.of()).stream()
                .map(f -> (source.substring(0, f.start()).split("\n", -1).length) + ":" + f.entryId())
                .toList();
    }

    @Test
    void disableNextLineTurnsOffOnlyTheNextLine() {
        String source = "mentioned\nunspin-disable-next-line\nmentioned\nmentioned";
        assertEquals(List.of("1:mentioned", "4:mentioned"), found(DocumentFormat.PLAIN_TEXT, source));
    }

    @Test
    void disableNextLineWithIdsTurnsOffOnlyThoseEntries() {
        String source = "<!-- unspin-disable-next-line mentioned -- quoted verbatim -->\nmentioned a coverage shift\n";
        assertEquals(List.of("2:coverage-shift"), found(DocumentFormat.MARKDOWN, source));
    }

    @Test
    void regionsRunFromDisableToEnableOrTheEnd() {
        String source = "mentioned\n<!-- unspin-disable -->\nmentioned\n<!-- unspin-enable -->\nmentioned\n"
                + "<!-- unspin-disable coverage-shift -->\nmentioned coverage shift\n";
        assertEquals(List.of("1:mentioned", "5:mentioned", "7:mentioned"), found(DocumentFormat.MARKDOWN, source));
    }

    @Test
    void enableWithIdsReenablesOnlyThoseIds() {
        String source = "<p><!-- unspin-disable mentioned, coverage-shift --></p><p>mentioned coverage shift</p>\n"
                + "<!-- unspin-enable mentioned -->\nmentioned coverage shift\n";
        assertEquals(List.of("3:mentioned"), found(DocumentFormat.HTML, source));
    }

    @Test
    void severalMarkersBeforeOneLineAddUp() {
        String source = "<!-- unspin-disable-next-line mentioned --> <!-- unspin-disable-next-line coverage-shift -->\n"
                + "mentioned coverage shift\nmentioned\n";
        assertEquals(List.of("3:mentioned"), found(DocumentFormat.MARKDOWN, source));
        assertEquals(List.of("3:mentioned"), found(DocumentFormat.MARKDOWN, source.replace(" coverage-shift -->", " -->")));
    }

    @Test
    void disableFileWorksFromAnywhere() {
        assertEquals(List.of(), found(DocumentFormat.HTML, "<p>mentioned</p><!-- unspin-disable-file -->"));
        assertEquals(List.of("1:coverage-shift"),
                found(DocumentFormat.PLAIN_TEXT, "mentioned coverage shift\nunspin-disable-file mentioned\n"));
    }

    @Test
    void markersOutsideCommentsOrNotOpeningThemDoNothing() {
        assertEquals(List.of("2:mentioned", "3:mentioned"),
                found(DocumentFormat.MARKDOWN, "unspin-disable-next-line\nmentioned\nmentioned <!-- see unspin-disable -->\n"));
        assertEquals(List.of("2:mentioned"), found(DocumentFormat.PLAIN_TEXT, "unspin-disabled\nmentioned\n"));
    }

    @Test
    void findingsAreLocatedInTheSourceAndEscapedForHtml() {
        String source = "<p>The <i>x</i> coverage&#32;shift</p>";
        var f = check(new Engine(dev.unspin.dictionary.Dictionary.of(List.of())), DocumentFormat.HTML, source, Set.of());
        assertEquals(List.of(), f);
        var found = check(ENGINE, DocumentFormat.HTML, source, Set.of());
        assertEquals("coverage&#32;shift", source.substring(found.get(0).start(), found.get(0).end()));
        assertEquals(List.of("policy shift"), found.get(0).replacements());
    }

    @Test
    void ignoredEntriesAreLeftOut() {
        assertEquals(List.of(), check(ENGINE, DocumentFormat.PLAIN_TEXT, "mentioned", Set.of("mentioned")));
    }
}
