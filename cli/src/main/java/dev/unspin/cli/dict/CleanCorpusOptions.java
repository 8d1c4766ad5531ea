package dev.unspin.cli.dict;

import dev.unspin.corpus.UnspinCheckout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Which clean (unspun) texts a command measures entries against. */
final class CleanCorpusOptions {
    @Option(names = "--clean-corpus", paramLabel = "DIR",
            description = "A folder of clean .txt articles, added to the default ones (repeatable).")
    List<Path> extra = new ArrayList<>();

    @Option(names = "--no-default-clean-corpus",
            description = "Do not use the clean seed texts of the unspin checkout (seeds/clean, seeds/corpus-clean).")
    boolean noDefault;

    /** The folders to read: the shipped ones (when found and wanted), then the given ones. */
    List<Path> folders() {
        List<Path> folders = new ArrayList<>(noDefault ? List.of() : UnspinCheckout.cleanCorpus());
        folders.addAll(extra);
        return folders;
    }

    /** True when the default was wanted but this unspin is not run from a checkout that has it. */
    boolean defaultMissing() {
        return !noDefault && UnspinCheckout.cleanCorpus().isEmpty();
    }
}
