package dev.unspin.check;

import dev.unspin.dictionary.Confidence;
import dev.unspin.document.CheckableText;
import dev.unspin.document.DocumentFormat;
import dev.unspin.document.OffsetMap;
import dev.unspin.document.Suppressions;
import dev.unspin.engine.DocumentReport;
import dev.unspin.engine.Engine;
import dev.unspin.engine.Finding;
import dev.unspin.engine.TextChange;
import java.util.ArrayList;
import java.util.List;

/**
 * The one check pipeline every front end (command line, language server, web page, Spark job)
 * calls: a document's prose is found by its format, the engine's stages search it, the document's
 * evidence (or a fixed minimum) chooses what is shown, and the shown findings are located in the
 * source, leaving out those its suppression comments turn off and those of ignored entries.
 */
public final class Checker {
    private final Engine engine;

    public Checker(Engine engine) {
        this.engine = engine;
    }

    public CheckResult check(CheckRequest request) {
        return check(request, null);
    }

    /**
     * Checks a document; given the check of its previous version (by this checker, with the same
     * confidence), matches again only the prose near what changed ({@link Engine#findAfterEdit}).
     */
    public CheckResult check(CheckRequest request, CheckResult previous) {
        DocumentFormat format = request.format();
        CheckableText document = format.extract(request.source());
        Confidence searchedFor = request.confidence().searched();
        List<Finding> searched;
        int words;
        if (previous != null && previous.request().confidence().equals(request.confidence())
                && previous.request().format() == format) {
            TextChange change = TextChange.between(previous.prose(), document.text());
            searched = engine.findAfterEdit(change, previous.searched(), searchedFor);
            words = DocumentReport.wordCountAfterEdit(change, previous.words());
        } else {
            DocumentReport report = engine.report(document.text(), searchedFor); // findings and words from one tokenization
            searched = report.findings();
            words = report.words();
        }
        Confidence minimum = request.confidence().shown(words, searched);
        return new CheckResult(request, document.text(), searched, located(request, document, searched, minimum), words, minimum);
    }

    private static List<SourceFinding> located(CheckRequest request, CheckableText document, List<Finding> searched,
            Confidence minimum) {
        String source = request.source();
        List<SourceFinding> located = new ArrayList<>(searched.size());
        if (request.format() == DocumentFormat.PLAIN_TEXT && document.comments().isEmpty() && request.ignoredEntries().isEmpty()) {
            // Most plain text: the prose is the source, nothing is suppressed or ignored.
            for (Finding finding : searched) {
                if (finding.confidence().atLeast(minimum)) {
                    located.add(new SourceFinding(finding.start(), finding.end(), finding.spun(), finding, finding.replacements()));
                }
            }
            return located;
        }
        Suppressions suppressions = Suppressions.of(document);
        OffsetMap map = document.map();
        boolean verbatim = request.format() == DocumentFormat.PLAIN_TEXT; // the prose is the source
        for (Finding finding : searched) {
            if (!finding.confidence().atLeast(minimum) || request.ignoredEntries().contains(finding.entryId())) {
                continue;
            }
            int start = map.sourceStart(finding.start());
            if (suppressions.suppresses(start, finding.entryId())) {
                continue;
            }
            int end = map.sourceEnd(finding.end());
            located.add(new SourceFinding(start, end, verbatim ? finding.spun() : source.substring(start, end), finding,
                    escaped(request.format(), finding.replacements())));
        }
        return located;
    }

    /** The replacements as written in the source; the same list when nothing needs escaping, as in most text. */
    private static List<String> escaped(DocumentFormat format, List<String> replacements) {
        for (String replacement : replacements) {
            if (!format.escape(replacement).equals(replacement)) {
                return replacements.stream().map(format::escape).toList();
            }
        }
        return replacements;
    }
}
