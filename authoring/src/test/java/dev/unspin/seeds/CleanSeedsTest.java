package dev.unspin.seeds;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unspin.dictionary.Confidence;
import dev.unspin.dictionary.DefaultDictionary;
import dev.unspin.engine.Engine;
import dev.unspin.engine.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** On clean, unspun text the default dictionary reports nothing with certainty. */
class CleanSeedsTest {
    private static final Engine ENGINE = new Engine(DefaultDictionary.load());

    static Stream<Path> cleanTexts() {
        return Seeds.clean().stream();
    }

    @ParameterizedTest
    @MethodSource("cleanTexts")
    void noCertainFindingOnCleanText(Path clean) {
        String text = Seeds.read(clean);
        List<Finding> findings = ENGINE.find(text);
        for (Finding finding : findings) {
            System.out.printf("%s: %s finding \"%s\" -> \"%s\" [%s] at offset %d%n", clean.getFileName(),
                    finding.confidence().label(), finding.spun(), finding.replacement(), finding.entryId(), finding.start());
        }
        List<Finding> certain = findings.stream().filter(f -> f.confidence() == Confidence.CERTAIN).toList();
        assertTrue(certain.isEmpty(), () -> clean.getFileName() + " has certain findings: " + certain);
    }
}
