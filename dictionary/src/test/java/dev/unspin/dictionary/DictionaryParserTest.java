package dev.unspin.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DictionaryParserTest {

    private static DictionaryFormatException failure(String content) {
        return assertThrows(DictionaryFormatException.class, () -> DictionaryParser.parse("test.unspin", content));
    }

    private static void assertError(String content, int line, int column, String fragment) {
        DictionaryFormatException e = failure(content);
        assertEquals(new SourceLocation("test.unspin", line, column), e.location(), e.getMessage());
        assertTrue(e.problem().contains(fragment), () -> "message '" + e.problem() + "' should mention '" + fragment + "'");
        assertTrue(e.getMessage().startsWith("test.unspin:" + line + ":" + column + ": "), e.getMessage());
    }

    @Test
    void parsesEveryField() throws Exception {
        List<Entry> entries = DictionaryParser.parse("d.unspin", """
                # comments and blank lines are ignored

                information convention => news conference | press conference ; certain ; id: info-conv ; seen: a.txt:2,5 b.txt:7
                coverage => policy ; possible ; next: shift|change ; not-prev: insurance
                mentioned => said ; example: "Mr. Blinken mentioned; then left"
                """);
        assertEquals(3, entries.size());
        Entry first = entries.get(0);
        assertEquals("info-conv", first.id());
        assertEquals("information convention", first.spun());
        assertEquals(List.of("news conference", "press conference"), first.originals());
        assertEquals(Confidence.CERTAIN, first.confidence());
        assertEquals(List.of(new Evidence("a.txt", 2), new Evidence("a.txt", 5), new Evidence("b.txt", 7)), first.evidence());
        assertEquals(new SourceLocation("d.unspin", 3, 1), first.location());

        Entry second = entries.get(1);
        assertEquals("coverage", second.id(), "the default id is the spun phrasing");
        assertEquals(2, second.conditions().size());
        assertEquals("next: change|shift", second.conditions().get(0).source());

        Entry third = entries.get(2);
        assertEquals(Confidence.LIKELY, third.confidence(), "likely is the default confidence");
        assertEquals("Mr. Blinken mentioned; then left", third.example().orElseThrow());
    }

    @Test
    void defaultIdsAreSlugs() {
        assertEquals("that-a", DictionaryParser.defaultId("{that a}"));
        assertEquals("white-home", DictionaryParser.defaultId("White Home"));
        assertEquals("it-s", DictionaryParser.defaultId("it’s"));
        assertEquals("u-s-made", DictionaryParser.defaultId("U.S.-made"));
        assertEquals("café-2ⅻ", DictionaryParser.defaultId("— Café, 2Ⅻ! —"), "letters and numbers of any script");
        assertEquals("entry", DictionaryParser.defaultId("…"));
    }

    @Test
    void evidenceSourcesMayHoldColonsAndLineListsMustBeWellFormed() throws Exception {
        assertEquals(List.of(new Evidence("https://example.org/a.txt", 3), new Evidence("https://example.org/a.txt", 14)),
                DictionaryParser.parseLine("d", 1, "mentioned => said ; seen: https://example.org/a.txt:3,14").evidence());
        for (String bad : new String[] {":3", "a.txt:", "a.txt:0", "a.txt:03", "a.txt:3,", "a.txt:3,,4", "a.txt:1234567890"}) {
            assertError("mentioned => said ; seen: " + bad, 1, 27, "expected source:line");
        }
    }

    @Test
    void missingArrow() {
        assertError("ok => fine\n  mentioned said\n", 2, 3, "expected '=>'");
    }

    @Test
    void missingSpun() {
        assertError(" => said", 1, 2, "missing spun phrasing");
    }

    @Test
    void missingOriginal() {
        assertError("mentioned =>   ; likely", 1, 16, "missing original");
    }

    @Test
    void emptyAlternative() {
        assertError("mentioned => said |  ; likely", 1, 22, "empty alternative");
    }

    @Test
    void unknownConfidence() {
        assertError("mentioned => said ; sure", 1, 21, "unknown field 'sure'");
    }

    @Test
    void confidenceTwice() {
        assertError("mentioned => said ; likely ; certain", 1, 30, "confidence given twice");
    }

    @Test
    void unknownKey() {
        assertError("mentioned => said ; colour: red", 1, 21, "unknown key 'colour'");
    }

    @Test
    void emptyField() {
        assertError("mentioned => said ; ; likely", 1, 21, "empty field");
    }

    @Test
    void missingValue() {
        assertError("mentioned => said ; id:", 1, 24, "missing value for 'id'");
    }

    @Test
    void invalidId() {
        assertError("mentioned => said ; id: Not Valid", 1, 25, "invalid id");
    }

    @Test
    void invalidEvidence() {
        assertError("mentioned => said ; seen: seed.txt", 1, 27, "expected source:line");
    }

    @Test
    void unterminatedQuote() {
        assertError("mentioned => said ; example: \"open", 1, 30, "unterminated");
    }

    @Test
    void textAfterClosingQuote() {
        assertError("mentioned => said ; example: \"a\" b", 1, 33, "after the closing quote");
    }

    @Test
    void phraseWithoutWords() {
        assertError("— => ;", 1, 1, "has no word");
    }

    @Test
    void identityEntry() {
        assertError("said => said", 1, 1, "to itself");
    }

    @Test
    void duplicateId() {
        DictionaryFormatException e = failure("mentioned => said\nofficers => officials\nmentioned => noted\n");
        assertEquals(3, e.location().line());
        assertTrue(e.problem().contains("test.unspin:1:1"), "names the first definition: " + e.problem());
    }

    @Test
    void invalidUtf8IsLocated(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.unspin");
        byte[] bytes = "ok => fine\nabc\u00e9 => x\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(file, bytes);
        DictionaryFormatException e = assertThrows(DictionaryFormatException.class, () -> Dictionary.read(file));
        assertEquals(new SourceLocation(file.toString(), 2, 4), e.location());
        assertTrue(e.problem().contains("invalid UTF-8"), e.problem());
    }

    @Test
    void missingFileIsNamed(@TempDir Path dir) {
        Path file = dir.resolve("absent.unspin");
        IOException e = assertThrows(IOException.class, () -> Dictionary.read(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void laterFilesOverrideEntriesWithTheSameId() throws Exception {
        Dictionary base = Dictionary.of(DictionaryParser.parse("a", "mentioned => said ; certain\nofficers => officials"));
        Dictionary user = Dictionary.of(DictionaryParser.parse("b", "mentioned => noted ; possible"));
        Dictionary merged = base.plus(user);
        assertEquals(2, merged.size());
        assertEquals("noted", merged.entry("mentioned").orElseThrow().preferredOriginal());
    }

    @Test
    void byteOrderMarkAndCrlfAreAccepted(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bom.unspin");
        Files.writeString(file, "\uFEFFmentioned => said\r\nofficers => officials\r\n");
        List<Entry> entries = Dictionary.read(file);
        assertEquals(List.of("mentioned", "officers"), entries.stream().map(Entry::spun).toList());
        assertEquals(2, entries.get(1).location().line());
    }

    @Test
    void formattedEntriesParseBackToThemselves() throws Exception {
        String line = "information convention => news conference | press conference ; certain ; id: info-conv"
                + " ; next: in ; example: \"a; b\" ; seen: a.txt:2,5 b.txt:7";
        Entry entry = DictionaryParser.parseLine("d", 1, line);
        assertEquals(line, EntryFormatter.format(entry));
        assertEquals(entry.evidence(), DictionaryParser.parseLine("d", 1, EntryFormatter.format(entry)).evidence());
    }

    @Test
    void parsesContextConditions() throws Exception {
        Entry entry = DictionaryParser.parseLine("d", 1, "navy => military ; pos: NOUN|PROPN ; not-pos: VERB"
                + " ; not-near: Naval|ships within 15 ; near: troops ; sentence-initial: no ; proper-name: no");
        assertEquals(List.of(
                new Condition.PartOfSpeech(false, java.util.Set.of("NOUN", "PROPN")),
                new Condition.PartOfSpeech(true, java.util.Set.of("VERB")),
                new Condition.Nearby(true, java.util.Set.of("naval", "ships"), 15),
                new Condition.Nearby(false, java.util.Set.of("troops"), Condition.Nearby.DEFAULT_WINDOW),
                new Condition.SentenceInitial(false),
                new Condition.ProperName(false)), entry.conditions());
    }

    @Test
    void contextConditionsRoundTrip() throws Exception {
        String line = "navy => military ; likely ; pos: NOUN|PROPN ; not-pos: VERB ; not-near: naval|ships within 15"
                + " ; near: troops ; sentence-initial: yes ; proper-name: no";
        Entry entry = DictionaryParser.parseLine("d", 1, line);
        assertEquals(line, EntryFormatter.format(entry));
        assertEquals(entry, DictionaryParser.parseLine("d", 1, EntryFormatter.format(entry)));
    }

    @Test
    void unknownPartOfSpeech() {
        assertError("call => decision ; pos: NOUN|NN", 1, 30, "unknown part of speech 'NN'");
    }

    @Test
    void partOfSpeechTagsAreUpperCase() {
        assertError("call => decision ; not-pos: verb", 1, 29, "unknown part of speech 'verb'");
    }

    @Test
    void emptyPartOfSpeech() {
        assertError("call => decision ; pos: NOUN|", 1, 30, "unknown part of speech ''");
    }

    @Test
    void invalidWindow() {
        assertError("space => area ; not-near: orbit within ten", 1, 40, "invalid window 'ten'");
        assertError("space => area ; not-near: orbit within 0", 1, 40, "invalid window '0'");
    }

    @Test
    void nearWordsAreSingleWords() {
        assertError("space => area ; not-near: orbit|outer space", 1, 33, "'outer space' in 'not-near' is not a single word");
    }

    @Test
    void emptyNearWord() {
        assertError("space => area ; near: orbit||nasa", 1, 29, "empty word in 'near'");
    }

    @Test
    void yesOrNoConditions() {
        assertError("may => might ; sentence-initial: maybe", 1, 34, "expected yes or no");
        assertError("may => might ; proper-name: true", 1, 29, "expected yes or no");
    }

    @Test
    void refusesALineLongerThanTheLimitAtTheFirstColumnPastIt() {
        String line = "mentioned => " + "said ".repeat(DictionaryParser.MAX_LINE_LENGTH / 5);
        assertError("ok => fine\n" + line, 2, DictionaryParser.MAX_LINE_LENGTH + 1, "line of " + line.length() + " characters");
        assertError("# " + "x".repeat(DictionaryParser.MAX_LINE_LENGTH), 1, DictionaryParser.MAX_LINE_LENGTH + 1, "longer than");
    }

    @Test
    void acceptsALineOfExactlyTheLimit() throws Exception {
        String head = "mentioned => said ; example: ";
        String line = head + "x".repeat(DictionaryParser.MAX_LINE_LENGTH - head.length());
        assertEquals(DictionaryParser.MAX_LINE_LENGTH, line.length());
        assertEquals(1, DictionaryParser.parse("test.unspin", line).size());
    }

    @Test
    void refusesNulAndOtherControlCharactersWhereTheyAre() {
        assertError("ok => fine\nmen\0tioned => said", 2, 4, "U+0000 (NUL byte)");
        assertError("mentioned => said ; example: a\u0007b", 1, 31, "U+0007");
        assertError("# comment \u001b[31m", 1, 11, "U+001B");
    }

    @Test
    void tabsStayAllowed() throws Exception {
        assertEquals("said", DictionaryParser.parse("test.unspin", "mentioned\t=>\tsaid").get(0).originals().get(0));
    }

    @Test
    void aWindowAfterManyBlanksIsStillFound() throws Exception {
        // The window used to be found by a regular expression whose search was quadratic in the blanks.
        String blanks = " ".repeat(DictionaryParser.MAX_LINE_LENGTH - 100);
        Entry entry = DictionaryParser.parseLine("d", 1, "space => area ; not-near: orbit" + blanks + "within 8");
        assertEquals(List.of(new Condition.Nearby(true, java.util.Set.of("orbit"), 8)), entry.conditions());
        DictionaryFormatException e = failure("space => area ; near: a" + blanks + "b");
        assertEquals("test.unspin:1:23: 'a" + " ".repeat(39) + "…" + " ".repeat(14) + "b' in 'near' is not a single word", e.getMessage(),
                "the quoted text is shortened in the middle");
    }

    @Test
    void withinNeedsAWordBeforeItAndANumberAfterIt() {
        assertError("space => area ; near: within 8", 1, 23, "'within 8' in 'near' is not a single word");
        assertError("space => area ; near: orbit within", 1, 23, "'orbit within' in 'near' is not a single word");
        assertError("space => area ; near: orbitwithin 8", 1, 23, "is not a single word");
    }
}
