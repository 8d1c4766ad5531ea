package dev.unspin.lsp;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.unspin.dictionary.Confidence;
import dev.unspin.document.SourceFinding;
import dev.unspin.thesaurus.Thesaurus;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** Turns findings into diagnostics: code = entry id, source "unspin", data for the code actions. */
final class DiagnosticFactory {
    static final String SOURCE = "unspin";

    private DiagnosticFactory() {
    }

    static Diagnostic of(SourceFinding finding, OpenDocument document, PositionEncoding encoding, Settings settings) {
        Range range = document.lines().range(finding.start(), finding.end(), encoding);
        String spun = document.text().substring(finding.start(), finding.end());
        Confidence confidence = finding.finding().confidence();
        // The message shows the prose as read (references decoded); data keeps the source text for staleness checks.
        String message = message(finding.finding().spun(), confidence, finding.finding().replacements())
                + Thesaurus.reason(finding.finding()).map(why -> " (" + why + ")").orElse("");
        Diagnostic diagnostic = new Diagnostic(range, message,
                settings.severity().getOrDefault(confidence, DiagnosticSeverity.Warning), SOURCE);
        diagnostic.setCode(Either.forLeft(finding.entryId()));
        diagnostic.setData(FixData.of(finding.entryId(), spun, finding.replacements()).toJson());
        return diagnostic;
    }

    /** For example: "coverage shift" is likely spun from "policy shift" (or "change of policy"). */
    static String message(String spun, Confidence confidence, List<String> replacements) {
        String verb = switch (confidence) {
            case CERTAIN -> "is spun from";
            case LIKELY -> "is likely spun from";
            case POSSIBLE -> "may be spun from";
        };
        String message = quote(spun) + " " + verb + " " + quote(replacements.get(0));
        if (replacements.size() > 1) {
            message += " (or " + replacements.subList(1, replacements.size()).stream()
                    .map(DiagnosticFactory::quote).collect(Collectors.joining(", ")) + ")";
        }
        return message;
    }

    static String quote(String s) {
        return "\u201C" + s.replaceAll("\\s+", " ") + "\u201D";
    }

    /** What a quick fix needs, carried in a diagnostic's {@code data}. */
    record FixData(String entry, String spun, List<String> replacements) {
        static FixData of(String entry, String spun, List<String> replacements) {
            return new FixData(entry, spun, List.copyOf(replacements));
        }

        JsonObject toJson() {
            JsonObject data = new JsonObject();
            data.addProperty("entry", entry);
            data.addProperty("spun", spun);
            JsonArray array = new JsonArray();
            replacements.forEach(array::add);
            data.add("replacements", array);
            return data;
        }

        /** The data of a diagnostic a client sent back; null when it is not unspin's or is malformed. */
        static FixData from(Diagnostic diagnostic) {
            if (!SOURCE.equals(diagnostic.getSource()) || !(diagnostic.getData() instanceof JsonObject data)) {
                return null;
            }
            try {
                List<String> replacements = data.getAsJsonArray("replacements").asList().stream()
                        .map(e -> e.getAsString()).toList();
                if (replacements.isEmpty()) {
                    return null;
                }
                return new FixData(data.get("entry").getAsString(), data.get("spun").getAsString(), replacements);
            } catch (RuntimeException e) {
                return null;
            }
        }
    }
}
