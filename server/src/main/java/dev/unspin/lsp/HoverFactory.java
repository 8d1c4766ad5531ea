package dev.unspin.lsp;

import dev.unspin.dictionary.Entry;
import dev.unspin.dictionary.Evidence;
import dev.unspin.check.SourceFinding;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;

/** The hover on a flagged phrasing: the original, the alternatives, the confidence, the entry id and its evidence. */
final class HoverFactory {
    private HoverFactory() {
    }

    static Hover of(SourceFinding finding, OpenDocument document, PositionEncoding encoding, boolean markdown) {
        Entry entry = finding.finding().entry();
        String spun = finding.finding().spun();
        StringBuilder text = new StringBuilder();
        String b = markdown ? "**" : "";
        String c = markdown ? "`" : "";
        text.append(b).append("unspin").append(b).append(": ").append(DiagnosticFactory.quote(spun))
                .append(" \u2192 ").append(b).append(finding.finding().replacements().get(0)).append(b).append("\n\n");
        if (finding.finding().replacements().size() > 1) {
            text.append("Alternatives: ").append(finding.finding().replacements().subList(1, finding.finding().replacements().size())
                    .stream().map(DiagnosticFactory::quote).collect(Collectors.joining(", "))).append("\n\n");
        }
        Optional<String> why = finding.finding().reason();
        text.append("Confidence: ").append(entry.confidence().label())
                .append(" \u00B7 entry ").append(c).append(entry.id()).append(c).append(" (").append(entry.location().file());
        // Thesaurus findings come from WordNet, not from a dictionary line.
        text.append(why.isPresent() ? "" : ":" + entry.location().line()).append(")");
        if (why.isPresent()) {
            text.append("\n\nWhy: ").append(why.get());
        } else if (!entry.evidence().isEmpty()) {
            text.append("\n\nSeen in: ").append(entry.evidence().stream().map(Evidence::toString)
                    .collect(Collectors.joining(", ")));
        }
        entry.example().ifPresent(example -> text.append("\n\nExample: ").append(example));
        Hover hover = new Hover(new MarkupContent(markdown ? MarkupKind.MARKDOWN : MarkupKind.PLAINTEXT, text.toString()));
        hover.setRange(document.lines().range(finding.start(), finding.end(), encoding));
        return hover;
    }
}
