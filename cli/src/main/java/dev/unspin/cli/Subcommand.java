package dev.unspin.cli;

import dev.unspin.cli.dict.DictCommand;
import dev.unspin.lsp.LspCommand;
import java.util.Optional;

/**
 * The subcommands, in the order help lists them: the one list of them. Each is made only when a
 * run needs it, since picocli reads a command's annotations by reflection as it is added.
 */
enum Subcommand {
    RESTORE("restore", true) {
        @Override
        Object create() {
            return new RestoreCommand();
        }
    },
    CHECK("check", true) {
        @Override
        Object create() {
            return new CheckCommand();
        }
    },
    COMPLETION("completion", false) {
        @Override
        Object create() {
            return new CompletionCommand();
        }
    },
    LSP("lsp", true) {
        @Override
        Object create() {
            return new LspCommand();
        }
    },
    DICT("dict", true) {
        @Override
        Object create() {
            return new DictCommand();
        }
    },
    WEB("web", true) {
        @Override
        Object create() {
            return new WebCommand();
        }
    },
    EVAL("eval", true) {
        @Override
        Object create() {
            return new EvalCommand();
        }
    },
    FETCH("fetch", false) {
        @Override
        Object create() {
            return new FetchCommand();
        }
    },
    HELP("help", false) {
        @Override
        Object create() {
            return new HelpCommand();
        }
    };

    private final String command;
    private final boolean readsTheDictionary;

    Subcommand(String command, boolean readsTheDictionary) {
        this.command = command;
        this.readsTheDictionary = readsTheDictionary;
    }

    abstract Object create();

    /** The name users type. */
    String command() {
        return command;
    }

    /** Whether it reads the shipped dictionary, which can then parse beside picocli on another core. */
    boolean readsTheDictionary() {
        return readsTheDictionary;
    }

    /** Whether it needs every command to be there: help and completion describe them all. */
    boolean describesOthers() {
        return this == HELP || this == COMPLETION;
    }

    static Optional<Subcommand> named(String name) {
        for (Subcommand subcommand : values()) {
            if (subcommand.command.equals(name)) {
                return Optional.of(subcommand);
            }
        }
        return Optional.empty();
    }
}
