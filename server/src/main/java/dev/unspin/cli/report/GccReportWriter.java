package dev.unspin.cli.report;

import dev.unspin.cli.files.InputProblem;
import java.io.PrintWriter;

/**
 * One line per finding in the form compilers use, which Vim's and Emacs's quickfix lists read:
 * {@code path:line:column: warning: "spun" → "original" [entry-id]}. Nothing else goes to stdout,
 * so the summary is left to the other formats.
 */
public final class GccReportWriter implements ReportWriter {
    private final PrintWriter out;

    public GccReportWriter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void file(FileReport report) {
        out.write(render(report));
    }

    @Override
    public String render(FileReport report) {
        int size = 0;
        for (LocatedFinding f : report.findings()) { // sized up front: growing a large builder copies it
            size += report.path().length() + 40 + f.finding().spun().length() + f.finding().replacement().length()
                    + f.finding().entryId().length();
        }
        StringBuilder lines = new StringBuilder(size);
        for (LocatedFinding f : report.findings()) {
            lines.append(report.path()).append(':')
                    .append(f.start().line()).append(':')
                    .append(f.start().column())
                    .append(": warning: \"").append(f.finding().spun()).append("\" → \"")
                    .append(f.finding().replacement()).append("\" [").append(f.finding().entryId()).append("]\n");
        }
        return lines.toString();
    }

    @Override
    public void file(FileReport report, String rendered) {
        out.write(rendered != null ? rendered : render(report));
    }

    @Override
    public void problem(InputProblem problem) {
        // On stderr already; a quickfix list wants findings only.
    }

    @Override
    public void finish(RunSummary summary) {
        out.flush();
    }
}
