package dev.unspin.cli.report;

import dev.unspin.cli.files.InputProblem;
import java.io.IOException;

/** Writes a {@code check} run in one format, file by file in input order, then the summary. */
public interface ReportWriter {
    void file(FileReport report) throws IOException;

    /** An input that could not be checked; it is also on stderr, so text formats may ignore it. */
    void problem(InputProblem problem) throws IOException;

    void finish(RunSummary summary) throws IOException;
}
