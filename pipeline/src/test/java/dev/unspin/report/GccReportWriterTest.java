package dev.unspin.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GccReportWriterTest {
    /** The shape Vim's default errorformat and Emacs's compilation mode read. */
    static final Pattern LINE = Pattern.compile("(.+):(\\d+):(\\d+): warning: \"(.+)\" → \"(.+)\" \\[(.+)\\]");

    /** The lines one writer writes for files given as path, text, path, text... */
    private static List<String> gccLines(String... pathsAndTexts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GccReportWriter writer = new GccReportWriter(out);
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            writer.file(Reports.report(pathsAndTexts[i], pathsAndTexts[i + 1]));
        }
        writer.finish(new RunSummary());
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void eachLineParsesBackToTheFindingAndItsPlace() throws IOException {
        String text = "Intro line.\nThe 😀 minister mentioned a coverage shift.\n";
        List<String> lines = gccLines("dir/a.txt", text);
        assertEquals(2, lines.size(), lines.toString());
        for (String line : lines) {
            Matcher m = LINE.matcher(line);
            assertTrue(m.matches(), line);
            assertEquals("dir/a.txt", m.group(1));
            String lineText = text.lines().toList().get(Integer.parseInt(m.group(2)) - 1);
            int codePointColumn = Integer.parseInt(m.group(3));
            int utf16 = lineText.offsetByCodePoints(0, codePointColumn - 1);
            assertTrue(lineText.startsWith(m.group(4), utf16), "column points at the phrasing: " + line);
        }
        Matcher second = LINE.matcher(lines.get(1));
        assertTrue(second.matches());
        assertEquals("policy shift", second.group(5));
        assertEquals("coverage-shift", second.group(6));
    }

    /**
     * A line's end is written once per entry and reused, in later files too, when the replacement
     * is the dictionary's original as written; a replacement the engine changed (capitals, an
     * article) is written itself.
     */
    @Test
    void repeatedEntriesAndChangedReplacementsEachGetTheirOwnReplacement() throws IOException {
        String text = "A coverage shift, a coverage shift. Coverage shift.\nThey held an information convention.";
        List<String> replacements = gccLines("a.txt", text, "b.txt", "Then a coverage shift.").stream().map(line -> {
            Matcher m = LINE.matcher(line);
            assertTrue(m.matches(), line);
            return m.group(4) + " → " + m.group(5) + " [" + m.group(6) + "]";
        }).toList();
        assertEquals(List.of(
                "coverage shift → policy shift [coverage-shift]",
                "coverage shift → policy shift [coverage-shift]",
                "Coverage shift → Policy shift [coverage-shift]",
                "an information convention → a news conference [info-conv]",
                "coverage shift → policy shift [coverage-shift]"), replacements);
    }

    @Test
    void aCleanFileWritesNothing() throws IOException {
        assertEquals(List.of(), gccLines("a.txt", "Nothing spun here."));
    }
}
