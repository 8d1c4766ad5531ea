package dev.unspin.spark;

import com.google.gson.stream.JsonWriter;
import dev.unspin.dictionary.DictionaryFormatException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;

/**
 * One run of {@code check} or {@code restore}: lists the inputs, sends every document through the
 * {@link Pipeline} on the executors, and writes {@code DIR/documents} (or {@code DIR/restored}),
 * {@code DIR/errors} and {@code DIR/summary.json}.
 */
final class Job {
    enum Command {
        CHECK("documents"), RESTORE("restored"), SOURCE("sources");

        private final String folder;

        Command(String folder) {
            this.folder = folder;
        }

        /** The folder of DIR its lines go to. */
        String folder() {
            return folder;
        }
    }

    /** What {@code source} adds: the corpus and the matching's settings; null for the other commands. */
    record SourceRequest(List<String> corpus, SourceJob.Options options) {
    }

    static final int OK = 0;
    static final int USAGE_OR_IO = 2;
    /** Malformed documents named on stderr; all of them are in DIR/errors. */
    private static final int ERRORS_SHOWN = 20;

    private Job() {
    }

    static int run(Command command, JobOptions options, PrintStream err) {
        return run(command, options, null, err);
    }

    static int run(Command command, JobOptions options, SourceRequest source, PrintStream err) {
        Settings settings;
        try {
            settings = new Settings(options.dictionaries.fast(), options.dictionaries.thesaurus(),
                    options.dictionaries.noDefaultDictionary(), Pipeline.readDictionaries(options.dictionaries.extraFiles()),
                    options.minConfidence == null ? null : options.minConfidence.label());
        } catch (IOException | DictionaryFormatException e) {
            err.println("unspin-spark: " + e.getMessage());
            return USAGE_OR_IO;
        }
        SparkConf conf = new SparkConf().setAppName("unspin-spark " + command.name().toLowerCase());
        if (options.master != null) {
            conf.setMaster(options.master);
        }
        options.conf.forEach(conf::set);
        if (!conf.contains("spark.master")) {
            err.println("unspin-spark: no Spark master: give --master (local[2], spark://host:7077, yarn...) or run under spark-submit");
            return USAGE_OR_IO;
        }
        long started = System.nanoTime();
        try (JavaSparkContext sc = context(command, conf)) {
            double sparkStart = seconds(started);
            Path out = new Path(options.out);
            FileSystem fs = out.getFileSystem(sc.hadoopConfiguration());
            if (fs.exists(out)) {
                err.println("unspin-spark: " + options.out + " already exists: give a new folder (nothing is overwritten)");
                return USAGE_OR_IO;
            }
            long listingStarted = System.nanoTime();
            Inputs inputs;
            Inputs corpus = null;
            try {
                inputs = Inputs.list(options.inputs, sc.hadoopConfiguration());
                if (source != null) {
                    corpus = Inputs.list(source.corpus(), sc.hadoopConfiguration());
                }
            } catch (Inputs.MissingInput e) {
                err.println("unspin-spark: " + e.getMessage());
                return USAGE_OR_IO;
            }
            if (inputs.files() == 0) {
                err.println("unspin-spark: no articles, JSON Lines or WARC files in " + String.join(", ", options.inputs));
                return USAGE_OR_IO;
            }
            if (corpus != null && corpus.files() == 0) {
                err.println("unspin-spark: no articles, JSON Lines or WARC files in the corpus " + String.join(", ", source.corpus()));
                return USAGE_OR_IO;
            }
            double listing = seconds(listingStarted);
            long jobStarted = System.nanoTime();
            Broadcast<Settings> shared = sc.broadcast(settings);
            LongAccumulator engineLoadMillis = sc.sc().longAccumulator("engine load (ms)");
            // With --fast a document takes milliseconds, and a task's overhead counts: a few tasks per core. In
            // the other modes a document takes seconds: many small tasks keep every core busy to the end.
            int partitions = options.partitions != null ? options.partitions
                    : (settings.fast() ? 4 : 32) * sc.defaultParallelism();
            JavaRDD<Outcome> outcomes;
            long corpusDocuments = 0;
            long candidatePairs = 0;
            if (command == Command.SOURCE) {
                SourceJob.Result found = SourceJob.run(corpus.documents(sc, 4 * sc.defaultParallelism(), options.idField, options.textField),
                        inputs.documents(sc, partitions, options.idField, options.textField), shared, engineLoadMillis, source.options());
                outcomes = found.outcomes().persist(StorageLevel.MEMORY_AND_DISK());
                corpusDocuments = found.corpusDocuments();
                candidatePairs = found.candidatePairs();
            } else {
                boolean check = command == Command.CHECK;
                outcomes = inputs.documents(sc, partitions, options.idField, options.textField)
                        .map(document -> {
                            Pipeline pipeline = Pipeline.of(shared.value());
                            engineLoadMillis.add(Pipeline.takeBuildMillis());
                            return check ? pipeline.check(document) : pipeline.restore(document);
                        })
                        .persist(StorageLevel.MEMORY_AND_DISK()); // written twice and counted: computed once
            }
            outcomes.filter(o -> !o.error()).map(Outcome::line).saveAsTextFile(new Path(out, command.folder()).toString());
            outcomes.filter(Outcome::error).map(Outcome::line).saveAsTextFile(new Path(out, "errors").toString());
            long[] totals = outcomes.map(o -> new long[] {o.error() ? 0 : 1, o.error() ? 1 : 0, o.words(), o.findings()})
                    .fold(new long[4], Job::add);
            List<String> errors = outcomes.filter(Outcome::error).map(Outcome::line).take(ERRORS_SHOWN);
            outcomes.unpersist();
            double job = seconds(jobStarted);
            long stopping = System.nanoTime();
            sc.stop(); // here rather than on leaving the block, to report its time
            Summary summary = new Summary(command, totals[0], totals[1], totals[2], totals[3], corpusDocuments, candidatePairs,
                    new Timings(sparkStart, listing, engineLoadMillis.value() / 1000.0, job, seconds(stopping)));
            summary.write(fs, new Path(out, "summary.json"));
            summary.print(err, options.out, errors);
            return OK;
        } catch (IOException e) {
            err.println("unspin-spark: cannot write " + options.out + ": " + e.getMessage());
            return USAGE_OR_IO;
        } catch (Exception e) { // Spark throws its SparkException undeclared
            // Typically an executor that could not build the engine (--thesaurus without the language
            // model, say): the settings cannot work there, and Spark gave up after its retries.
            Throwable cause = rootCause(e);
            err.println("unspin-spark: the job failed: " + (cause.getMessage() != null ? cause.getMessage() : cause.toString()));
            return USAGE_OR_IO;
        }
    }

