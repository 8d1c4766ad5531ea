package dev.unspin.cli.files;

import dev.unspin.report.InputProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

class InputCollectorTest {
    @TempDir
    Path dir;

    private Path file(String relative) throws IOException {
        Path path = dir.resolve(relative);
        Files.createDirectories(path.getParent());
        Files.writeString(path, "text");
        return path;
    }

    private static List<String> names(InputSet set) {
        return set.files().stream().map(InputFile::displayName).toList();
    }

    private InputSet collect(List<String> args) {
        return InputCollector.collect(args, new InputFilter(List.of(), List.of()), false);
    }

    @Test
    void walksFoldersInSortedOrderTakingTheDefaultExtensions() throws IOException {
        file("tree/b.txt");
        file("tree/a/z.md");
        file("tree/a/y.html");
        file("tree/c.pdf");
        InputSet set = collect(List.of(dir.resolve("tree").toString()));
        Path tree = dir.resolve("tree");
        assertEquals(List.of(tree.resolve("a/y.html").toString(), tree.resolve("a/z.md").toString(), tree.resolve("b.txt").toString()), names(set));
        assertEquals(Path.of("a/y.html"), set.files().get(0).relative());
        assertTrue(set.problems().isEmpty());
    }

    @Test
    void keepsCommandLineOrderAndNamesMissingPathsWithoutStopping() throws IOException {
        Path second = file("2.txt");
        Path first = file("1.txt");
        InputSet set = collect(List.of(second.toString(), dir.resolve("absent.txt").toString(), first.toString()));
        assertEquals(List.of(second.toString(), first.toString()), names(set));
        assertEquals(1, set.problems().size());
        assertTrue(set.problems().get(0).error());
        assertTrue(set.problems().get(0).message().contains("absent.txt: no such file or folder"));
    }

    @Test
    void aFileNamedByTwoArgumentsIsAConflict() throws IOException {
        Path a = file("tree/a.txt");
        InputSet set = collect(List.of(dir.resolve("tree").toString(), a.toString()));
        assertEquals(1, set.conflicts().size(), set.conflicts().toString());
        assertTrue(set.conflicts().get(0).contains("same file"));
        assertEquals(1, collect(List.of("-", "-")).conflicts().size());
    }

    @Test
    void aFileNamedExplicitlyIsTakenWhateverItsExtension() throws IOException {
        Path pdf = file("notes.pdf");
        InputSet set = collect(List.of(pdf.toString()));
        assertEquals(List.of(pdf.toString()), names(set));
        assertTrue(set.files().get(0).explicit());
    }

    @Test
    void symlinksOutOfTheTreeAreNotFollowedUnlessAsked() throws IOException {
        Path outside = file("outside/secret.txt");
        file("tree/inside.txt");
        Files.createSymbolicLink(dir.resolve("tree/link.txt"), outside);
        Files.createSymbolicLink(dir.resolve("tree/linkdir"), outside.getParent());
        Path tree = dir.resolve("tree");

        InputSet plain = collect(List.of(tree.toString()));
        assertEquals(List.of(tree.resolve("inside.txt").toString()), names(plain));
        assertEquals(2, plain.problems().size());
        assertTrue(plain.problems().stream().noneMatch(InputProblem::error));
        assertTrue(plain.problems().get(0).message().contains("--follow-symlinks"));

        InputSet followed = InputCollector.collect(List.of(tree.toString()), new InputFilter(List.of(), List.of()), true);
        assertEquals(List.of(tree.resolve("inside.txt").toString(), tree.resolve("link.txt").toString()), names(followed),
                "the linked folder holds the same file as link.txt, taken once");
    }

    @Test
    void followingALinkLoopEnds() throws IOException {
        file("tree/a.txt");
        Files.createSymbolicLink(dir.resolve("tree/loop"), dir.resolve("tree"));
        InputSet set = InputCollector.collect(List.of(dir.resolve("tree").toString()), new InputFilter(List.of(), List.of()), true);
        assertEquals(1, set.files().size());
        assertTrue(set.problems().get(0).message().contains("loop"));
    }

    /** A link that leads back to itself: a warning naming it, followed or not, whatever --include says. */
    @ParameterizedTest(name = "follow symlinks: {0}, include: {1}")
    @CsvSource({"false, ''", "true, ''", "true, '*.md'", "false, '*.md'"})
    void aLinkThatLeadsBackToItselfIsAWarningWhetherLinksAreFollowedOrNot(boolean follow, String include) throws IOException {
        file("tree/a.txt");
        Files.createSymbolicLink(dir.resolve("tree/self"), Path.of("self"));
        Files.createSymbolicLink(dir.resolve("tree/x1"), Path.of("x2"));
        Files.createSymbolicLink(dir.resolve("tree/x2"), Path.of("x1"));
        InputSet set = InputCollector.collect(List.of(dir.resolve("tree").toString()),
                new InputFilter(include.isEmpty() ? List.of() : List.of(include), List.of()), follow);
        assertEquals(include.isEmpty() ? 1 : 0, set.files().size());
        assertEquals(List.of("self", "x1", "x2"), set.problems().stream().map(p -> Path.of(p.path()).getFileName().toString()).toList());
        for (InputProblem problem : set.problems()) {
            assertFalse(problem.error(), problem.message());
            assertTrue(problem.message().endsWith(": symbolic link loop (it leads back to itself), skipped"), problem.message());
        }
    }

    @Test
    void aLoopingLinkNamedOnTheCommandLineIsAnError() throws IOException {
        Path self = Files.createSymbolicLink(dir.resolve("self"), Path.of("self"));
        Path broken = Files.createSymbolicLink(dir.resolve("broken"), Path.of("nowhere"));
        for (boolean follow : new boolean[] {false, true}) {
            InputSet set = InputCollector.collect(List.of(self.toString(), broken.toString()), new InputFilter(List.of(), List.of()), follow);
            assertEquals(List.of(self + ": symbolic link loop (it leads back to itself)", broken + ": broken symbolic link"),
                    set.problems().stream().map(InputProblem::message).toList());
            assertTrue(set.problems().stream().allMatch(InputProblem::error));
        }
    }

    @Test
    void leftoverTempFilesAreNeverInputsButAreListed() throws IOException {
        file("tree/a.txt");
        Path temp = file("tree/.a.txt.unspin-tmp-123456");
        InputSet set = collect(List.of(dir.resolve("tree").toString()));
        assertEquals(1, set.files().size());
        assertEquals(List.of(temp), set.staleTemps());
    }

    @Test
    void includeAndExcludeGlobs() throws IOException {
        file("tree/keep/a.txt");
        file("tree/drafts/b.txt");
        file("tree/c.text");
        Path tree = dir.resolve("tree");
        InputSet set = InputCollector.collect(List.of(tree.toString()),
                new InputFilter(List.of("*.txt", "*.text"), List.of("drafts")), false);
        assertEquals(List.of(tree.resolve("c.text").toString(), tree.resolve("keep/a.txt").toString()), names(set));
        InputSet byPath = InputCollector.collect(List.of(tree.toString()),
                new InputFilter(List.of("keep/*"), List.of()), false);
        assertEquals(List.of(tree.resolve("keep/a.txt").toString()), names(byPath));
        assertFalse(new InputFilter(List.of(), List.of()).acceptsFile(Path.of("a.pdf")));
    }
}
