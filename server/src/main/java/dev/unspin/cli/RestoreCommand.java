package dev.unspin.cli;

import dev.unspin.dictionary.Confidence;
import dev.unspin.dictionary.DictionaryFormatException;
import dev.unspin.engine.Engine;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code unspin restore}: prints an article with its spun phrasings put back to the original wording. */
@Command(name = "restore",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Prints the article with every spun phrasing restored to its original wording.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "2:usage, input or dictionary error"})
final class RestoreCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", description = "The article to restore, or '-' for standard input.")
    String path;

    /** Null unless given: then the document's own spin evidence decides (docs/context.md). */
    @Option(names = "--min-confidence", paramLabel = "LEVEL",
            converter = ConfidenceConverter.class,
            description = "Apply findings of this confidence or surer: certain, likely or possible."
                    + " Without it, the article's own evidence decides: only certain findings in text that looks clean,"
                    + " likely ones too when unsure, all of them in text that is clearly spun.")
    Confidence minConfidence;

    @Mixin
    DictionaryOptions dictionaries;

    @Override
    public Integer call() {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        try {
            Engine engine = new Engine(dictionaries.load());
            String text = "-".equals(path) ? TextInput.read(System.in, "<stdin>") : TextInput.read(Path.of(path));
            String restored = (minConfidence == null ? engine.restore(text) : engine.restore(text, minConfidence)).text();
            System.out.write(restored.getBytes(StandardCharsets.UTF_8));
            System.out.flush();
            return ExitCodes.OK;
        } catch (DictionaryFormatException | TextInput.UnreadableInput e) {
            err.println("unspin: " + e.getMessage());
        } catch (IOException e) {
            err.println("unspin: " + e.getMessage());
        }
        return ExitCodes.USAGE_OR_IO;
    }
}
