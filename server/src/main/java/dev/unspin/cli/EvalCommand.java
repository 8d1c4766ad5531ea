package dev.unspin.cli;

import dev.unspin.corpus.CleanCorpus;
import dev.unspin.corpus.CleanText;
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
            "Evaluates restoration on clean texts spun by a simulated WordNet spinner (fixed seeds), and the findings on the clean texts themselves.",
            "Prints the figures as Markdown, or with --write replaces the part of a page between '" + EvalCommand.BEGIN + "' and '" + EvalCommand.END + "'."})
final class EvalCommand implements Callable<Integer> {
    static final String BEGIN = "<!-- evaluation figures -->";
    static final String END = "<!-- end of evaluation figures -->";

    @Option(names = "--corpus", paramLabel = "PATH", description = "Clean texts: folders of .txt files or files (default: seeds/clean and seeds/corpus-clean).")
    List<Path> corpus = List.of(Path.of("seeds/clean"), Path.of("seeds/corpus-clean"));

    @Option(names = "--seed", paramLabel = "N", split = ",", description = "Spinner seeds, one spin of every text per seed (default: 1,2,3).")
    List<Long> seeds = List.of(1L, 2L, 3L);

    @Option(names = "--rate", paramLabel = "P", description = "The share of eligible words the spinner swaps (default: ${DEFAULT-VALUE}).")
    double rate = 0.3;

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
            List<CleanText> texts = CleanCorpus.read(corpus);
            Engine dictionary = new Engine(dictionaries.load());
            Engine thesaurus = dictionary.withSupplement(Thesaurus.supplement());
            Evaluation.Result result = Evaluation.run(texts, new SpinnerSimulation(WordNetThesaurus.shared(), rate), seeds,
                    dictionary, thesaurus);
            String figures = EvaluationReport.markdown(result);
            if (write == null) {
                PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
                out.print(figures);
                out.flush();
                return ExitCodes.OK;
            }
            String page = Files.readString(write, StandardCharsets.UTF_8);
            int begin = page.indexOf(BEGIN);
            int end = page.indexOf(END);
            if (begin < 0 || end < begin) {
                err.println("unspin: " + write + ": no '" + BEGIN + "' ... '" + END + "' markers to write the figures between");
                return ExitCodes.USAGE_OR_IO;
            }
            String updated = page.substring(0, begin + BEGIN.length()) + "\n\n" + figures + "\n" + page.substring(end);
            AtomicFileWriter.write(write, updated);
            return ExitCodes.OK;
        } catch (DictionaryFormatException | IOException | LanguageModelUnavailableException e) {
            err.println("unspin: " + e.getMessage());
            return ExitCodes.USAGE_OR_IO;
        }
    }
}
