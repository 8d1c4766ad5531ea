package dev.unspin.cli;

import dev.unspin.cli.dict.DictCommand;
import dev.unspin.lsp.LspCommand;
import dev.unspin.web.WebCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code unspin} command: restoring, checking, the language server, dictionary tooling and the web page. */
@Command(name = "unspin",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Finds the phrasings a synonym spinner put into a news article and restores the original wording.",
        subcommands = {RestoreCommand.class, CheckCommand.class, CompletionCommand.class, LspCommand.class, DictCommand.class,
            WebCommand.class, EvalCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:spun phrasings were found (check), or errors in a dictionary (dict check)",
            "2:usage, input or dictionary error"})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code, for tests and embedding. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExitCodeExceptionMapper(e -> ExitCodes.USAGE_OR_IO);
        cli.setParameterExceptionHandler((ex, arguments) -> {
            CommandLine source = ex.getCommandLine();
            source.getErr().println("unspin: " + ex.getMessage());
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
