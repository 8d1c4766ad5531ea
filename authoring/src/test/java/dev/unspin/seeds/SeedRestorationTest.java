package dev.unspin.seeds;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import dev.unspin.dictionary.Confidence;
import dev.unspin.dictionary.DefaultDictionary;
import dev.unspin.engine.Engine;
import dev.unspin.text.Token;
import dev.unspin.text.Tokenizer;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The default dictionary restores each spun seed to the team's reference restoration. */
class SeedRestorationTest {
    private static final Engine ENGINE = new Engine(DefaultDictionary.load());

    static Stream<Path> spunSeeds() {
        return Seeds.spun().stream();
    }

    @ParameterizedTest
    @MethodSource("spunSeeds")
    void restorationAgreesWithTheReference(Path spun) {
        String restored = ENGINE.restore(Seeds.read(spun), Confidence.POSSIBLE).text();
        List<String> actual = words(restored);
        List<String> expected = words(Seeds.read(Seeds.restored(spun)));
        Patch<String> patch = DiffUtils.diff(expected, actual);
        int differing = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            differing += Math.max(delta.getSource().size(), delta.getTarget().size());
            System.out.printf("%s: reference %s, unspin %s%n", spun.getFileName(),
                    delta.getSource().getLines(), delta.getTarget().getLines());
        }
        double agreement = 1.0 - (double) differing / expected.size();
        System.out.printf("%s: %.2f%% word-level agreement (%d of %d words differ)%n",
                spun.getFileName(), agreement * 100, differing, expected.size());
        assertTrue(agreement >= 0.99, () -> spun.getFileName() + ": agreement " + agreement + " is below 99%");
    }

    private static List<String> words(String text) {
        return Tokenizer.tokenize(text).stream().map(Token::text).toList();
    }
}
