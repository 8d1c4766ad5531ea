package dev.unspin.lsp;

import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The contextual restorer's checks, the second step of a document's diagnostics: one at a time on
 * a thread of their own, so that they never hold up typing, the dictionary's diagnostics or other
 * requests. A job for a newer version of a document cancels the one for an older version: it stops
 * at its next batch of model passes, and a cancelled job never publishes.
 */
final class ContextualChecks {
    /** One document version's check; {@code cancelled} once a newer version or a closed document made it stale. */
    private static final class Job {
        final OpenDocument document;
        final long generation;
        volatile boolean cancelled;

        Job(OpenDocument document, long generation) {
            this.document = document;
            this.generation = generation;
        }
    }

    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "unspin-contextual");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    /** The last contextual check done for each document, of whatever version. */
    private final Map<String, Analysis> done = new ConcurrentHashMap<>();
    private final ServerLog log;

    ContextualChecks(ServerLog log) {
        this.log = log;
    }

    /**
     * Checks this version in the background unless it is checked or being checked already; the
     * result goes to {@code publish} unless the job was cancelled by then, and {@code publish}
     * must itself check that it is still current where it publishes.
     */
    synchronized void request(OpenDocument document, long generation, Supplier<Analysis> check, Consumer<Analysis> publish) {
        String uri = document.uri();
        Analysis finished = done.get(uri);
        if (finished != null && finished.document() == document && finished.generation() == generation) {
            return;
        }
        Job job = new Job(document, generation);
        Job before = jobs.put(uri, job);
        if (before != null) {
            if (before.document == document && before.generation == generation) {
                jobs.put(uri, before); // already under way
                return;
            }
            before.cancelled = true;
        }
        try {
            worker.execute(() -> run(uri, job, check, publish));
        } catch (RejectedExecutionException e) {
            // the server is stopping
        }
    }

    private void run(String uri, Job job, Supplier<Analysis> check, Consumer<Analysis> publish) {
        if (job.cancelled) {
            return;
        }
        try {
            Analysis analysis = SentenceScoreCache.cancellable(() -> job.cancelled, check);
            if (!job.cancelled) {
                done.put(uri, analysis);
                publish.accept(analysis);
            }
        } catch (CancellationException e) {
            // a newer version is on its way
        } catch (RuntimeException e) {
            log.error("checking " + uri + " in context failed", e);
        } finally {
            jobs.remove(uri, job);
        }
    }

    /**
     * Keeps the contextual thread busy until the returned hold is closed, so that checks requested
     * meanwhile wait: what a user sees while a long check runs, made certain for the server's tests.
     */
    AutoCloseable hold() {
        CountDownLatch released = new CountDownLatch(1);
        worker.execute(() -> {
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        return released::countDown;
    }

    /** The last contextual check of the document, of whatever version and check state, or null. */
    Analysis latest(String uri) {
        return done.get(uri);
    }

    /** A closed document: its job is cancelled and its results forgotten. */
    synchronized void forget(String uri) {
        Job job = jobs.remove(uri);
        if (job != null) {
            job.cancelled = true;
        }
        done.remove(uri);
    }

    void stop() {
        jobs.values().forEach(job -> job.cancelled = true);
        worker.shutdownNow();
    }
}
