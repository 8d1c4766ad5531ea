package dev.unspin.report;

import dev.unspin.check.CheckRequest;
import dev.unspin.check.Checker;
import dev.unspin.document.DocumentFormat;
import dev.unspin.engine.ShownConfidence;
import java.util.Set;
import dev.unspin.dictionary.Confidence;
import dev.unspin.dictionary.Dictionary;
import dev.unspin.dictionary.DictionaryParser;
import dev.unspin.engine.Engine;

/** Builds real reports from a small dictionary, for the report writers' tests. */
final class Reports {
    static final String DICTIONARY = String.join("\n",
            "mentioned => said ; certain",
            "coverage shift => policy shift ; likely",
            "information convention => news conference | press conference ; possible ; id: info-conv");

    private Reports() {
    }

    static Engine engine() {
        try {
            return new Engine(Dictionary.of(DictionaryParser.parse("test.unspin", DICTIONARY)));
        } catch (dev.unspin.dictionary.DictionaryFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    static FileReport report(String path, String text) {
        return FileReport.of(path, new LineIndex(text), new Checker(engine()).check(new CheckRequest(text, DocumentFormat.PLAIN_TEXT,
                ShownConfidence.atLeast(Confidence.POSSIBLE), Set.of())));
    }
}
