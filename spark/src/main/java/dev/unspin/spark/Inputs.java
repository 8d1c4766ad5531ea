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
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapred.FileSplit;
import org.apache.hadoop.mapred.TextInputFormat;
import org.apache.spark.api.java.JavaHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;

/**
 * The job's inputs, listed on the driver through Hadoop's file systems (local, HDFS, S3...) and sorted
 * by name: JSON Lines ({@code .jsonl}, {@code .ndjson}), WARC ({@code .warc}, {@code .warc.gz}), and
 * articles. In folders, which are searched recursively, articles are the files {@code unspin check}
 * takes by default ({@code .txt}, {@code .md}, {@code .html}); a file named on the command line is an
 * article whatever its name, as for the CLI. Hidden files ({@code .name}, {@code _name}) are passed over.
 */
final class Inputs implements Serializable {
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
            RemoteIterator<LocatedFileStatus> files = fs.listFiles(path, true);
            while (files.hasNext()) {
                LocatedFileStatus file = files.next();
                if (!hidden(file.getPath(), status.getPath())) {
                    inputs.add(fs.makeQualified(file.getPath()).toString(), false);
                }
            }
        }
        Collections.sort(inputs.articles);
        return inputs;
    }

    private static boolean hidden(Path file, Path folder) {
        for (Path p = file; p != null && !p.equals(folder); p = p.getParent()) {
            if (p.getName().startsWith(".") || p.getName().startsWith("_")) {
                return true;
            }
        }
        return false;
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
    String display(String qualified) {
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

    /** Every document of the inputs, malformed ones included, in partitions as the files split. */
    JavaRDD<Document> documents(JavaSparkContext sc, String idField, String textField) {
        int partitions = sc.defaultParallelism();
        List<JavaRDD<Document>> parts = new ArrayList<>();
        if (!articles.isEmpty()) {
            parts.add(sc.binaryFiles(String.join(",", articles), partitions)
                    .map(file -> article(display(file._1()), file._2())));
        }
        if (!warcs.isEmpty()) {
            parts.add(sc.binaryFiles(String.join(",", warcs), partitions)
                    .flatMap(file -> warc(display(file._1()), file._2())));
        }
        if (!jsonLines.isEmpty()) {
            JavaHadoopRDD<LongWritable, Text> lines = (JavaHadoopRDD<LongWritable, Text>) sc.hadoopFile(
                    String.join(",", jsonLines), TextInputFormat.class, LongWritable.class, Text.class, partitions);
            parts.add(lines.mapPartitionsWithInputSplit((split, rows) -> {
                String source = display(((FileSplit) split).getPath().toString());
                // Lazily, one line at a time: the reader reuses its Text, and a split can be large.
                return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED), false)
                        .filter(row -> row._2().getLength() > 0)
                        .map(row -> JsonLines.read(row._2().getBytes(), row._2().getLength(), source, row._1().get(),
                                idField, textField))
                        .iterator();
            }, false));
        }
        JavaRDD<Document> all = sc.emptyRDD();
        for (JavaRDD<Document> part : parts) {
            all = all.union(part);
        }
        return all;
    }

    private static Document article(String path, PortableDataStream stream) {
        try (InputStream in = stream.open()) {
            return Document.file(path, in.readAllBytes());
        } catch (IOException e) {
            return Document.unreadableFile(path, path + ": cannot read (" + e.getMessage() + ")");
        }
    }

    private static Iterator<Document> warc(String path, PortableDataStream stream) {
        try {
            return new WarcRecords(path, stream.open());
        } catch (IOException e) {
            return List.of(Document.badWarcRecord(null, null, path, 0, path + ": not a WARC file (" + e.getMessage() + ")")).iterator();
        }
    }
}
