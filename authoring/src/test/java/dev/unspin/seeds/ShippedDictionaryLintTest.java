package dev.unspin.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unspin.corpus.CleanCorpus;
import dev.unspin.dictionary.DefaultDictionary;
import dev.unspin.lint.DictionaryLinter;
import dev.unspin.lint.DictionarySource;
import dev.unspin.lint.LintFinding;
import dev.unspin.lint.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped dictionary passes its own lint, the false-positive gate over the clean seeds included. */
class ShippedDictionaryLintTest {

    @Test
    void theShippedDictionaryHasNoLintErrors() throws Exception {
        List<DictionarySource> sources = DefaultDictionary.fileNames().stream()
                .map(name -> DictionarySource.of(name, DefaultDictionary.resourceText(name))).toList();
        DictionaryLinter linter = new DictionaryLinter(
                CleanCorpus.read(List.of(Seeds.ROOT.resolve("clean"), Seeds.ROOT.resolve("corpus-clean"))));
        List<LintFinding> findings = linter.lint(sources);
        findings.forEach(f -> System.out.println(f.format()));
        assertEquals(List.of(), findings.stream().filter(f -> f.severity() == Severity.ERROR).map(LintFinding::format).toList());
    }
}
