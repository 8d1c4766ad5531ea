package dev.unspin.cli.report;

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
        return FileReport.of(path, text, engine().report(text, Confidence.POSSIBLE), Confidence.POSSIBLE);
    }
}
