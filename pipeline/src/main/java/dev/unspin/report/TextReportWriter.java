package dev.unspin.report;

import dev.unspin.report.InputProblem;
import dev.unspin.dictionary.Confidence;
import dev.unspin.check.SourceFinding;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.Help.Ansi.Style;

/**
 * The human format: each file with findings, its findings one a line, then the run's totals.
 * Colour only when asked for (on a terminal by default).
 */
public final class TextReportWriter implements ReportWriter {
    private final Writer out;
    private final boolean colour;

    /** Writes to {@code out}, whose failures reach the caller (a PrintWriter would swallow them). */
    public TextReportWriter(Writer out, boolean colour) {
        this.out = out;
        this.colour = colour;
    }

    @Override
    public void file(FileReport report) throws IOException {
        if (report.findings().isEmpty()) {
            return;
        }
        printf("%s: %s in %s (spin score %.1f)%n", paint(PrintedText.name(report.path()), Style.bold),
                plural(report.findings().size(), "finding"), plural(report.words(), "word"), report.spinScore());
        for (LocatedFinding located : report.findings()) {
            SourceFinding f = located.finding();
            String position = located.start().line() + ":" + located.start().column();
            String originals = f.replacements().stream().map(r -> "\"" + r + "\"").collect(Collectors.joining(" or "));
            printf("  %-8s %s  \"%s\" → %s  [%s]%n", position,
                    paint(String.format(Locale.ROOT, "%-8s", f.confidence().label()), style(f.confidence())),
                    PrintedText.escaped(f.spun()), paint(originals, Style.fg_green), f.entryId());
            String why = f.reason().orElse(null);
            if (why != null) {
                printf("           why: %s%n", why);
            }
        }
        printf("%n");
    }

    @Override
    public void problem(InputProblem problem) {
        // Already on stderr, where it belongs for people.
    }

    @Override
    public void finish(RunSummary summary) throws IOException {
        StringBuilder line = new StringBuilder();
        line.append(plural(summary.files(), "file")).append(" checked");
        if (summary.skipped() > 0) {
            line.append(", ").append(summary.skipped()).append(" skipped");
        }
        if (summary.errors() > 0) {
            line.append(", ").append(plural(summary.errors(), "error"));
        }
        line.append(", ").append(plural(summary.words(), "word")).append(": ")
                .append(plural(summary.findings(), "finding"));
        if (summary.findings() > 0) {
            line.append(" (").append(summary.countsByConfidence().entrySet().stream()
                    .map(e -> e.getValue() + " " + e.getKey().label()).collect(Collectors.joining(", ")))
                    .append(") in ").append(plural(summary.filesWithFindings(), "file"));
        }
        printf("%s%n", paint(line.toString(), Style.bold));
        printf("spin score %.1f spun phrasings per 1,000 words%n", summary.spinScore());
        out.flush();
    }

    private void printf(String format, Object... args) throws IOException {
        out.write(String.format(Locale.ROOT, format, args));
    }

    private static Style style(Confidence confidence) {
        return switch (confidence) {
            case CERTAIN -> Style.fg_red;
            case LIKELY -> Style.fg_yellow;
            case POSSIBLE -> Style.fg_cyan;
        };
    }

    /**
     * Paints are never nested, so a full reset ends each one: picocli's own "bold off" is SGR 21,
     * which many terminals read as double underline.
     */
    private String paint(String text, Style style) {
        return colour ? style.on() + text + Style.reset.on() : text;
    }

    static String plural(long n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
