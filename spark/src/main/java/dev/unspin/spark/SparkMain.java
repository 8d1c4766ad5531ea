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
                + "each document through the same code as unspin check and unspin restore.",
        subcommands = {SparkMain.Check.class, SparkMain.Restore.class, CommandLine.HelpCommand.class},
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
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: check or restore");
    }
}
