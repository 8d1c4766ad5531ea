package dev.unspin.lsp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One daemon thread that runs work per document, a newer request for the same document replacing
 * one still waiting: typing bursts cost one check, and a document's results go out in order.
 */
final class PerUriDebouncer {
    private final Map<String, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();
    private final ScheduledExecutorService thread;

    PerUriDebouncer(String threadName) {
        thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs {@code work} for the document after {@code delayMs}, unless a newer call for it comes first. */
    void schedule(String uri, int delayMs, Runnable work) {
        ScheduledFuture<?> previous = pending.put(uri, thread.schedule(work, delayMs, TimeUnit.MILLISECONDS));
        if (previous != null) {
            previous.cancel(false);
        }
    }

    /** Drops the document's waiting work, if any. */
    void cancel(String uri) {
        ScheduledFuture<?> previous = pending.remove(uri);
        if (previous != null) {
            previous.cancel(false);
        }
    }

    /** Runs work on the same thread at once, after what is already due. */
    void execute(Runnable work) {
        thread.execute(work);
    }

    void stop() {
        thread.shutdownNow();
    }
}
