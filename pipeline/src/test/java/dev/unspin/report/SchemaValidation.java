package dev.unspin.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersionDetector;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

/** Validates reports against the documented JSON schema and the vendored SARIF 2.1.0 schema. */
public final class SchemaValidation {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SchemaValidation() {
    }

    /** docs/schemas/unspin-check-1.schema.json, read from the repository as users see it. */
    public static Path checkSchema() {
        return Path.of(System.getProperty("unspin.repo", ".."), "docs", "schemas", "unspin-check-1.schema.json");
    }

    /** The schema violations of a check --format json report; empty when it conforms. */
    public static String checkJsonViolations(String json) {
        try (InputStream in = Files.newInputStream(checkSchema())) {
            return violations(in, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema violations of a source --format json report; empty when it conforms. */
    public static String sourceJsonViolations(String json) {
        Path schema = Path.of(System.getProperty("unspin.repo", ".."), "docs", "schemas", "unspin-source-1.schema.json");
        try (InputStream in = Files.newInputStream(schema)) {
            return violations(in, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema violations of a SARIF log; empty when it conforms. */
    public static String sarifViolations(String json) {
        try (InputStream in = SchemaValidation.class.getResourceAsStream("/schemas/sarif-2.1.0-rtm.5.json")) {
            return violations(in, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String violations(InputStream schemaStream, String json) throws IOException {
        JsonNode schemaNode = MAPPER.readTree(schemaStream);
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersionDetector.detect(schemaNode)).getSchema(schemaNode);
        Set<ValidationMessage> messages = schema.validate(MAPPER.readTree(json));
        return messages.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("\n"));
    }
}
