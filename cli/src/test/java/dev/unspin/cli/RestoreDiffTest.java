package dev.unspin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import com.github.difflib.patch.PatchFailedException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RestoreDiffTest {
    @Test
    void theDiffAppliedToTheOriginalGivesTheRestoration() throws PatchFailedException {
        String original = "line one\nhe mentioned it\nthree\nfour\nfive\nsix\nseven\nshe mentioned\n";
        String restored = original.replace("mentioned", "said");
        String diff = new String(RestoreCommand.diff("a.txt", original, restored), StandardCharsets.UTF_8);
        List<String> diffLines = diff.lines().toList();
        assertEquals("--- a.txt", diffLines.get(0));
        assertEquals("+++ a.txt", diffLines.get(1));
        Patch<String> patch = UnifiedDiffUtils.parseUnifiedDiff(diffLines);
        List<String> applied = DiffUtils.patch(original.lines().toList(), patch);
        assertEquals(restored.lines().toList(), applied);
    }

    @Test
    void noChangeNoDiff() {
        assertEquals(0, RestoreCommand.diff("a.txt", "same\n", "same\n").length);
    }
}
