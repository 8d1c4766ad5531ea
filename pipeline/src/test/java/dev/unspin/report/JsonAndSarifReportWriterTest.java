package dev.unspin.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.unspin.report.SchemaValidation;
import dev.unspin.report.InputProblem;
import dev.unspin.dictionary.Confidence;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonAndSarifReportWriterTest {
    private static final String SPUN = "Blinken mentioned an information convention.\nA coverage shift, he mentioned.";

    private static RunSummary write(ReportWriter writer, List<FileReport> reports, List<InputProblem> problems) throws IOException {
        RunSummary summary = new RunSummary();
        for (InputProblem problem : problems) {
            summary.addProblem(problem.error());
            writer.problem(problem);
        }
        for (FileReport report : reports) {
            summary.add(report);
            writer.file(report);
        }
        writer.finish(summary);
        return summary;
    }

    @Test
    void jsonConformsToTheDocumentedSchemaAndCarriesTheFigures() throws IOException {
        StringWriter out = new StringWriter();
        write(new JsonReportWriter(out, "1.2.3", Confidence.POSSIBLE),
                List.of(Reports.report("a.txt", SPUN), Reports.report("b dir/ü.txt", "clean text")),
                List.of(InputProblem.error("gone.txt", "gone.txt: no such file or folder")));

        assertEquals("", SchemaValidation.checkJsonViolations(out.toString()));
        JsonObject root = JsonParser.parseString(out.toString()).getAsJsonObject();
        assertEquals(1, root.get("formatVersion").getAsInt());
        JsonObject first = root.getAsJsonArray("files").get(0).getAsJsonObject();
        assertEquals(4, first.getAsJsonArray("findings").size());
        JsonObject convention = first.getAsJsonArray("findings").get(1).getAsJsonObject();
        assertEquals("an information convention", convention.get("spun").getAsString()); // with the article it changes
        assertEquals(List.of("a news conference", "a press conference"),
                convention.getAsJsonArray("replacements").asList().stream().map(e -> e.getAsString()).toList());
        assertEquals(1, convention.get("line").getAsInt());
        assertEquals(19, convention.get("column").getAsInt());
        assertEquals(44, convention.get("endColumn").getAsInt());
        JsonObject summary = root.getAsJsonObject("summary");
        assertEquals(2, summary.get("files").getAsInt());
        assertEquals(1, summary.get("errors").getAsInt());
        assertEquals(2, summary.getAsJsonObject("counts").get("certain").getAsInt());
        assertEquals("error", root.getAsJsonArray("problems").get(0).getAsJsonObject().get("kind").getAsString());
    }

    @Test
    void theSchemaRejectsAReportThatBreaksIt() {
        String broken = "{\"format\":\"unspin-check\",\"formatVersion\":1,\"files\":[]}";
        assertTrue(!SchemaValidation.checkJsonViolations(broken).isEmpty(), "a validator that accepts anything proves nothing");
        assertTrue(!SchemaValidation.sarifViolations("{\"version\":\"2.1.0\",\"runs\":[{\"results\":[]}]}").isEmpty());
    }

    @Test
    void sarifConformsToTheSarif210SchemaWithOneRulePerMatchedEntry() throws IOException {
        StringWriter out = new StringWriter();
        write(new SarifReportWriter(out, "1.2.3"),
                List.of(Reports.report("a.txt", SPUN), Reports.report("/abs/with space.txt", "he mentioned")),
                List.of(InputProblem.skipped("x.bin", "x.bin: looks binary, skipped")));

        assertEquals("", SchemaValidation.sarifViolations(out.toString()));
        JsonObject run = JsonParser.parseString(out.toString()).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject();
        JsonArray rules = run.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules");
        assertEquals(List.of("mentioned", "info-conv", "coverage-shift"),
                rules.asList().stream().map(r -> r.getAsJsonObject().get("id").getAsString()).toList());
        JsonArray results = run.getAsJsonArray("results");
        assertEquals(5, results.size());
        for (var element : results) {
            JsonObject result = element.getAsJsonObject();
            int index = result.get("ruleIndex").getAsInt();
            assertEquals(result.get("ruleId").getAsString(), rules.get(index).getAsJsonObject().get("id").getAsString());
        }
        JsonObject last = results.get(4).getAsJsonObject();
        assertEquals("file:///abs/with%20space.txt", last.getAsJsonArray("locations").get(0).getAsJsonObject()
                .getAsJsonObject("physicalLocation").getAsJsonObject("artifactLocation").get("uri").getAsString());
        assertEquals("note", results.get(1).getAsJsonObject().get("level").getAsString());
        assertEquals(2, results.get(1).getAsJsonObject().getAsJsonArray("fixes").size());
    }

    @Test
    void relativeUrisStayRelativeAndCannotBeMistakenForASchema() {
        assertEquals("dir/b%20c.txt", SarifReportWriter.uri("dir/b c.txt"));
        assertEquals("./a:b.txt", SarifReportWriter.uri("a:b.txt"));
    }
}
