package dev.unspin.report;

import dev.unspin.report.InputProblem;
import java.io.IOException;
import java.nio.ByteBuffer;

/** Writes a {@code check} run in one format, file by file in input order, then the summary. */
public interface ReportWriter {
    void file(FileReport report) throws IOException;

    /**
     * The writer's output for a report as UTF-8 (the buffer's remaining bytes), made on a worker
     * thread so that formatting and encoding run in parallel; null when the writer formats in
     * {@link #file}. Must not touch the writer's state, beyond thread-safe caches.
     */
    default ByteBuffer render(FileReport report) {
        return null;
    }

    /** Writes a report, with what {@link #render} made of it on a worker thread (null if nothing). */
    default void file(FileReport report, ByteBuffer rendered) throws IOException {
        file(report);
    }

    /** An input that could not be checked; it is also on stderr, so text formats may ignore it. */
    void problem(InputProblem problem) throws IOException;

    void finish(RunSummary summary) throws IOException;
}
