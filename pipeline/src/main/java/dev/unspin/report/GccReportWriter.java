package dev.unspin.report;

import dev.unspin.report.InputProblem;
import dev.unspin.dictionary.Entry;
import dev.unspin.check.SourceFinding;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.Map;

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
    /**
     * A line's end, from the arrow on, is the same for every finding whose replacement is its
     * entry's original as the dictionary writes it (the very string: the engine changed nothing).
     * Encoded once per entry and worker thread, as {@link #render} runs on several.
     */
    private final ThreadLocal<Map<Entry, byte[]>> lineEnds = ThreadLocal.withInitial(IdentityHashMap::new);

    public GccReportWriter(OutputStream out) {
        this.out = out;
    }

    @Override
    public void file(FileReport report) throws IOException {
        write(render(report));
    }

    @Override
    public ByteBuffer render(FileReport report) {
        byte[] path = PrintedText.name(report.path()).getBytes(StandardCharsets.UTF_8);
        int size = 0;
        for (LocatedFinding f : report.findings()) { // sized up front: growing a large buffer copies it
            size += path.length + 48 + f.finding().spun().length() + f.finding().replacement().length()
                    + f.finding().entryId().length();
        }
        Utf8Bytes lines = new Utf8Bytes(size);
        Map<Entry, byte[]> ends = lineEnds.get();
        for (LocatedFinding f : report.findings()) {
            SourceFinding finding = f.finding();
            lines.append(path).append(':')
                    .append(f.start().line()).append(':')
                    .append(f.start().column())
                    .append(WARNING).append(PrintedText.escaped(finding.spun())); // a phrasing may span a line break
            String replacement = finding.replacement();
            if (replacement == finding.entry().originals().get(0)) {
                byte[] end = ends.get(finding.entry());
                if (end == null) {
                    end = lineEnd(replacement, finding.entryId());
                    ends.put(finding.entry(), end);
                }
                lines.append(end);
            } else {
                lines.append(ARROW).append(replacement).append(ID).append(finding.entryId()).append(END);
            }
        }
        return lines.toByteBuffer();
    }

    private static byte[] lineEnd(String replacement, String entryId) {
        return ("\" → \"" + replacement + "\" [" + entryId + "]\n").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void file(FileReport report, ByteBuffer rendered) throws IOException {
        write(rendered != null ? rendered : render(report));
    }

    private void write(ByteBuffer rendered) throws IOException {
        out.write(rendered.array(), rendered.arrayOffset() + rendered.position(), rendered.remaining());
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