    /** {@code source}'s MLlib works on Spark SQL: a session made first owns the context, and says nothing about it. */
    private static JavaSparkContext context(Command command, SparkConf conf) {
        return command == Command.SOURCE
                ? JavaSparkContext.fromSparkContext(SparkSession.builder().config(conf).getOrCreate().sparkContext())
                : new JavaSparkContext(conf);
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static long[] add(long[] a, long[] b) {
        long[] sum = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            sum[i] = a[i] + b[i];
        }
        return sum;
    }

    private static double seconds(long since) {
        return Math.round((System.nanoTime() - since) / 1e7) / 100.0;
    }

    /**
     * Where a run's time went, in seconds: creating the Spark context, listing the inputs, building
     * the engine (summed over the JVMs that built one; part of the job), the job, stopping Spark.
     */
    record Timings(double sparkStart, double listing, double engineLoad, double job, double sparkStop) {
    }

    /** The run's totals and timings, on stderr and in {@code DIR/summary.json}. */
    record Summary(Command command, long documents, long errors, long words, long findings, long corpusDocuments,
            long candidatePairs, Timings seconds) {

        void write(FileSystem fs, Path file) throws IOException {
            try (Writer out = new OutputStreamWriter(fs.create(file, false), StandardCharsets.UTF_8);
                    JsonWriter json = new JsonWriter(out)) {
                json.setIndent("  ");
                json.beginObject();
                json.name("command").value(command.name().toLowerCase());
                json.name("documents").value(documents);
                json.name("errors").value(errors);
                switch (command) {
                    case CHECK -> {
                        json.name("words").value(words);
                        json.name("findings").value(findings);
                    }
                    case RESTORE -> json.name("changes").value(findings);
                    case SOURCE -> {
                        json.name("found").value(findings);
                        json.name("corpusDocuments").value(corpusDocuments);
                        json.name("candidatePairs").value(candidatePairs);
                    }
                }
                json.name("seconds").beginObject();
                json.name("sparkStart").value(seconds.sparkStart());
                json.name("listing").value(seconds.listing());
                json.name("engineLoad").value(seconds.engineLoad());
                json.name("job").value(seconds.job());
                json.name("sparkStop").value(seconds.sparkStop());
                json.endObject();
                json.endObject();
            }
        }

        void print(PrintStream err, String out, List<String> errorLines) {
            String done = switch (command) {
                case CHECK -> "checked " + documents + " documents, " + words + " words: " + findings + " findings";
                case RESTORE -> "restored " + documents + " documents: " + findings + " changes";
                case SOURCE -> "compared " + documents + " documents with a corpus of " + corpusDocuments + " (" + candidatePairs
                        + " candidate pairs): " + findings + " sources found";
            };
            err.println("unspin-spark: " + done + "; " + errors + " malformed; in " + out
                    + String.format(" (seconds: Spark start %.1f, listing %.1f, job %.1f with engine load %.1f summed over JVMs,"
                            + " Spark stop %.1f)", seconds.sparkStart(), seconds.listing(), seconds.job(), seconds.engineLoad(),
                            seconds.sparkStop()));
            for (String line : errorLines) {
                err.println("unspin-spark: malformed: " + line);
            }
            if (errors > errorLines.size()) {
                err.println("unspin-spark: ... and " + (errors - errorLines.size()) + " more in " + out + "/errors");
            }
        }
    }

}
