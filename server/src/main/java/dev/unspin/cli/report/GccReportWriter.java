package dev.unspin.cli.report;

import dev.unspin.cli.files.InputProblem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * One line per finding in the form compilers use, which Vim's and Emacs's quickfix lists read:
 * {@code path:line:column: warning: "spun" → "original" [entry-id]}. Nothing else goes to stdout,
 * so the summary is left to the other formats. Written as bytes: a run with millions of findings
 * is encoded on the worker threads, not on the one that writes.
 */
public final class GccReportWriter implements ReportWriter {
    private static final byte[] WARNING = ": warning: \"".getBytes(StandardCharsets.UTF_8);
    private static final byte[] ARROW = "\" → \"".getBytes(StandardCharsets.UTF_8);
    private static final byte[] ID = "\" [".getBytes(StandardCharsets.UTF_8);
    private static final byte[] END = "]\n".getBytes(StandardCharsets.UTF_8);

    private final OutputStream out;

    public GccReportWriter(OutputStream out) {
        this.out = out;
    }

    @Override
    public void file(FileReport report) throws IOException {
        out.write(render(report));
    }

    @Override
    public byte[] render(FileReport report) {
        byte[] path = report.path().getBytes(StandardCharsets.UTF_8);
        int size = 0;
        for (LocatedFinding f : report.findings()) { // sized up front: growing a large buffer copies it
            size += path.length + 48 + f.finding().spun().length() + f.finding().replacement().length()
                    + f.finding().entryId().length();
        }
        Utf8Bytes lines = new Utf8Bytes(size);
        for (LocatedFinding f : report.findings()) {
            lines.append(path).append(':')
                    .append(f.start().line()).append(':')
                    .append(f.start().column())
                    .append(WARNING).append(f.finding().spun()).append(ARROW)
                    .append(f.finding().replacement()).append(ID).append(f.finding().entryId()).append(END);
        }
        return lines.toByteArray();
    }

    @Override
    public void file(FileReport report, byte[] rendered) throws IOException {
        out.write(rendered != null ? rendered : render(report));
    }

    @Override
    public void problem(InputProblem problem) {
        // On stderr already; a quickfix list wants findings only.
    }

    @Override
    public void finish(RunSummary summary) throws IOException {
        out.flush();
    }
}
