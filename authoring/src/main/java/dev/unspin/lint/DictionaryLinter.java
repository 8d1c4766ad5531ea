package dev.unspin.lint;

import dev.unspin.corpus.CleanText;
import dev.unspin.dictionary.Dictionary;
import dev.unspin.dictionary.Entry;
import dev.unspin.dictionary.SourceLocation;
import dev.unspin.engine.Engine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dictionary lint behind {@code unspin dict check}, for any front end (the CLI, the language
 * server's diagnostics). Give it the dictionary files in load order; it returns every finding,
 * each with file, line, column, severity, message and code:
 *
 * <table>
 * <caption>Checks</caption>
 * <tr><th>code</th><th>severity</th><th>finds</th></tr>
 * <tr><td>syntax</td><td>error</td><td>a line that does not parse, or bytes that are not UTF-8</td></tr>
 * <tr><td>duplicate-id</td><td>error</td><td>an id defined twice in one file</td></tr>
 * <tr><td>identity</td><td>error</td><td>an original that is the spun phrasing itself</td></tr>
 * <tr><td>duplicate</td><td>error</td><td>an entry that repeats an earlier one and never applies</td></tr>
 * <tr><td>conflict</td><td>error or warning</td><td>one phrasing restored to different originals in overlapping contexts</td></tr>
 * <tr><td>cycle</td><td>error</td><td>restorations that undo each other in the same context</td></tr>
 * <tr><td>chain</td><td>warning</td><td>a restoration that another entry would restore again</td></tr>
 * <tr><td>example</td><td>error or warning</td><td>an example the entry does not restore</td></tr>
 * <tr><td>false-positive</td><td>error if certain, else warning</td><td>an entry that fires on clean text</td></tr>
 * </table>
 *
 * <p>Entries overridden by a later file (same id) are only checked for syntax; every other check
 * sees the dictionary as the engine would load it. A linter holds no state between calls and may
 * be shared between threads.
 */
public final class DictionaryLinter {
    private final List<CleanText> cleanCorpus;

    /** @param cleanCorpus unspun text for the false-positive gate; empty to leave the gate out */
    public DictionaryLinter(List<CleanText> cleanCorpus) {
        this.cleanCorpus = List.copyOf(cleanCorpus);
    }

    /**
     * The outcome of one lint.
     *
     * @param findings     every finding, ordered by file (in the given order), line and column
     * @param cleanFirings how many times each entry in effect fires on the clean corpus, by where the
     *                     entry is defined; entries that never fire are absent (and all are without a corpus)
     */
    public record Report(List<LintFinding> findings, Map<SourceLocation, Integer> cleanFirings) {
        public Report {
            findings = List.copyOf(findings);
            cleanFirings = Map.copyOf(cleanFirings);
        }
    }

    /** The number of clean texts the false-positive gate runs over; 0 when it is left out. */
    public int cleanTexts() {
        return cleanCorpus.size();
    }

    /** Every finding, ordered by file (in the given order), line and column. */
    public List<LintFinding> lint(List<DictionarySource> sources) {
        return report(sources).findings();
    }

    /** The findings, and how often each entry fires on clean text (for an editor's hover). */
    public Report report(List<DictionarySource> sources) {
        SyntaxCheck syntax = new SyntaxCheck();
        for (DictionarySource source : sources) {
            syntax.parse(source);
        }
        List<Entry> effective = List.copyOf(Dictionary.of(syntax.entries).entries());
        Engine engine = new Engine(Dictionary.of(effective));

        List<LintFinding> findings = new ArrayList<>(syntax.findings);
        findings.addAll(IdentityCheck.run(effective));
        findings.addAll(OverlapCheck.run(effective));
        findings.addAll(ChainCheck.run(effective));
        findings.addAll(ExampleCheck.run(effective, engine));
        Map<SourceLocation, Integer> cleanFirings = new HashMap<>();
        if (!cleanCorpus.isEmpty()) {
            Map<String, FalsePositiveGate.Firings> firings = FalsePositiveGate.fire(engine, cleanCorpus);
            findings.addAll(FalsePositiveGate.findings(firings));
            firings.values().forEach(f -> cleanFirings.put(f.entry().location(), f.places().size()));
        }
        Map<String, Integer> fileOrder = new HashMap<>();
        for (DictionarySource source : sources) {
            fileOrder.putIfAbsent(source.name(), fileOrder.size());
        }
        findings.sort(Comparator.<LintFinding>comparingInt(f -> fileOrder.getOrDefault(f.file(), Integer.MAX_VALUE))
                .thenComparingInt(LintFinding::line)
                .thenComparingInt(LintFinding::column));
        return new Report(findings, cleanFirings);
    }
}
