package dev.unspin.cli;

import dev.unspin.cli.report.FileReport;
import dev.unspin.cli.report.LineIndex;
import dev.unspin.dictionary.Confidence;
import dev.unspin.engine.Engine;
import dev.unspin.engine.EvidenceReport;
import dev.unspin.engine.Restoration;
import dev.unspin.engine.RestorationTooLargeException;

/**
 * What {@code check} and {@code restore} do to one article, public so that the Spark job (module
 * {@code spark/}) runs the very same code and reports the same findings for the same text and settings.
 */
public final class ArticleCheck {
    private final Engine engine;
    private final Confidence minConfidence;

    /**
     * @param engine        the engine the dictionary options built
     * @param minConfidence the least confidence reported or applied, or null to let each article's own
     *                      spin evidence decide, as without {@code --min-confidence}
     */
    public ArticleCheck(Engine engine, Confidence minConfidence) {
        this.engine = engine;
        this.minConfidence = minConfidence;
    }

    /**
     * An article's bytes read as {@code check} reads a file: UTF-8 with an optional byte-order mark;
     * binary data and invalid UTF-8 are refused with a message that names {@code name}, line and column.
     */
    public static String decode(byte[] bytes, String name) throws TextInput.UnreadableInput {
        return TextInput.decode(bytes, name).text();
    }

    /** The report of an article's bytes, decoded as {@link #decode} does. */
    public FileReport report(String path, byte[] bytes) throws TextInput.UnreadableInput {
        return report(path, TextInput.decode(bytes, path));
    }

    /** The report of a text already decoded. */
    public FileReport report(String path, String text) {
        return report(path, text, new LineIndex(text));
    }

    FileReport report(String path, TextInput.Document document) {
        return report(path, document.text(), document.lines());
    }

    private FileReport report(String path, String text, LineIndex lines) {
        if (minConfidence != null) {
            return FileReport.of(path, lines, engine.report(text, minConfidence), minConfidence);
        }
        EvidenceReport byEvidence = engine.reportByEvidence(text);
        return FileReport.of(path, lines, byEvidence.report(), byEvidence.minimum());
    }

    /** The article restored, as {@code restore} writes it. */
    public Restoration restore(String text) throws RestorationTooLargeException {
        return minConfidence == null ? engine.restore(text) : engine.restore(text, minConfidence);
    }
}
