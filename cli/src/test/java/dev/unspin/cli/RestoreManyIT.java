package dev.unspin.cli;

import static dev.unspin.cli.Cli.args;
import static dev.unspin.cli.Cli.only;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code unspin restore} over many inputs, run from the packaged jar. */
class RestoreManyIT {
    private static final String SPUN = "Blinken mentioned a coverage shift.\nOfficials mentioned it.\n";
    private static final String RESTORED = "Blinken said a policy shift.\nOfficials said it.\n";
    private static final String CLEAN = "Nothing to restore here.\n";

    @TempDir
    Path dir;
    Path dictionary;
    Path corpus;

    @BeforeEach
    void corpus() throws IOException {
        dictionary = Cli.dictionary(dir, "mentioned => said ; certain", "coverage shift => policy shift ; likely");
        corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.createDirectories(corpus.resolve("2024/05"));
        Files.writeString(corpus.resolve("2024/05/spun.txt"), SPUN);
        Files.writeString(corpus.resolve("clean.md"), CLEAN);
    }

    private Cli.Run restore(String... rest) throws Exception {
        return Cli.runIn(dir, args("restore", only(dictionary), rest));
    }

    private static List<Path> tree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    @Test
    void outMirrorsTheTreeAndLeavesTheInputsAlone() throws Exception {
        Cli.Run run = restore("--out", "restored", "corpus");
        assertEquals(0, run.exit(), run.both());
        assertEquals("", run.out() + run.err());
        assertEquals(List.of(Path.of("2024/05/spun.txt"), Path.of("clean.md")), tree(dir.resolve("restored")));
        assertEquals(RESTORED, Files.readString(dir.resolve("restored/2024/05/spun.txt")));
        assertEquals(CLEAN, Files.readString(dir.resolve("restored/clean.md")));
        assertEquals(SPUN, Files.readString(corpus.resolve("2024/05/spun.txt")));
    }

