package dev.unspin.cli.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputTreeTest {
    @TempDir
    Path dir;

    private InputSet inputs(String... args) {
        return InputCollector.collect(List.of(args), new InputFilter(List.of(), List.of()), false);
    }

    @Test
    void mirrorsTheTreeBelowEachFolderArgument() throws IOException {
        Files.createDirectories(dir.resolve("in/sub"));
        Files.writeString(dir.resolve("in/sub/a.txt"), "x");
        Files.writeString(dir.resolve("b.txt"), "x");
        InputSet set = inputs(dir.resolve("in").toString(), dir.resolve("b.txt").toString());
        OutputTree tree = new OutputTree(dir.resolve("out"));
        assertEquals(List.of(), tree.problems(set));
        assertEquals(dir.resolve("out/sub/a.txt"), tree.target(set.files().get(0)));
        assertEquals(dir.resolve("out/b.txt"), tree.target(set.files().get(1)));
    }

    @Test
    void refusesAnOutputFolderInsideAnInputFolderEvenIfItDoesNotExistYet() throws IOException {
        Files.createDirectories(dir.resolve("in"));
        Files.writeString(dir.resolve("in/a.txt"), "x");
        List<String> problems = new OutputTree(dir.resolve("in/restored/deeper")).problems(inputs(dir.resolve("in").toString()));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("inside the input folder"), problems.get(0));
    }

    @Test
    void refusesTwoInputsLandingOnOneOutputAndOverwritingAnInput() throws IOException {
        Files.createDirectories(dir.resolve("x"));
        Files.createDirectories(dir.resolve("y"));
        Files.writeString(dir.resolve("x/a.txt"), "x");
        Files.writeString(dir.resolve("y/a.txt"), "y");
        List<String> clash = new OutputTree(dir.resolve("out")).problems(inputs(dir.resolve("x/a.txt").toString(), dir.resolve("y/a.txt").toString()));
        assertTrue(clash.get(0).contains("would both be written"), clash.toString());
        List<String> self = new OutputTree(dir.resolve("x")).problems(inputs(dir.resolve("x/a.txt").toString()));
        assertTrue(self.get(0).contains("overwritten by its own restoration"), self.toString());
    }
}
