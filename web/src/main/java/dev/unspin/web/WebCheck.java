package dev.unspin.web;

import dev.unspin.check.CheckResult;
import dev.unspin.check.Checker;
import dev.unspin.report.FileReport;
import dev.unspin.report.JsonReportWriter;
import dev.unspin.report.LineIndex;
import dev.unspin.report.RunSummary;
import dev.unspin.report.ToolVersion;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Checks one article for the API and writes the answer with the JSON report writer, so the API and
 * {@code check --format json} share one schema, with the restored text added.
 */
final class WebCheck {
    private final Checker checker;

    WebCheck(Checker checker) {
        this.checker = checker;
    }

    String run(ApiRequest request) {
        CheckResult check = checker.check(request.toCheck());
        FileReport report = FileReport.of(request.path(), new LineIndex(request.text()), check);
        RunSummary summary = new RunSummary();
        summary.add(report);
        StringWriter out = new StringWriter(request.text().length() * 2 + 1024);
        try {
            JsonReportWriter writer = new JsonReportWriter(out, ToolVersion.version(), check.minimum());
            writer.file(report, check.restored());
            writer.finish(summary);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }
}
