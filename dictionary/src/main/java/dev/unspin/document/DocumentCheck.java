package dev.unspin.document;

import dev.unspin.dictionary.Confidence;
import dev.unspin.engine.Engine;
import dev.unspin.engine.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs the engine over a document's prose and locates the findings in its source, leaving out
 * those its suppression comments turn off and those of ignored entries.
 */
public final class DocumentCheck {
    private DocumentCheck() {
    }

    public static List<SourceFinding> run(Engine engine, DocumentFormat format, String source, Confidence minimum,
            Set<String> ignoredIds) {
        CheckableText document = format.extract(source);
        Suppressions suppressions = Suppressions.of(document);
        OffsetMap map = document.map();
        List<SourceFinding> located = new ArrayList<>();
        for (Finding finding : engine.find(document.text(), minimum)) {
            if (ignoredIds.contains(finding.entryId())) {
                continue;
            }
            int start = map.sourceStart(finding.start());
            if (suppressions.suppresses(start, finding.entryId())) {
                continue;
            }
            List<String> replacements = finding.replacements().stream().map(format::escape).toList();
            located.add(new SourceFinding(start, map.sourceEnd(finding.end()), finding, replacements));
        }
        return located;
    }
}
