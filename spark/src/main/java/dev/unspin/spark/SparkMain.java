package dev.unspin.spark;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code unspin-spark}: checks or restores a corpus on Apache Spark, locally or through spark-submit. */
@Command(name = "unspin-spark",
        mixinStandardHelpOptions = true,
        version = "unspin-spark 0.1.0",
        description = "Checks or restores a corpus on Apache Spark: folders of articles, JSON Lines and WARC crawls, "
                + "each document through the same code as unspin check and unspin restore; or finds the corpus document "
                + "each spun copy was made from, as unspin source does.",
        subcommands = {SparkMain.Check.class, SparkMain.Restore.class, SparkMain.Source.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the job ran (malformed documents are reported in DIR/errors, not as a failure)",
            "2:usage, input, dictionary or output error"})
public final class SparkMain implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** What the two commands share: the options, and the job they run. */
    abstract static class JobCommand implements Callable<Integer> {
        @Mixin
        JobOptions options;

        abstract Job.Command command();

        @Override
        public Integer call() {
            return Job.run(command(), options, System.err);
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Reports the spun phrasings of every document as JSON Lines in DIR/documents "
                    + "(docs/spark.md has the schema), malformed documents in DIR/errors, totals in DIR/summary.json.")
    static final class Check extends JobCommand {
        @Override
        Job.Command command() {
            return Job.Command.CHECK;
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = "Writes every document's restored text as JSON Lines in DIR/restored, "
                    + "malformed documents in DIR/errors, totals in DIR/summary.json.")
    static final class Restore extends JobCommand {
        @Override
        Job.Command command() {
            return Job.Command.RESTORE;
        }
    }

    @Command(name = "source", mixinStandardHelpOptions = true,
            description = {"Finds, for each spun document (INPUT), the --corpus document it was most likely made from, "
                    + "as unspin source does: each copy restored first, candidates paired by MinHash LSH over word 3-shingles, "
                    + "then the same similarity as unspin source among them, weighted by the whole corpus. "
                    + "JSON Lines in DIR/sources (docs/spark.md), malformed documents in DIR/errors, totals in DIR/summary.json."})
    static final class Source implements Callable<Integer> {
        @Mixin
        JobOptions options;

        @CommandLine.Option(names = "--corpus", paramLabel = "PATH", required = true,
                description = "The corpus: a folder (searched recursively) or a file, read as the inputs are (repeatable).")
        java.util.List<String> corpus;

        @CommandLine.Option(names = "--min-similarity", paramLabel = "X", defaultValue = "0.3",
                description = "The similarity the closest document needs to be named the source, as for unspin source. "
                        + "Default: ${DEFAULT-VALUE}.")
        double threshold;

        @CommandLine.Option(names = "--lsh-min-jaccard", paramLabel = "J", defaultValue = "0.05",
                description = "The resemblance (Jaccard, of the word 3-shingle sets) a corpus document needs to be compared "
                        + "with a copy at all. Default: ${DEFAULT-VALUE}.")
        double minJaccard;

        @CommandLine.Option(names = "--lsh-tables", paramLabel = "N", defaultValue = "100",
                description = "MinHash LSH's hash tables: more find more pairs of low resemblance, at more cost. "
                        + "Default: ${DEFAULT-VALUE}.")
        int hashTables;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (!(threshold >= 0 && threshold <= 1) || !(minJaccard > 0 && minJaccard <= 1) || hashTables < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--min-similarity lies between 0 and 1, --lsh-min-jaccard above 0 and at most 1, --lsh-tables is at least 1");
            }
            return Job.run(Job.Command.SOURCE, options,
                    new Job.SourceRequest(corpus, new SourceJob.Options(threshold, minJaccard, hashTables)), System.err);
        }
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code, for tests. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new SparkMain());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExitCodeExceptionMapper(e -> Job.USAGE_OR_IO);
        cli.setParameterExceptionHandler((ex, arguments) -> {
            ex.getCommandLine().getErr().println("unspin-spark: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return Job.USAGE_OR_IO;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: check, restore or source");
    }
}
