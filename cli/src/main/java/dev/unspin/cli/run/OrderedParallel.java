package dev.unspin.cli.run;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs work on every item on several threads and hands the results to a consumer on the calling
 * thread in the items' order, so output is the same whatever the scheduling. Only a bounded
 * window of results waits at a time, so memory does not grow with the number of items.
 */
public final class OrderedParallel {
    /** Results kept ahead of the consumer per thread: enough to hide an uneven file size. */
    private static final int WINDOW_PER_THREAD = 8;

    private OrderedParallel() {
    }

    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * The work must not throw for ordinary failures (return them as results instead); an
     * exception it does throw stops the run and is rethrown here.
     */
    public static <I, R> void run(List<I> items, int threads, Function<I, R> work, Consumer<R> consumer) {
        if (threads <= 1 || items.size() <= 1) {
            items.forEach(item -> consumer.accept(work.apply(item)));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "unspin-worker");
            thread.setDaemon(true); // never keeps a finished or failed run alive
            return thread;
        });
        try {
            Deque<Future<R>> window = new ArrayDeque<>();
            int next = 0;
            int limit = threads * WINDOW_PER_THREAD;
            while (next < items.size() || !window.isEmpty()) {
                while (next < items.size() && window.size() < limit) {
                    I item = items.get(next++);
                    window.add(pool.submit(() -> work.apply(item)));
                }
                consumer.accept(await(window.removeFirst()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R await(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
