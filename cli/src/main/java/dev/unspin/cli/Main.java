package dev.unspin.cli;

import dev.unspin.dictionary.DefaultDictionary;
import dev.unspin.lsp.LspCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code unspin} command: restoring, checking, the language server, dictionary tooling and the web page. */
@Command(name = "unspin",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Finds the phrasings a synonym spinner put into a news article and restores the original wording.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:spun phrasings were found (check), or errors in a dictionary (dict check)",
            "2:usage, input or dictionary error"})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        if (args.length > 0 && Subcommand.named(args[0]).filter(Subcommand::readsTheDictionary).isPresent()) {
            DefaultDictionary.preloadInBackground();
        }
        if (args.length == 1 && args[0].equals("lsp")) {
            System.exit(LspCommand.runWithDefaults());
        }
        try {
            System.exit(run(args));
        } catch (OutOfMemoryError e) {
            // An exit code the help documents and one line, not a stack trace and the JVM's 1.
            System.err.println("unspin: out of memory (" + e.getMessage() + "): give Java more with -Xmx"
                    + " (java -Xmx4g -jar unspin.jar ...) or split the input");
            System.exit(ExitCodes.USAGE_OR_IO);
        }
    }

    /**
     * Runs the command line and returns the exit code, for tests and embedding. Output that the
     * commands printed through System.out and that failed to reach standard output (System.out
     * keeps only a flag) makes the run fail too.
     */
    public static int run(String... args) {
        int code = commandLine(args).execute(args);
        if (System.out.checkError()) {
            System.err.println("unspin: cannot write to standard output: the output is incomplete");
            return ExitCodes.USAGE_OR_IO;
        }
        return code;
    }

    /** The command line for these arguments: with only the subcommand they name, when that is enough. */
    static CommandLine commandLine(String... args) {
        CommandLine cli = new CommandLine(new Main());
        // A run of one command adds only that one; help, completion and a mistyped name get them all.
        var named = Subcommand.named(args.length > 0 ? args[0] : "").filter(s -> !s.describesOthers());
        for (Subcommand subcommand : Subcommand.values()) {
            if (named.isEmpty() || named.get() == subcommand) {
                cli.addSubcommand(subcommand.command(), subcommand.create());
            }
        }
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExitCodeExceptionMapper(e -> ExitCodes.USAGE_OR_IO);
        cli.setParameterExceptionHandler((ex, arguments) -> {
            CommandLine source = ex.getCommandLine();
            source.getErr().println("unspin: " + DashedFileNames.explain(source.getCommandSpec().qualifiedName(), arguments).orElse(ex.getMessage()));
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, source.getErr())) {
                source.getErr().println("Try '" + source.getCommandSpec().qualifiedName() + " --help' for more information.");
            }
            return ExitCodes.USAGE_OR_IO;
        });
        return cli;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (restore, check, lsp, dict, web or completion)");
    }
}
