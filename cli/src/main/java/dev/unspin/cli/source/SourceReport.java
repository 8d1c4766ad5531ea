package dev.unspin.cli.source;

import com.google.gson.stream.JsonWriter;
import dev.unspin.report.PrintedText;
import dev.unspin.report.ToolVersion;
import dev.unspin.source.Passage;
import dev.unspin.source.SharedWord;
import dev.unspin.source.SourceIndex;
import dev.unspin.source.SourceMatch;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How {@code unspin source} prints its findings: {@code text}, a few lines per input, or {@code
 * json}, one object with a result per input (docs/source.md has both). Results are written as
 * they come, in the inputs' order.
 */
public abstract sealed class SourceReport {
    public enum Format { TEXT, JSON }

    /** The JSON format's name and version, described by {@code docs/schemas/unspin-source-1.schema.json}. */
    public static final String FORMAT = "unspin-source";
    public static final int FORMAT_VERSION = 1;

    protected final Writer out;
    protected final double threshold;

    SourceReport(Writer out, double threshold) {
        this.out = out;
        this.threshold = threshold;
    }

    public static SourceReport open(Format format, Writer out, List<String> corpus, int documents, double threshold,
            String restoration) throws IOException {
        return format == Format.JSON ? new Json(out, corpus, documents, threshold, restoration) : new Text(out, threshold);
    }

    public abstract void result(String input, SourceMatch match) throws IOException;

    public abstract void close() throws IOException;

    /**
     * A result's fields after {@code input}: {@code source}, {@code similarity}, {@code closest},
     * {@code runnerUp}, {@code sharedWords} and {@code passages}, as {@code --format json} writes
     * them (also for unspin on Spark).
     */
    public static void match(JsonWriter json, SourceMatch match) throws IOException {
        json.name("source").value(match.source().map(d -> d.id()).orElse(null));
        json.name("similarity").value(round(match.similarity()));
        candidate(json, "closest", match.closest());
        candidate(json, "runnerUp", match.runnerUp());
        json.name("sharedWords").beginArray();
        for (SharedWord word : match.sharedWords()) {
            json.beginObject().name("word").value(word.word()).name("documents").value(word.documents()).endObject();
        }
        json.endArray();
        json.name("passages").beginArray();
        for (Passage passage : match.passages()) {
            json.beginObject().name("inputLine").value(passage.inputLine()).name("sourceLine").value(passage.sourceLine())
                    .name("words").value(passage.words()).name("text").value(passage.text()).endObject();
        }
        json.endArray();
    }

    private static void candidate(JsonWriter json, String name, Optional<SourceIndex.Candidate> candidate) throws IOException {
        json.name(name);
        if (candidate.isEmpty()) {
            json.nullValue();
        } else {
            json.beginObject().name("document").value(candidate.get().document().id())
                    .name("similarity").value(round(candidate.get().similarity())).endObject();
        }
    }

    static double round(double similarity) {
        return Math.round(similarity * 1000) / 1000.0;
    }

    static String number(double similarity) {
        return String.format(Locale.ROOT, "%.3f", similarity);
    }

    private static final class Text extends SourceReport {
        Text(Writer out, double threshold) {
            super(out, threshold);
        }

        @Override
        public void result(String input, SourceMatch match) throws IOException {
            String name = PrintedText.name(input);
            Optional<SourceIndex.Candidate> closest = match.closest();
            if (closest.isEmpty()) {
                out.write(name + ": no source: no corpus document shares a run of three words with it\n");
                out.flush();
                return;
            }
            String runnerUp = match.runnerUp().map(c -> "; next " + PrintedText.name(c.document().id()) + " " + number(c.similarity()))
                    .orElse("; no other document shares a run of three words");
            if (match.source().isPresent()) {
                out.write(name + ": source " + PrintedText.name(match.source().get().id()) + ", similarity "
                        + number(match.similarity()) + runnerUp + "\n");
            } else {
                out.write(name + ": no source: the closest, " + PrintedText.name(closest.get().document().id())
                        + ", has similarity " + number(match.similarity()) + ", under " + number(threshold) + runnerUp + "\n");
            }
            if (!match.sharedWords().isEmpty()) {
                out.write("  shared rare words: " + match.sharedWords().stream()
                        .map(w -> PrintedText.escaped(w.word()) + " (" + w.documents() + ")").collect(Collectors.joining(", ")) + "\n");
            }
            for (Passage passage : match.passages()) {
                out.write("  passage, " + passage.words() + " words: " + name + ":" + passage.inputLine() + " = "
                        + PrintedText.name(closest.get().document().id()) + ":" + passage.sourceLine() + " \""
                        + PrintedText.escaped(shortened(passage.text())) + "\"\n");
            }
            out.flush();
        }

        /** A passage's beginning and end, enough to find it in both documents. */
        private static String shortened(String text) {
            return text.length() <= 120 ? text : text.substring(0, 70) + " ... " + text.substring(text.length() - 40);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    private static final class Json extends SourceReport {
        private final JsonWriter json;

        Json(Writer out, List<String> corpus, int documents, double threshold, String restoration) throws IOException {
            super(out, threshold);
            json = new JsonWriter(out);
            json.setIndent("  ");
            json.beginObject();
            json.name("format").value(FORMAT);
            json.name("formatVersion").value(FORMAT_VERSION);
            json.name("tool").beginObject().name("name").value("unspin").name("version").value(ToolVersion.version()).endObject();
            json.name("corpus").beginObject();
            json.name("paths").beginArray();
            for (String path : corpus) {
                json.value(path);
            }
            json.endArray();
            json.name("documents").value(documents);
            json.endObject();
            json.name("threshold").value(threshold);
            json.name("restoration").value(restoration);
            json.name("results").beginArray();
        }

        @Override
        public void result(String input, SourceMatch match) throws IOException {
            json.beginObject();
            json.name("input").value(input);
            match(json, match);
            json.endObject();
            json.flush();
        }

        @Override
        public void close() throws IOException {
            json.endArray();
            json.endObject();
            json.flush();
            out.write("\n");
            out.flush();
        }
    }
}
