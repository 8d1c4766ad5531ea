package dev.unspin.spark;

import com.google.gson.stream.JsonWriter;
import dev.unspin.check.CheckRequest;
import dev.unspin.check.CheckResult;
import dev.unspin.check.Checker;
import dev.unspin.check.Stages;
import dev.unspin.cli.DictionaryOptions;
import dev.unspin.cli.TextInput;
import dev.unspin.report.FileReport;
import dev.unspin.report.JsonReportWriter;
import dev.unspin.report.LineIndex;
import dev.unspin.report.LocatedFinding;
import dev.unspin.dictionary.Confidence;
import dev.unspin.dictionary.Dictionary;
import dev.unspin.dictionary.DictionaryFormatException;
import dev.unspin.dictionary.DictionaryParser;
import dev.unspin.dictionary.Entry;
import dev.unspin.document.DocumentFormat;
import dev.unspin.engine.Engine;
import dev.unspin.engine.RestorationTooLargeException;
import dev.unspin.engine.ShownConfidence;
import dev.unspin.io.BoundedRead;
import dev.unspin.languagemodel.LanguageModelUnavailableException;
import dev.unspin.text.StrictUtf8;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The job's one way into unspin's own code: each document goes through the {@link Checker}, the
 * pipeline {@code unspin check} and {@code unspin restore} run, so the numbers agree by construction.
 * The engine (with the language model and BERT in the default mode) is built once per JVM and
 * settings, on the first document an executor meets, and shared by its tasks.
 */
final class Pipeline {
    /** The largest file read, as {@code unspin check} reads files. */
    static final long LARGEST_DOCUMENT = BoundedRead.LIMIT;

    private static final Map<Settings, Pipeline> PER_JVM = new ConcurrentHashMap<>();
    /** Milliseconds spent building engines in this JVM that no task has reported yet. */
    private static final AtomicLong UNREPORTED_BUILD_MILLIS = new AtomicLong();

    private final Checker checker;
    private final ShownConfidence confidence;

    private Pipeline(Checker checker, ShownConfidence confidence) {
        this.checker = checker;
        this.confidence = confidence;
    }

    /** This JVM's pipeline for the settings, built by the first task that asks while the others wait. */
    static Pipeline of(Settings settings) {
        return PER_JVM.computeIfAbsent(settings, Pipeline::build);
    }

    /** The time this JVM spent building engines since the last call, for the run's summary. */
    static long takeBuildMillis() {
        return UNREPORTED_BUILD_MILLIS.getAndSet(0);
    }

    private static Pipeline build(Settings settings) {
        long started = System.nanoTime();
        try {
            List<Entry> entries = new ArrayList<>();
            for (Settings.DictionaryText file : settings.dictionaries()) {
                entries.addAll(DictionaryParser.parse(file.name(), file.text()));
            }
            Dictionary dictionary = DictionaryOptions.withDefault(settings.noDefaultDictionary(), Dictionary.of(entries));
            Stages stages = settings.fast() ? Stages.DICTIONARY_ONLY : settings.thesaurus() ? Stages.THESAURUS : Stages.CONTEXTUAL;
            Engine engine = DictionaryOptions.engine(dictionary, stages, warning -> System.err.println("unspin-spark: warning: " + warning));
            Pipeline pipeline = new Pipeline(new Checker(engine),
                    ShownConfidence.of(Optional.ofNullable(confidence(settings.minConfidence()))));
            UNREPORTED_BUILD_MILLIS.addAndGet((System.nanoTime() - started) / 1_000_000);
            return pipeline;
        } catch (DictionaryFormatException | LanguageModelUnavailableException e) {
            throw new IllegalStateException(e.getMessage(), e); // the settings cannot work on this executor: the job stops
        }
    }

    /**
     * The {@code --dictionary} files read on the driver, each checked as the CLI checks it, so that a
     * broken file stops the job before it starts, with its file:line:column.
     */
    static List<Settings.DictionaryText> readDictionaries(List<Path> files) throws IOException, DictionaryFormatException {
        List<Settings.DictionaryText> texts = new ArrayList<>();
        for (Path file : files) {
            Dictionary.read(file);
            texts.add(new Settings.DictionaryText(file.toString(), StrictUtf8.decode(BoundedRead.read(file, file.toString())).text()));
        }
        return texts;
    }

