package dev.unspin.lsp;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Work-done progress for a check that runs longer than a threshold: nothing for the usual check
 * of milliseconds, a begin once the threshold has passed, and its end when the check is done.
 */
final class SlowCheckProgress {
    static final String THRESHOLD_PROPERTY = "unspin.progressAfterMs";
    static final int DEFAULT_THRESHOLD_MS = 1000;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "unspin-progress-timer");
        thread.setDaemon(true);
        return thread;
    });
    private final int thresholdMs = Integer.getInteger(THRESHOLD_PROPERTY, DEFAULT_THRESHOLD_MS);

    /** One check under way. */
    final class Running {
        private final WorkProgress progress;
        private final String title;
        private final ScheduledFuture<?> due;
        private WorkProgress.Done shown;
        private boolean finished;

        private Running(WorkProgress progress, String title) {
            this.progress = progress;
            this.title = title;
            if (thresholdMs == 0) {
                show();
                due = null;
            } else {
                due = timer.schedule(this::show, thresholdMs, TimeUnit.MILLISECONDS);
            }
        }

        private synchronized void show() {
            if (!finished) {
                shown = progress.begin(title);
            }
        }

        synchronized void finish() {
            finished = true;
            if (due != null) {
                due.cancel(false);
            }
            if (shown != null) {
                shown.end("done");
            }
        }
    }

    Running start(WorkProgress progress, String title) {
        return new Running(progress, title);
    }

    void stop() {
        timer.shutdownNow();
    }
}