    @Test
    void outInsideAnInputFolderIsRefusedBeforeWriting() throws Exception {
        Cli.Run run = restore("--out", "corpus/restored", "corpus");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("is inside the input folder"), run.err());
        assertTrue(run.err().contains("nothing was written"), run.err());
        assertFalse(Files.exists(corpus.resolve("restored")));
    }

    @Test
    void theSameFileTwiceIsRefusedBeforeWriting() throws Exception {
        Cli.Run run = restore("--in-place", "corpus", "./corpus/2024/05/spun.txt");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("is the same file as corpus/2024/05/spun.txt"), run.err());
        assertEquals(SPUN, Files.readString(corpus.resolve("2024/05/spun.txt")));
    }

    @Test
    void inPlaceRewritesChangedFilesKeepingPermissionsAndBackups() throws Exception {
        Path spun = corpus.resolve("2024/05/spun.txt");
        Path clean = corpus.resolve("clean.md");
        Files.setPosixFilePermissions(spun, PosixFilePermissions.fromString("rw-r-----"));
        FileTime cleanTime = FileTime.fromMillis(1_000_000_000L);
        Files.setLastModifiedTime(clean, cleanTime);

        Cli.Run run = restore("--in-place", "--backup", ".orig", "corpus");
        assertEquals(0, run.exit(), run.both());
        assertEquals(RESTORED, Files.readString(spun));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(spun)));
        assertEquals(SPUN, Files.readString(corpus.resolve("2024/05/spun.txt.orig")));
        assertEquals(cleanTime, Files.getLastModifiedTime(clean), "an unchanged file is not rewritten");
        assertFalse(Files.exists(corpus.resolve("clean.md.orig")));
        assertEquals(List.of(Path.of("2024/05/spun.txt"), Path.of("2024/05/spun.txt.orig"), Path.of("clean.md")), tree(corpus));
    }

    @Test
    void aBackupThatWouldReplaceAnotherInputIsRefusedBeforeWriting() throws Exception {
        Path spun = corpus.resolve("2024/05/spun.txt");
        Path other = corpus.resolve("2024/05/spun.txt.md");
        Files.writeString(other, SPUN);
        Cli.Run run = restore("--in-place", "--backup", ".md", "--threads", "4", "corpus");
        assertEquals(2, run.exit(), run.both());
        assertTrue(run.err().contains("the backup of corpus/2024/05/spun.txt would replace corpus/2024/05/spun.txt.md, another input"),
                run.err());
        assertTrue(run.err().contains("nothing was written"), run.err());
        assertEquals(SPUN, Files.readString(spun));
        assertEquals(SPUN, Files.readString(other));
    }

    @Test
    void aBackupNeverReplacesAnExistingFile() throws Exception {
        Path story = Files.writeString(dir.resolve("story"), SPUN);
        Path existing = Files.writeString(dir.resolve("story.txt"), "the user's own story.txt\n");
        Cli.Run run = restore("--in-place", "--backup", ".txt", "story", "corpus");
        assertEquals(2, run.exit(), run.both());
        assertTrue(run.err().contains("story: not restored: its backup story.txt already exists and differs from it"), run.err());
        assertEquals(SPUN, Files.readString(story), "left as it was, its backup being impossible");
        assertEquals("the user's own story.txt\n", Files.readString(existing));
        assertEquals(RESTORED, Files.readString(corpus.resolve("2024/05/spun.txt")), "the other inputs are restored");
        assertEquals(SPUN, Files.readString(corpus.resolve("2024/05/spun.txt.txt")));

        Files.writeString(existing, SPUN); // the copy a run killed after its backup leaves
        assertEquals(0, restore("--in-place", "--backup", ".txt", "story").exit());
        assertEquals(RESTORED, Files.readString(story));
        assertEquals(SPUN, Files.readString(existing));
    }

    @Test
    void aReadOnlyFileIsNotRewritten() throws Exception {
        Path spun = corpus.resolve("2024/05/spun.txt");
        Files.setPosixFilePermissions(spun, PosixFilePermissions.fromString("r--r--r--"));
        Cli.Run run = restore("--in-place", "--backup", ".orig", "corpus");
        assertEquals(2, run.exit(), run.both());
        assertTrue(run.err().contains("corpus/2024/05/spun.txt: not restored: it is read-only"), run.err());
        assertEquals(SPUN, Files.readString(spun));
        assertEquals("r--r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(spun)));
        assertFalse(Files.exists(corpus.resolve("2024/05/spun.txt.orig")), "no backup of a file left alone");
    }

    @Test
    void inPlaceKeepsAByteOrderMarkAndWritesThroughAnExplicitSymlink() throws Exception {
        Path bom = dir.resolve("bom.txt");
        Files.write(bom, ("\uFEFF" + SPUN).getBytes(StandardCharsets.UTF_8));
        Path link = dir.resolve("link.txt");
        Files.createSymbolicLink(link, bom);
        assertEquals(0, restore("--in-place", "link.txt").exit());
        assertArrayEquals(("\uFEFF" + RESTORED).getBytes(StandardCharsets.UTF_8), Files.readAllBytes(bom));
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
    }

    @Test
    void diffPrintsAPatchThatRestoresAndWritesNothing() throws Exception {
        Cli.Run run = restore("--diff", "corpus");
        assertEquals(0, run.exit(), run.both());
        List<String> lines = run.out().lines().toList();
        assertEquals("--- corpus/2024/05/spun.txt", lines.get(0));
        List<String> patched = DiffUtils.patch(SPUN.lines().toList(), UnifiedDiffUtils.parseUnifiedDiff(lines));
        assertEquals(RESTORED.lines().toList(), patched);
        assertEquals(SPUN, Files.readString(corpus.resolve("2024/05/spun.txt")));
    }

    @Test
    void minConfidenceChoosesWhatIsApplied() throws Exception {
        Path fileDictionary = Cli.dictionary(dir, "mentioned => said ; certain", "coverage shift => policy shift ; possible");
        Cli.Run run = Cli.runIn(dir, args("restore", only(fileDictionary), "--min-confidence", "certain", "corpus/2024/05/spun.txt"));
        assertEquals("Blinken said a coverage shift.\nOfficials said it.\n", run.out());
    }

    @Test
    void severalInputsNeedADestination() throws Exception {
        Cli.Run run = restore("corpus");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("choose --out DIR, --in-place or --diff"), run.err());
        assertEquals(2, restore("--in-place", "-").exit(), "standard input cannot be rewritten");
        assertEquals(2, restore("--backup", ".orig", "--out", "x", "corpus").exit(), "--backup needs --in-place");
        assertEquals(2, restore("--diff", "--in-place", "corpus").exit(), "one destination at a time");
    }

    @Test
    void aMissingPathIsNamedAndTheOthersAreStillRestored() throws Exception {
        Files.write(corpus.resolve("binary.txt"), new byte[] {1, 0, 2});
        Cli.Run run = restore("--out", "restored", "corpus", "nowhere.txt");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("unspin: nowhere.txt: no such file or folder"), run.err());
        assertTrue(run.err().contains("unspin: warning: corpus/binary.txt:1:2: looks binary (NUL byte at byte offset 1), skipped"), run.err());
        assertEquals(RESTORED, Files.readString(dir.resolve("restored/2024/05/spun.txt")));
        assertFalse(Files.exists(dir.resolve("restored/binary.txt")));
    }

    @Test
    void aMalformedDictionaryWritesNothing() throws Exception {
        Path bad = dir.resolve("bad.unspin");
        Files.writeString(bad, "mentioned => said ; sure\n");
        Cli.Run run = Cli.runIn(dir, "restore", "--dictionary", bad.toString(), "--in-place", "corpus");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains(bad + ":1:21: unknown field 'sure'"), run.err());
        assertEquals(SPUN, Files.readString(corpus.resolve("2024/05/spun.txt")));
    }

    @Test
    void aSymlinkOutOfTheTreeIsNotRewritten() throws Exception {
        Path outside = dir.resolve("outside.txt");
        Files.writeString(outside, SPUN);
        Files.createSymbolicLink(corpus.resolve("link.txt"), outside);
        Cli.Run run = restore("--in-place", "corpus");
        assertEquals(0, run.exit(), run.both());
        assertEquals(SPUN, Files.readString(outside));
        assertTrue(Files.isSymbolicLink(corpus.resolve("link.txt")));
        assertTrue(run.err().contains("not followed"), run.err());
    }
}
