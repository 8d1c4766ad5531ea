package dev.unspin.report;

import com.google.gson.stream.JsonWriter;
import dev.unspin.report.InputProblem;
import dev.unspin.dictionary.Confidence;
import dev.unspin.dictionary.Entry;
import dev.unspin.check.SourceFinding;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0, for code-scanning dashboards. One run; one rule per dictionary entry that matched,
 * each result with a fix that restores the original. Results are streamed, so the rules (known
 * only once every file is read) come after them in the run object, which JSON allows.
 */
public final class SarifReportWriter implements ReportWriter {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private final Writer out;
    private final JsonWriter json;
    private final String toolVersion;
    private final Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    private final List<Entry> rules = new ArrayList<>();
    private final List<InputProblem> problems = new ArrayList<>();

    public SarifReportWriter(Writer out, String toolVersion) throws IOException {
        this.out = out;
        this.toolVersion = toolVersion;
        this.json = new JsonWriter(out);
        json.setIndent("  ");
        json.beginObject();
        json.name("$schema").value(SCHEMA);
        json.name("version").value("2.1.0");
        json.name("runs").beginArray().beginObject();
        json.name("columnKind").value("unicodeCodePoints");
        json.name("results").beginArray();
    }

    @Override
    public void file(FileReport report) throws IOException {
        String uri = uri(report.path());
        for (LocatedFinding located : report.findings()) {
            SourceFinding f = located.finding();
            Integer index = ruleIndex.get(f.entryId());
            if (index == null) {
                index = rules.size();
                ruleIndex.put(f.entryId(), index);
                rules.add(f.entry());
            }
            json.beginObject();
            json.name("ruleId").value(f.entryId());
            json.name("ruleIndex").value(index);
            json.name("level").value(level(f.confidence()));
            json.name("message").beginObject()
                    .name("text").value("\"" + f.spun() + "\" looks spun from \"" + f.replacement() + "\" (" + f.confidence().label() + ")"
                            + f.reason().map(why -> ": " + why).orElse(""))
                    .endObject();
            json.name("locations").beginArray().beginObject();
            json.name("physicalLocation").beginObject();
            artifact(uri);
            json.name("region");
            region(located, f.spun());
            json.endObject();
            json.endObject().endArray();
            json.name("fixes").beginArray();
            for (String replacement : f.replacements()) {
                fix(uri, located, replacement);
            }
            json.endArray();
            json.name("properties").beginObject().name("confidence").value(f.confidence().label()).endObject();
            json.endObject();
        }
    }

    private void fix(String uri, LocatedFinding located, String replacement) throws IOException {
        json.beginObject();
        json.name("description").beginObject().name("text").value("Restore \"" + replacement + "\"").endObject();
        json.name("artifactChanges").beginArray().beginObject();
        artifact(uri);
        json.name("replacements").beginArray().beginObject();
        json.name("deletedRegion");
        region(located, null);
        json.name("insertedContent").beginObject().name("text").value(replacement).endObject();
        json.endObject().endArray();
        json.endObject().endArray();
        json.endObject();
    }

    private void artifact(String uri) throws IOException {
        json.name("artifactLocation").beginObject().name("uri").value(uri).endObject();
    }

    private void region(LocatedFinding located, String snippet) throws IOException {
        json.beginObject();
        json.name("startLine").value(located.start().line());
        json.name("startColumn").value(located.start().column());
        json.name("endLine").value(located.end().line());
        json.name("endColumn").value(located.end().column());
        if (snippet != null) {
            json.name("snippet").beginObject().name("text").value(snippet).endObject();
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
        json.name("tool").beginObject().name("driver").beginObject();
        json.name("name").value("unspin");
        json.name("version").value(toolVersion);
        json.name("rules").beginArray();
        for (Entry entry : rules) {
            rule(entry);
        }
        json.endArray();
        json.endObject().endObject();
        invocation(summary);
        json.name("properties").beginObject().name("summary").beginObject();
        json.name("files").value(summary.files());
        json.name("filesWithFindings").value(summary.filesWithFindings());
        json.name("words").value(summary.words());
        json.name("findings").value(summary.findings());
        for (Map.Entry<Confidence, Integer> e : summary.countsByConfidence().entrySet()) {
            json.name(e.getKey().label()).value(e.getValue());
        }
        json.name("spinScore").value(JsonReportWriter.round(summary.spinScore()));
        json.endObject().endObject();
        json.endObject().endArray();
        json.endObject();
        json.flush();
        out.write('\n');
        out.flush();
    }

    private void rule(Entry entry) throws IOException {
        json.beginObject();
        json.name("id").value(entry.id());
        json.name("shortDescription").beginObject()
                .name("text").value("\"" + entry.spun() + "\" is a spun phrasing of \"" + entry.preferredOriginal() + "\"")
                .endObject();
        json.name("defaultConfiguration").beginObject().name("level").value(level(entry.confidence())).endObject();
        json.name("properties").beginObject().name("confidence").value(entry.confidence().label()).endObject();
        json.endObject();
    }

    private void invocation(RunSummary summary) throws IOException {
        json.name("invocations").beginArray().beginObject();
        json.name("executionSuccessful").value(summary.errors() == 0);
        json.name("toolExecutionNotifications").beginArray();
        for (InputProblem problem : problems) {
            json.beginObject();
            json.name("level").value(problem.error() ? "error" : "warning");
            json.name("message").beginObject().name("text").value(problem.message()).endObject();
            json.name("locations").beginArray().beginObject().name("physicalLocation").beginObject();
            artifact(uri(problem.path()));
            json.endObject().endObject().endArray();
            json.endObject();
        }
        json.endArray();
        json.endObject().endArray();
    }

    /** Certain and likely spins are warnings; possible ones, often ordinary English, are notes. */
    static String level(Confidence confidence) {
        return confidence == Confidence.POSSIBLE ? "note" : "warning";
    }

    /** A relative path stays relative (percent-encoded, with slashes); an absolute one becomes file:. */
    static String uri(String path) {
        if (path.equals(FileReport.STDIN_PATH)) {
            path = "stdin";
        }
        if (new File(path).isAbsolute()) {
            return java.nio.file.Path.of(path).toUri().toASCIIString();
        }
        String slashed = path.replace(File.separatorChar, '/');
        if (slashed.indexOf(':') >= 0 && (slashed.indexOf('/') < 0 || slashed.indexOf(':') < slashed.indexOf('/'))) {
            slashed = "./" + slashed; // "a:b.txt" would otherwise read as a URI with scheme "a"
        }
        try {
            return new URI(null, null, slashed, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(path, e);
        }
    }
}
