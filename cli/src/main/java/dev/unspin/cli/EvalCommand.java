package dev.unspin.cli;

import dev.unspin.context.ContextualStage;
import dev.unspin.context.ResourceCache;
import dev.unspin.context.ResourceUnavailableException;
import dev.unspin.context.evaluation.ContextualEvaluation;
import dev.unspin.context.evaluation.DetectorTraining;
import dev.unspin.corpus.CleanCorpus;
import dev.unspin.corpus.CleanText;
import dev.unspin.dictionary.Dictionary;
import dev.unspin.dictionary.DictionaryFormatException;
import dev.unspin.engine.Engine;
import dev.unspin.evaluation.Evaluation;
import dev.unspin.evaluation.EvaluationReport;
import dev.unspin.evaluation.SpinnerSimulation;
import dev.unspin.io.AtomicFileWriter;
import dev.unspin.languagemodel.LanguageModelUnavailableException;
import dev.unspin.thesaurus.Thesaurus;
import dev.unspin.thesaurus.WordNetThesaurus;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code unspin eval}: spins clean texts with the simulated WordNet spinner, restores them with and
 * without the thesaurus, and prints the scores, or writes them into a page between its markers.
 */
@Command(name = "eval",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Evaluates restoration on clean texts spun by a simulated WordNet spinner (fixed seeds), and the findings on the clean texts themselves;",
            "then the contextual restorer on the real spun seeds (dictionary off and on), on simulated spins of the real spinners' family, and on clean texts.",
            "Prints the figures as Markdown, or with --write replaces the parts of a page between '" + EvalCommand.BEGIN + "' and '" + EvalCommand.END
                    + "' and between '" + EvalCommand.CONTEXTUAL_BEGIN + "' and '" + EvalCommand.CONTEXTUAL_END + "'."})
final class EvalCommand implements Callable<Integer> {
    static final String BEGIN = "<!-- evaluation figures -->";
    static final String END = "<!-- end of evaluation figures -->";
    static final String CONTEXTUAL_BEGIN = "<!-- contextual figures -->";
    static final String CONTEXTUAL_END = "<!-- end of contextual figures -->";

    @Option(names = "--corpus", paramLabel = "PATH", description = "Clean texts: folders of .txt files or files (default: seeds/clean and seeds/corpus-clean).")
    List<Path> corpus = List.of(Path.of("seeds/clean"), Path.of("seeds/corpus-clean"));

    @Option(names = "--seed", paramLabel = "N", split = ",", description = "Spinner seeds, one spin of every text per seed (default: 1,2,3).")
    List<Long> seeds = List.of(1L, 2L, 3L);

    @Option(names = "--rate", paramLabel = "P", description = "The share of eligible words the spinner swaps (default: ${DEFAULT-VALUE}).")
    double rate = 0.3;

    @Option(names = "--seeds", paramLabel = "DIR", description = "The seed folder, with the real spins in spun/ and their references in restored/ (default: seeds).")
    Path seedFolder = Path.of("seeds");

    @Option(names = "--write", paramLabel = "FILE", description = "The page to write the figures into, between its markers.")
    Path write;

    @Mixin
    DictionaryOptions dictionaries;

    @Override
    public Integer call() {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        if (dictionaries.thesaurus()) {
            err.println("unspin: eval always scores restoration both with and without --thesaurus; leave the option out");
            return ExitCodes.USAGE_OR_IO;
        }
        if (!(rate > 0 && rate <= 1)) {
            err.println("unspin: --rate must be more than 0 and at most 1");
            return ExitCodes.USAGE_OR_IO;
        }
        try {
            String page = write == null ? null : Files.readString(write, StandardCharsets.UTF_8);
            if (page != null && between(between(page, BEGIN, END, ""), CONTEXTUAL_BEGIN, CONTEXTUAL_END, "") == null) {
                err.println("unspin: " + write + ": no '" + BEGIN + "' ... '" + END + "' and '" + CONTEXTUAL_BEGIN + "' ... '"
                        + CONTEXTUAL_END + "' markers to write the figures between");
                return ExitCodes.USAGE_OR_IO;
            }
            List<CleanText> texts = CleanCorpus.read(corpus);
            Dictionary loaded = dictionaries.load();
            Engine dictionary = new Engine(loaded);
            Engine thesaurus = dictionary.withSupplement(Thesaurus.supplement());
            Evaluation.Result result = Evaluation.run(texts, new SpinnerSimulation(WordNetThesaurus.shared(), rate), seeds,
                    dictionary, thesaurus);
            String figures = EvaluationReport.markdown(result);
            ContextualStage stage = ContextualStage.load(ResourceCache.fromEnvironment(), err);
            List<ContextualEvaluation.Row> rows = ContextualEvaluation.run(stage, loaded,
                    List.of(DetectorTraining.seed(seedFolder, NYT_SEED), DetectorTraining.seed(seedFolder, WAPO_SEED)), texts, seeds);
            String contextual = ContextualEvaluation.markdown(rows, stage.masked().isPresent());
            if (page == null) {
                PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
                out.print(figures);
                out.println();
                out.print(contextual);
                out.flush();
                return ExitCodes.OK;
            }
            AtomicFileWriter.write(write, between(between(page, BEGIN, END, figures), CONTEXTUAL_BEGIN, CONTEXTUAL_END, contextual));
            return ExitCodes.OK;
        } catch (ResourceUnavailableException e) {
            err.println("unspin: the contextual restorer cannot be evaluated: " + e.getMessage());
            return ExitCodes.USAGE_OR_IO;
        } catch (DictionaryFormatException | IOException | LanguageModelUnavailableException e) {
            err.println("unspin: " + e.getMessage());
            return ExitCodes.USAGE_OR_IO;
        }
    }

    private static final String NYT_SEED = "nytimes-2024-05-31-blinken-prague-ukraine-weapons";
    private static final String WAPO_SEED = "washingtonpost-2024-05-30-blinken-moldova-policy-shift";

    /** The page with the text between the markers replaced, or null when the page lacks them (or only has the first). */
    private static String between(String page, String begin, String end, String figures) {
        if (page == null) {
            return null;
        }
        int from = page.indexOf(begin);
        int to = page.indexOf(end);
        if (from < 0 || to < from) {
            return null;
        }
        return page.substring(0, from + begin.length()) + "\n\n" + figures + "\n" + page.substring(to);
    }
}
