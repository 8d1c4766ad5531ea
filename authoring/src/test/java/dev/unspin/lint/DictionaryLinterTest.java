package dev.unspin.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unspin.corpus.CleanText;
import dev.unspin.dictionary.SourceLocation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DictionaryLinterTest {
    private static final DictionaryLinter NO_CORPUS = new DictionaryLinter(List.of());

    private static List<LintFinding> lint(String content) {
        return NO_CORPUS.lint(List.of(DictionarySource.of("d.unspin", content)));
    }

    /** The findings as "line:column severity code", the part each test pins down. */
    private static List<String> summary(List<LintFinding> findings) {
        return findings.stream().map(f -> f.line() + ":" + f.column() + " " + f.severity().label() + " " + f.code()).toList();
    }

    @Test
    void aCleanDictionaryHasNoFindings() {
        assertEquals(List.of(), lint("# fine\nmentioned => said ; likely\ninformation convention => news conference ; certain\n"));
    }

    @Test
    void everyBadLineIsReportedWithItsColumnNotOnlyTheFirst() {
        List<LintFinding> findings = lint("mentioned => said ; sure\nok => fine\n  said\nx => y ; next:\n");
        assertEquals(List.of("1:21 error syntax", "3:3 error syntax", "4:15 error syntax"), summary(findings));
        assertEquals("d.unspin:1:21: error: unknown field 'sure': expected a confidence (certain, likely, possible)"
                + " or key: value [syntax]", findings.get(0).format());
    }

    @Test
    void invalidUtf8IsASyntaxErrorAndTheLinesBeforeAreStillChecked(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("latin1.unspin");
        Files.write(file, "said => said\ncaf\u00e9 => cafe\n".getBytes(StandardCharsets.ISO_8859_1));
        List<LintFinding> findings = NO_CORPUS.lint(List.of(DictionarySource.read(file)));
        assertEquals(List.of("1:1 error identity", "2:4 error syntax"), summary(findings));
        assertTrue(findings.get(1).message().contains("invalid UTF-8"), findings.get(1).message());
    }

    @Test
    void anIdDefinedTwiceInOneFile() {
        assertEquals(List.of("2:1 error duplicate-id"), summary(lint("said => told ; id: s\nmentioned => said ; id: s\n")));
    }

    @Test
    void identityEntriesUpToCaseAndApostrophes() {
        List<LintFinding> findings = lint("said => said\nSaid => said\nnation’s => nation's\nalter => change | alter\n");
        assertEquals(List.of("1:1 error identity", "2:1 error identity", "3:1 error identity", "4:1 error identity"),
                summary(findings));
        assertTrue(findings.get(3).message().contains("alternative 'alter'"), findings.get(3).message());
    }

    @Test
    void anEntryRepeatingAnEarlierOneIsADuplicate() {
        List<LintFinding> findings = lint("mentioned => said\nother => else\nMentioned => said ; id: again ; next: that\n");
        assertEquals(List.of("3:1 error duplicate"), summary(findings));
        assertTrue(findings.get(0).message().contains("d.unspin:1"), findings.get(0).message());
    }

    @Test
    void aLaterEntryTheEarlierOneAlwaysBeatsIsAConflictError() {
        List<LintFinding> findings = lint("place => put ; prev: to|will\nplace => position ; id: p2 ; prev: to\n");
        assertEquals(List.of("2:1 error conflict"), summary(findings));
        assertTrue(findings.get(0).message().contains("never applies"), findings.get(0).message());
    }

    @Test
    void partlyOverlappingContextsWithOtherOriginalsAreAConflictWarning() {
        List<LintFinding> findings = lint("place => put ; prev: to\nplace => position ; id: p2 ; next: on\n");
        assertEquals(List.of("2:1 warning conflict"), summary(findings));
        assertTrue(findings.get(0).message().contains("after 'to' and before 'on'"), findings.get(0).message());
    }

    @Test
    void exclusiveContextsDoNotConflict() {
        assertEquals(List.of(), lint("""
                towards => toward ; next: an
                towards => against ; id: t2 ; next: assaults|radar
                place => put ; next: it
                place => position ; id: p2 ; not-next: it
                """));
    }

    @Test
    void aRestorationAnotherEntryRestoresAgainIsAChainWarning() {
        List<LintFinding> findings = lint("rapidly => quickly\nquickly => soon ; prev: come\n");
        assertEquals(List.of("1:1 warning chain"), summary(findings));
        assertTrue(findings.get(0).message().contains("after 'come'"), findings.get(0).message());
    }

    @Test
    void aChainInsideALongerOriginalUsesTheOriginalsOwnWords() {
        assertEquals(List.of("1:1 warning chain"), summary(lint("happen => take place\nplace => position ; next: on\n")));
        assertEquals(List.of(), lint("happen => take place\nplace => put ; prev: to\n"), "'take' is not 'to'");
    }

    @Test
    void restorationsThatUndoEachOtherAreACycleError() {
        List<LintFinding> findings = lint("though => although\nalthough => though ; next: the\n");
        assertEquals(List.of("1:1 error cycle", "2:1 error cycle"), summary(findings));
        assertTrue(findings.get(0).message().contains("'though' -> 'although' (d.unspin:2) -> 'though' (d.unspin:1)"),
                findings.get(0).message());
    }

    @Test
    void longerCyclesAreFoundToo() {
        assertEquals(List.of("1:1 error cycle", "2:1 error cycle", "3:1 error cycle"),
                summary(lint("a1 => b1\nb1 => c1\nc1 => a1\n")));
    }

    @Test
    void aSymmetricPairInExclusiveContextsIsNeitherChainNorCycle() {
        assertEquals(List.of(), lint("near => close to ; next: the\nclose to => near ; next: kharkiv\n"));
    }

    @Test
    void anExampleTheEntryDoesNotRestoreIsAnError() {
        List<LintFinding> findings = lint("""
                mentioned => said ; example: Mr. Blinken mentioned it
                conflict => war ; next: in ; example: the conflict ended
                """);
        assertEquals(List.of("2:1 error example"), summary(findings));
    }

    @Test
    void anExampleALongerEntryTakesOverIsAWarning() {
        List<LintFinding> findings = lint("""
                navy => military ; example: navy officers met
                navy officers => military officials ; certain
                """);
        assertEquals(List.of("1:1 warning example"), summary(findings));
        assertTrue(findings.get(0).message().contains("d.unspin:2"), findings.get(0).message());
    }

    @Test
    void theGateFailsACertainEntryThatFiresOnCleanTextAndWarnsOfTheOthers() {
        DictionaryLinter linter = new DictionaryLinter(List.of(
                new CleanText("clean/a.txt", "First line.\nHe said the coverage was wide, and the coverage grew."),
                new CleanText("clean/b.txt", "The White House said so.")));
        List<LintFinding> findings = linter.lint(List.of(DictionarySource.of("d.unspin", """
                coverage => policy ; likely
                White House => White Home ; certain
                mentioned => said ; certain
                """)));
        assertEquals(List.of("1:1 warning false-positive", "2:1 error false-positive"), summary(findings));
        assertEquals("fires 2 times on clean text: clean/a.txt:2 \"He said the [coverage] was wide, and the coverage…\";"
                + " clean/a.txt:2 \"…coverage was wide, and the [coverage] grew.\"", findings.get(0).message());
        assertTrue(findings.get(1).message().startsWith("fires 1 time on clean text although it is certain"),
                findings.get(1).message());
    }

    @Test
    void aPossibleEntryIsWarnedOfOnlyInCleanTextThatTheEvidenceJudgesSpun() {
        String dictionary = """
                had been => were ; possible
                information convention => news conference ; certain ; id: a
                navy officers => military officials ; certain ; id: b
                lengthy vary => long range ; certain ; id: c
                """;
        DictionaryLinter quiet = new DictionaryLinter(List.of(new CleanText("clean/a.txt", "Talks had been held in secret.")));
        assertEquals(List.of(), summary(quiet.lint(List.of(DictionarySource.of("d.unspin", dictionary)))));
        DictionaryLinter loud = new DictionaryLinter(List.of(new CleanText("clean/b.txt",
                "Talks had been held at an information convention, navy officers said of the lengthy vary missiles.")));
        List<LintFinding> findings = loud.lint(List.of(DictionarySource.of("d.unspin", dictionary)));
        assertEquals(List.of("1:1 warning false-positive", "2:1 error false-positive", "3:1 error false-positive",
                "4:1 error false-positive"), summary(findings));
        assertTrue(findings.get(0).message().startsWith("fires 1 time on clean text judged spun, where default settings apply possible entries"),
                findings.get(0).message());
    }

    @Test
    void theReportCountsHowOftenEachEntryInEffectFiresOnCleanText() {
        DictionaryLinter linter = new DictionaryLinter(List.of(
                new CleanText("clean/a.txt", "He said the coverage was wide, and the coverage grew."),
                new CleanText("clean/b.txt", "The coverage said so.")));
        DictionaryLinter.Report report = linter.report(List.of(
                DictionarySource.of("shipped.unspin", "said => stated\n"),
                DictionarySource.of("mine.unspin", "coverage => policy\nmentioned => said\nsaid => told ; id: said\n")));
        // 'said' of shipped.unspin is overridden: the count is the entry's that is in effect.
        assertEquals(Map.of(new SourceLocation("mine.unspin", 1, 1), 3,
                new SourceLocation("mine.unspin", 3, 1), 2), report.cleanFirings());
        assertEquals(linter.lint(List.of(DictionarySource.of("shipped.unspin", "said => stated\n"),
                DictionarySource.of("mine.unspin", "coverage => policy\nmentioned => said\nsaid => told ; id: said\n"))),
                report.findings());
        assertEquals(2, linter.cleanTexts());
        assertEquals(Map.of(), NO_CORPUS.report(List.of(DictionarySource.of("d.unspin", "said => told\n"))).cleanFirings());
    }

    @Test
    void laterFilesOverrideEntriesWithTheSameIdWithoutAFinding() {
        List<LintFinding> findings = NO_CORPUS.lint(List.of(
                DictionarySource.of("shipped.unspin", "place => put\nsaid => said\n"),
                DictionarySource.of("mine.unspin", "place => position ; next: on\nthough => although\nalthough => though ; next: x\n")));
        // The override of 'place' is silent; the syntax error of the first file comes first.
        assertEquals(List.of("shipped.unspin:2 identity", "mine.unspin:2 cycle", "mine.unspin:3 cycle"),
                findings.stream().map(f -> f.file() + ":" + f.line() + " " + f.code()).toList());
    }
}
