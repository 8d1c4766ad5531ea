package dev.unspin.web;

import dev.unspin.cli.VersionProvider;
import dev.unspin.cli.report.FileReport;
import dev.unspin.cli.report.JsonReportWriter;
import dev.unspin.cli.report.RunSummary;
import dev.unspin.dictionary.Confidence;
import dev.unspin.document.DocumentCheck;
import dev.unspin.engine.DocumentReport;
import dev.unspin.engine.Engine;
import dev.unspin.engine.Finding;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * Checks one article for the API and writes the answer with the CLI's JSON report writer, so the
 * API and {@code check --format json} share one schema, with the restored text added.
 */
final class WebCheck {
    private final Engine engine;

    WebCheck(Engine engine) {
        this.engine = engine;
    }

    String run(CheckRequest request) {
        String source = request.text();
        // One pass for every confidence; without a fixed minimum the article's own evidence then chooses.
        DocumentCheck.Result check = DocumentCheck.run(engine, request.format(), source,
                request.minConfidence().orElse(Confidence.POSSIBLE), Set.of(), null);
        Confidence minimum = request.minConfidence().orElseGet(check::minimumShown);
        // Findings located in the source, with replacements escaped for it (&amp; in HTML).
        List<Finding> findings = check.locatedAtLeast(minimum).stream()
                .map(f -> new Finding(f.start(), f.end(), source.substring(f.start(), f.end()), f.replacements(),
                        f.finding().entry()))
                .toList();
        FileReport report = FileReport.of(request.path(), source,
                new DocumentReport(DocumentReport.wordCount(check.text()), findings), minimum);
        RunSummary summary = new RunSummary();
        summary.add(report);
        StringWriter out = new StringWriter(source.length() * 2 + 1024);
        try {
            JsonReportWriter writer = new JsonReportWriter(out, VersionProvider.version(), minimum);
            writer.file(report, Engine.apply(source, findings));
            writer.finish(summary);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }
}
