package dev.unspin.lsp;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.unspin.dictionary.Confidence;
import dev.unspin.check.SourceFinding;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** Turns findings into diagnostics: code = entry id, source "unspin", data for the code actions. */
final class DiagnosticFactory {
    static final String SOURCE = "unspin";
    static final String NOT_SHOWN = "more-findings-not-shown";

    private DiagnosticFactory() {
    }

    static Diagnostic of(SourceFinding finding, OpenDocument document, PositionEncoding encoding, Settings settings) {
        Range range = document.lines().range(finding.start(), finding.end(), encoding);
        String spun = document.text().substring(finding.start(), finding.end());
        Confidence confidence = finding.finding().confidence();
        // The message shows the prose as read (references decoded); data keeps the source text for staleness checks.
        String message = message(finding.finding().spun(), confidence, finding.finding().replacements())
                + finding.finding().reason().map(why -> " (" + why + ")").orElse("");
        Diagnostic diagnostic = new Diagnostic(range, message,
                settings.severity().getOrDefault(confidence, DiagnosticSeverity.Warning), SOURCE);
        diagnostic.setCode(Either.forLeft(finding.entryId()));
        DocLinks.forOrigin(finding.finding().origin()).ifPresent(diagnostic::setCodeDescription);
        diagnostic.setData(FixData.of(finding.entryId(), spun, finding.replacements()).toJson());
        return diagnostic;
    }

    /**
     * Stands, at the first finding left out, for the findings past {@code --max-diagnostics}; the
     * "restore all" action still fixes every one.
     */
    static Diagnostic notShown(int count, SourceFinding first, OpenDocument document, PositionEncoding encoding) {
        Range range = document.lines().range(first.start(), first.end(), encoding);
        Diagnostic diagnostic = new Diagnostic(range, count + " more spun phrasings from here on are not shown "
                + "(unspin lsp --max-diagnostics); \"Restore all\" fixes them too", DiagnosticSeverity.Information, SOURCE);
        diagnostic.setCode(Either.forLeft(NOT_SHOWN));
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
        StringBuilder quoted = new StringBuilder(s.length() + 2).append('\u201C');
        boolean space = false;
        for (int i = 0; i < s.length(); i++) { // collapses whitespace runs, as \s+ would: no regex per diagnostic
            char c = s.charAt(i);
            boolean white = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!white) {
                quoted.append(c);
            } else if (!space) {
                quoted.append(' ');
            }
            space = white;
        }
        return quoted.append('\u201D').toString();
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
