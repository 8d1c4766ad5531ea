package dev.unspin.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code unspin help [COMMAND [SUBCOMMAND...]]}: the help of a command at any depth, such as {@code help dict check}. */
@Command(name = "help", helpCommand = true,
        description = "Shows the help of a command, or of a subcommand such as 'unspin help dict check'.")
final class HelpCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "The command, then its subcommand, if any.")
    List<String> names = new ArrayList<>();

    @Override
    public Integer call() {
        CommandLine command = spec.root().commandLine();
        for (String name : names) {
            CommandLine sub = command.getSubcommands().get(name);
            if (sub == null) {
                spec.commandLine().getErr().println("unspin: no command '" + String.join(" ", names) + "': '"
                        + name + "' is not a command of '" + command.getCommandSpec().qualifiedName() + "'; try '"
                        + command.getCommandSpec().qualifiedName() + " --help'");
                return ExitCodes.USAGE_OR_IO;
            }
            command = sub;
        }
        command.usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
