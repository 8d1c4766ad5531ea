package dev.unspin.report;

import com.google.gson.stream.JsonWriter;
import dev.unspin.report.InputProblem;
import dev.unspin.dictionary.Confidence;
import dev.unspin.check.SourceFinding;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON format, version {@value #FORMAT_VERSION}, described by
 * {@code docs/schemas/unspin-check-1.schema.json}. Files are streamed as they are reported, so a
 * run over a large corpus does not hold its report in memory; problems are written after them.
 * Bump the version, and add a schema file, whenever a field changes meaning or goes away.
 */
public final class JsonReportWriter implements ReportWriter {
    public static final String FORMAT = "unspin-check";
    public static final int FORMAT_VERSION = 1;

    private final Writer out;
    private final JsonWriter json;
    private final List<InputProblem> problems = new ArrayList<>();

    public JsonReportWriter(Writer out, String toolVersion, Confidence minConfidence) throws IOException {
        this.out = out;
        this.json = new JsonWriter(out);
        json.setIndent("  ");
        json.beginObject();
        json.name("format").value(FORMAT);
        json.name("formatVersion").value(FORMAT_VERSION);
        json.name("tool").beginObject().name("name").value("unspin").name("version").value(toolVersion).endObject();
        json.name("minConfidence").value(minConfidence.label());
        json.name("files").beginArray();
    }

    @Override
    public void file(FileReport report) throws IOException {
        file(report, (String) null);
    }

    /**
     * One file, with its text after every reported finding is replaced by its preferred original
     * (the web API's {@code restored}); {@code check} reports no restored text, so passes null.
     */
    public void file(FileReport report, String restored) throws IOException {
        json.beginObject();
        json.name("path").value(report.path());
        json.name("words").value(report.words());
        json.name("spinScore").value(round(report.spinScore()));
        json.name("minConfidence").value(report.minConfidence().label());
        counts(report.countsByConfidence());
        json.name("findings").beginArray();
        for (LocatedFinding located : report.findings()) {
            SourceFinding f = located.finding();
            json.beginObject();
            json.name("line").value(located.start().line());
            json.name("column").value(located.start().column());
            json.name("endLine").value(located.end().line());
            json.name("endColumn").value(located.end().column());
            json.name("spun").value(f.spun());
            json.name("replacements").beginArray();
            for (String replacement : f.replacements()) {
                json.value(replacement);
            }
            json.endArray();
            json.name("confidence").value(f.confidence().label());
            json.name("entry").value(f.entryId());
            Optional<String> reason = f.reason();
            if (reason.isPresent()) {
                json.name("reason").value(reason.get());
            }
            json.endObject();
        }
        json.endArray();
        if (restored != null) {
            json.name("restored").value(restored);
        }
        json.endObject();
    }

    @Override
    public void problem(InputProblem problem) {
        problems.add(problem);
    }

    @Override
    public void finish(RunSummary summary) throws IOException {
        json.endArray();
        json.name("problems").beginArray();
        for (InputProblem problem : problems) {
            json.beginObject();
            json.name("path").value(problem.path());
            json.name("kind").value(problem.error() ? "error" : "skipped");
            json.name("message").value(problem.message());
            json.endObject();
        }
        json.endArray();
        json.name("summary").beginObject();
        json.name("files").value(summary.files());
        json.name("filesWithFindings").value(summary.filesWithFindings());
        json.name("skipped").value(summary.skipped());
        json.name("errors").value(summary.errors());
        json.name("words").value(summary.words());
        json.name("findings").value(summary.findings());
        counts(summary.countsByConfidence());
        json.name("spinScore").value(round(summary.spinScore()));
        json.endObject();
        json.endObject();
        json.flush();
        out.write('\n');
        out.flush();
    }

    private void counts(Map<Confidence, Integer> counts) throws IOException {
        json.name("counts").beginObject();
        for (Map.Entry<Confidence, Integer> e : counts.entrySet()) {
            json.name(e.getKey().label()).value(e.getValue());
        }
        json.endObject();
    }

    /** Two decimals: enough to compare articles, and stable across platforms. */
    static double round(double score) {
        return Math.round(score * 100) / 100.0;
    }
}
