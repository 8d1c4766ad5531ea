package dev.unspin.cli.dict;

import dev.unspin.cli.VersionProvider;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code unspin dict}: the commands that grow, inspect and check phrase dictionaries. */
@Command(name = "dict",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Learns, edits, lists and checks phrase dictionaries (see docs/dictionary.md).",
        subcommands = {LearnCommand.class, AddCommand.class, RemoveCommand.class, ListCommand.class,
            StatsCommand.class, CheckCommand.class})
public final class DictCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a dict command is required (learn, add, remove, list, stats, check)");
    }
}
