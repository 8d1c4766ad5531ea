package dev.unspin.dictionary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The dictionary shipped with unspin: the files listed in {@code dev/unspin/data/DEFAULT} on the
 * class path (kept in the repository under {@code dictionary/data/}).
 */
public final class DefaultDictionary {
    static final String DATA = "/dev/unspin/data/";

    private DefaultDictionary() {
    }

    /** The parsed files, once per process: they cannot change while it runs. */
    private static final AtomicReference<CompletableFuture<Dictionary>> PARSED = new AtomicReference<>();

    /** The shipped dictionary, parsed on the first call or ahead of it by {@link #preloadInBackground()}. */
    public static Dictionary load() {
        try {
            return parsed(Runnable::run).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /**
     * Starts parsing on a daemon thread, so that a command's start-up (picocli, LSP4J) runs beside
     * it on the second core; {@link #load()} then waits for it, if it still has to.
     */
    public static void preloadInBackground() {
        parsed(task -> {
            Thread thread = new Thread(task, "unspin-dictionary-preload");
            thread.setDaemon(true);
            thread.start();
        });
    }

    private static CompletableFuture<Dictionary> parsed(Executor executor) {
        CompletableFuture<Dictionary> existing = PARSED.get();
        if (existing != null) {
            return existing;
        }
        CompletableFuture<Dictionary> mine = new CompletableFuture<>();
        if (!PARSED.compareAndSet(null, mine)) {
            return PARSED.get();
        }
        executor.execute(() -> {
            try {
                mine.complete(parseAll());
            } catch (RuntimeException | Error e) {
                mine.completeExceptionally(e);
            }
        });
        return mine;
    }

    private static Dictionary parseAll() {
        List<Entry> entries = new ArrayList<>();
        for (String name : fileNames()) {
            entries.addAll(parseResource(name));
        }
        return Dictionary.of(entries);
    }

    /** The shipped files, in load order. */
    public static List<String> fileNames() {
        return resourceText("DEFAULT").lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    public static List<Entry> parseResource(String name) {
        try {
            return DictionaryParser.parse(name, resourceText(name));
        } catch (DictionaryFormatException e) {
            throw new IllegalStateException("the shipped dictionary is broken: " + e.getMessage(), e);
        }
    }

    /** The text of one shipped file, as listed by {@link #fileNames()}. */
    public static String resourceText(String name) {
        try (InputStream in = DefaultDictionary.class.getResourceAsStream(DATA + name)) {
            if (in == null) {
                throw new IllegalStateException("missing shipped dictionary resource " + DATA + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
