package dev.unspin.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapred.FileSplit;
import org.apache.hadoop.mapred.TextInputFormat;
import org.apache.spark.api.java.JavaHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

/**
 * The job's inputs, listed on the driver through Hadoop's file systems (local, HDFS, S3...) and sorted
 * by name: JSON Lines ({@code .jsonl}, {@code .ndjson}), WARC ({@code .warc}, {@code .warc.gz}), and
 * articles. In folders, which are searched recursively, articles are the files {@code unspin check}
 * takes by default ({@code .txt}, {@code .md}, {@code .html}); a file named on the command line is an
 * article whatever its name, as for the CLI. Hidden files ({@code .name}, {@code _name}) are passed over.
 */
final class Inputs {
    private static final List<String> ARTICLES_IN_FOLDERS = List.of(".txt", ".md", ".html");

    /** A qualified path prefix and the way the user wrote it, to name files as the CLI names them. */
    private record Named(String qualified, String given) implements Serializable {
    }

    private final List<String> articles = new ArrayList<>();
    private final List<String> jsonLines = new ArrayList<>();
    private final List<String> warcs = new ArrayList<>();
    private final List<Named> names = new ArrayList<>();

    /** Thrown for an input that does not exist. */
    static final class MissingInput extends Exception {
        MissingInput(String message) {
            super(message);
        }
    }

    static Inputs list(List<String> given, Configuration conf) throws IOException, MissingInput {
        Inputs inputs = new Inputs();
        for (String input : given) {
            Path path = new Path(input);
            FileSystem fs = path.getFileSystem(conf);
            if (!fs.exists(path)) {
                throw new MissingInput(input + ": no such file or folder");
            }
            FileStatus status = fs.getFileStatus(path);
            String qualified = fs.makeQualified(status.getPath()).toString();
            inputs.names.add(new Named(qualified, input.endsWith("/") ? input.substring(0, input.length() - 1) : input));
            if (!status.isDirectory()) {
                inputs.add(qualified, true);
                continue;
            }
            inputs.walk(fs, status.getPath());
        }
        Collections.sort(inputs.articles);
        return inputs;
    }

    /** A folder's files, depth first; hidden files and folders are passed over. */
    private void walk(FileSystem fs, Path folder) throws IOException {
        for (FileStatus entry : fs.listStatus(folder)) {
            String name = entry.getPath().getName();
            if (name.startsWith(".") || name.startsWith("_")) {
                continue;
            }
            if (entry.isDirectory()) {
                walk(fs, entry.getPath());
            } else {
                add(fs.makeQualified(entry.getPath()).toString(), false);
            }
        }
    }

    private void add(String qualified, boolean named) {
        String name = qualified.toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            jsonLines.add(qualified);
        } else if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
            warcs.add(qualified);
        } else if (named || ARTICLES_IN_FOLDERS.stream().anyMatch(name::endsWith)) {
            articles.add(qualified);
        }
    }

    int files() {
        return articles.size() + jsonLines.size() + warcs.size();
    }

    /** A file's name as the CLI gives it: the input as the user wrote it, then the path below it. */
    private static String display(List<Named> names, String qualified) {
        for (Named named : names) {
            if (qualified.equals(named.qualified)) {
                return named.given;
            }
            if (qualified.startsWith(named.qualified + "/")) {
                return named.given + qualified.substring(named.qualified.length());
            }
        }
        return qualified;
    }

    /**
     * Every document of the inputs, malformed ones included, over {@code partitions} tasks. Articles
     * and WARC files are read by path in the tasks (Spark's binaryFiles deserializes a whole split's
     * file list for each file, which made 10,000 articles take minutes); the records of WARC and JSON
     * Lines files are then spread over the tasks, since one crawl file holds many documents.
     */
    JavaRDD<Document> documents(JavaSparkContext sc, int partitions, String idField, String textField) {
        Broadcast<HadoopSettings> hadoop = sc.broadcast(new HadoopSettings(sc.hadoopConfiguration()));
        List<Named> given = List.copyOf(names); // the tasks' closures take this, not every path listed

        JavaRDD<Document> all = sc.emptyRDD();
        if (!articles.isEmpty()) {
            all = all.union(sc.parallelize(articles, Math.min(articles.size(), partitions))
                    .map(file -> article(display(given, file), file, hadoop.value())));
        }
        JavaRDD<Document> records = sc.emptyRDD();
        if (!warcs.isEmpty()) {
            records = records.union(sc.parallelize(warcs, warcs.size())
                    .flatMap(file -> warc(display(given, file), file, hadoop.value())));
        }
        if (!jsonLines.isEmpty()) {
            JavaHadoopRDD<LongWritable, Text> lines = (JavaHadoopRDD<LongWritable, Text>) sc.hadoopFile(
                    String.join(",", jsonLines), TextInputFormat.class, LongWritable.class, Text.class, partitions);
            records = records.union(lines.mapPartitionsWithInputSplit((split, rows) -> {
                String source = display(given, ((FileSplit) split).getPath().toString());
                // Lazily, one line at a time: the reader reuses its Text, and a split can be large.
                return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED), false)
                        .filter(row -> row._2().getLength() > 0)
                        .map(row -> JsonLines.read(row._2().getBytes(), row._2().getLength(), source, row._1().get(),
                                idField, textField))
                        .iterator();
            }, false));
        }
        if (!warcs.isEmpty() || !jsonLines.isEmpty()) {
            all = all.union(records.repartition(partitions));
        }
        return all;
    }

    private static Document article(String name, String file, HadoopSettings hadoop) {
        Path path = new Path(file);
        try {
            FileSystem fs = path.getFileSystem(hadoop.configuration());
            if (fs.getFileStatus(path).getLen() > Pipeline.LARGEST_DOCUMENT) {
                return Document.unreadableFile(name, name + ": larger than " + (Pipeline.LARGEST_DOCUMENT >> 20) + " MB, not read");
            }
            try (InputStream in = fs.open(path)) {
                return Document.file(name, in.readAllBytes());
            }
        } catch (IOException e) {
            return Document.unreadableFile(name, name + ": cannot read (" + e.getMessage() + ")");
        }
    }

    private static Iterator<Document> warc(String name, String file, HadoopSettings hadoop) {
        Path path = new Path(file);
        try {
            return new WarcRecords(name, path.getFileSystem(hadoop.configuration()).open(path));
        } catch (IOException e) {
            return List.of(Document.badWarcRecord(null, null, name, 0, name + ": not a WARC file (" + e.getMessage() + ")")).iterator();
        }
    }
}
