package dev.unspin.bert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unspin.context.ContextualFinder;
import dev.unspin.context.ContextualStage;
import dev.unspin.context.Detector;
import dev.unspin.context.FormReader;
import dev.unspin.context.MaskedChoice;
import dev.unspin.context.ResourceCache;
import dev.unspin.engine.Finding;
import dev.unspin.thesaurus.ModelReading;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contextual finder's joint choice of neighbours, with BERT and the shipped screen, on the held-out spun seed. */
class JointChoiceWithBertTest {
    private static final Path SEED = Path.of(System.getProperty("unspin.repo", ".."))
            .resolve("seeds/spun/washingtonpost-2024-05-30-blinken-moldova-policy-shift.txt");

    @Test
    void aFormBesideADecidedNeighbourIsChosenWithTheNeighboursCandidateInPlace() throws Exception {
        ContextualStage stage = ContextualStage.load(ResourceCache.fromEnvironment(), System.err);
        try {
            FormReader reader = stage.reader(true);
            Detector shipped = Detector.masked();
            // Every form the screen keeps is decided, so that "coaching" and "nearer" stand side by side as findings.
            Detector everyKeptForm = new Detector(shipped.names(), shipped.weights(), 0, 0);
            ContextualFinder finder = new ContextualFinder(reader, Detector.trigram(), new MaskedChoice(stage.masked().orElseThrow(), reader),
                    Detector.screen(), everyKeptForm);
            String text = Files.readString(SEED);
            ModelReading reading = new ModelReading(reader.model(), text);
            List<ContextualFinder.Decision> decisions = finder.decisions(reading, List.of());
            int nearer = text.indexOf("coaching nearer to") + "coaching ".length();

            String alone = decisions.stream().filter(d -> d.form().form().equals("nearer")).findFirst().orElseThrow().form().best();
            Finding beside = finder.findings(reading, List.of(), decisions, 0).stream().filter(f -> f.start() == nearer)
                    .findFirst().orElseThrow();
            assertEquals("porter", alone, "weighed beside \"coaching\", BERT's first choice for \"nearer\" is far off");
            assertEquals(List.of("closer"), beside.replacements(), "beside the candidate decided for \"coaching\"");
        } finally {
            stage.masked().orElseThrow().close();
        }
    }
}