    /** The confidence a label names, or null for none. */
    static Confidence confidence(String label) {
        return label == null ? null : Confidence.parse(label).orElseThrow();
    }

    /** The line of {@code unspin-spark check} for a document. */
    Outcome check(Document document) {
        FileReport report;
        try {
            if (document.error != null) {
                return error(document, document.error);
            }
            String source = source(document);
            report = FileReport.of(document.id, new LineIndex(source), check(document, source));
        } catch (TextInput.UnreadableInput e) {
            return error(document, e.getMessage());
        } catch (RuntimeException e) {
            return failed(document, e);
        }
        return new Outcome(json(document, json -> {
            json.name("words").value(report.words());
            json.name("findings").value(report.findings().size());
            json.name("spinScore").value(JsonReportWriter.round(report.spinScore()));
            json.name("minConfidence").value(report.minConfidence().label());
            JsonReportWriter.counts(json, report.countsByConfidence());
            json.name("details").beginArray();
            for (LocatedFinding finding : report.findings()) {
                JsonReportWriter.finding(json, finding);
            }
            json.endArray();
        }), false, report.words(), report.findings().size());
    }

    /** The line of {@code unspin-spark restore} for a document: its restored text. */
    Outcome restore(Document document) {
        Restoration restoration = restoration(document);
        if (restoration.error() != null) {
            return restoration.error();
        }
        CheckResult check = restoration.check();
        return new Outcome(json(document, json -> {
            json.name("changes").value(check.shown().size());
            json.name("restored").value(check.restored());
        }), false, 0, check.shown().size());
    }

    /**
     * A document restored as {@code unspin restore} restores it, in its own format (a file's, or
     * HTML for a WARC page), or the line saying why it could not be.
     */
    record Restoration(CheckResult check, DocumentFormat format, Outcome error) {
    }

    Restoration restoration(Document document) {
        try {
            if (document.error != null) {
                return new Restoration(null, null, error(document, document.error));
            }
            DocumentFormat format = format(document);
            return new Restoration(checker.check(new CheckRequest(source(document), format, confidence, Set.of())), format, null);
        } catch (TextInput.UnreadableInput e) {
            return new Restoration(null, null, error(document, e.getMessage()));
        } catch (RestorationTooLargeException e) {
            return new Restoration(null, null, error(document, document.name() + ": " + e.getMessage()));
        } catch (RuntimeException e) {
            return new Restoration(null, null, failed(document, e));
        }
    }

    /** A document's source: a file's bytes decoded as {@code unspin check} decodes them, a JSON line's text, a WARC page's HTML. */
    static String source(Document document) throws TextInput.UnreadableInput {
        return document.bytes != null ? TextInput.text(document.bytes, document.id) : document.text;
    }

    /** A file in the format its extension names, as {@code unspin check} reads it; a WARC page as HTML; a JSON line as plain text. */
    private CheckResult check(Document document, String source) {
        return checker.check(new CheckRequest(source, format(document), confidence, Set.of()));
    }

    /** A file's format by its extension; a WARC page's HTML; a JSON line's plain text. */
    static DocumentFormat format(Document document) {
        return document.html ? DocumentFormat.HTML
                : document.bytes != null ? DocumentFormat.forFileName(document.id).orElse(DocumentFormat.PLAIN_TEXT)
                : DocumentFormat.PLAIN_TEXT;
    }

    /** A document the engine failed on: reported like a malformed one, so one odd page cannot stop a crawl's job. */
    private static Outcome failed(Document document, RuntimeException e) {
        return error(document, document.name() + ": not checked, unspin failed on it (" + e + ")");
    }

    static Outcome error(Document document, String message) {
        return new Outcome(json(document, json -> json.name("error").value(message)), true, 0, 0);
    }

    private interface Fields {
        void write(JsonWriter json) throws IOException;
    }

    /** One JSON object on one line: the document's identity, then the fields. */
    private static String json(Document document, Fields fields) {
        StringWriter out = new StringWriter();
        try (JsonWriter json = new JsonWriter(out)) {
            json.beginObject();
            document.writeIdentity(json);
            fields.write(json);
            json.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }
}
