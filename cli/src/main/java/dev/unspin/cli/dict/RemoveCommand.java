package dev.unspin.cli.dict;

import dev.unspin.cli.ExitCodes;
import dev.unspin.dictionary.DictionaryFileEditor;
import dev.unspin.dictionary.DictionaryParser;
import dev.unspin.dictionary.Entry;
import dev.unspin.dictionary.EntryFormatter;
import dev.unspin.text.Normalizer;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code unspin dict remove}: deletes one entry's line from a dictionary file. */
@Command(name = "remove",
        mixinStandardHelpOptions = true,
        description = "Removes the entry with the given id (or spun phrasing) from a dictionary file; other lines stay as they are.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "2:usage, input or dictionary error, or no such entry"})
final class RemoveCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ENTRY", description = "The entry's id, or its spun phrasing.")
    String which;

    @Option(names = "--file", required = true, paramLabel = "FILE",
            description = "The dictionary file to remove it from (replaced atomically).")
    Path file;

    @Override
    public Integer call() {
        PrintStream out = Console.out();
        PrintStream err = Console.err();
        if (!Files.isRegularFile(file)) {
            err.println("unspin: " + file + ": no such dictionary file");
            return ExitCodes.USAGE_OR_IO;
        }
        return Guarded.run(err, () -> {
            DictionaryFileEditor editor = DictionaryFileEditor.open(file);
            Optional<Entry> byId = editor.entry(which).or(() -> editor.entry(DictionaryParser.defaultId(which)));
            List<Entry> bySpun = editor.entries().stream()
                    .filter(e -> Normalizer.normalize(e.spun()).equals(Normalizer.normalize(which.strip()))).toList();
            if (byId.isEmpty() && bySpun.size() > 1) {
                err.println("unspin: " + bySpun.size() + " entries have the phrasing '" + which + "'; name one by its id: "
                        + String.join(", ", bySpun.stream().map(e -> e.id() + " (" + e.location() + ")").toList()));
                return ExitCodes.USAGE_OR_IO;
            }
            Optional<Entry> target = byId.or(() -> bySpun.stream().findFirst());
            if (target.isEmpty()) {
                err.println("unspin: " + file + ": no entry with id or phrasing '" + which + "'");
                return ExitCodes.USAGE_OR_IO;
            }
            editor.remove(target.get().id());
            editor.save();
            out.println(target.get().location().file() + ":" + target.get().location().line() + ": removed: "
                    + EntryFormatter.format(target.get()));
            return ExitCodes.OK;
        });
    }
}
