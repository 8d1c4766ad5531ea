package dev.unspin.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.unspin.context.MaskedLanguageModelProvider;
import dev.unspin.context.MobyFiles;
import dev.unspin.context.ResourceCache;
import dev.unspin.context.ResourceUnavailableException;
import dev.unspin.languagemodel.LanguageModelUnavailableException;
import dev.unspin.languagemodel.NewsLanguageModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default mode, with the contextual restorer and BERT, on a spun and a clean article. Its
 * resources must be there (scripts/test-all installs the language model; Moby is fetched into the
 * cache): a missing one fails the test, since the job would quietly fall back to the dictionary.
 */
class SparkContextualTest {
    @TempDir
    Path temp;

    @Test
    void theContextualStageFindsWhatUnspinCheckFinds() throws IOException, LanguageModelUnavailableException, ResourceUnavailableException {
        NewsLanguageModel.require();
        MobyFiles.require(ResourceCache.fromEnvironment(), System.err);
        assertTrue(MaskedLanguageModelProvider.installed().isPresent(), "BERT (the unspin-bert module) is on the test class path");
        Path corpus = temp.resolve("corpus");
        Files.createDirectories(corpus);
        // The first paragraphs of a spun seed (seconds per article, not minutes), without the shipped
        // dictionary, which knows every swap of the seeds: what is found is the stage's own work.
        List<String> spun = Files.readAllLines(JobRun.REPO.resolve("seeds/spun/nytimes-2024-05-31-blinken-prague-ukraine-weapons.txt"));
        Files.write(corpus.resolve("spun.txt"), spun.subList(0, 10));
        Files.copy(JobRun.REPO.resolve("seeds/clean/afp-2024-11-18-biden-allows-atacms.txt"), corpus.resolve("clean.txt"));
        Path out = temp.resolve("out");

        JobRun.Result run = JobRun.spark("check", "--no-default-dictionary", "--master", "local[2]", "--out", out.toString(),
                corpus.toString());

        assertEquals(0, run.exitCode(), run.stderr());
        assertFalse(run.stderr().contains("warning"), "the whole stage ran: " + run.stderr());
        Map<String, JsonObject> spark = JobRun.byField(JobRun.lines(out.resolve("documents")), "path");
        Map<String, JsonObject> cli = JobRun.cliCheck("--no-default-dictionary", corpus.toString());
        assertEquals(cli.keySet(), spark.keySet());
        for (String path : cli.keySet()) {
            JobRun.assertSameReport(cli.get(path), spark.get(path), path);
        }
        String found = spark.get(corpus.resolve("spun.txt").toString()).getAsJsonArray("details").toString();
        assertTrue(found.contains("\"entry\":\"thesaurus:context-"), "the contextual restorer found swaps: " + found);
    }
}
