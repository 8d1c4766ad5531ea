package dev.unspin.spark;

import dev.unspin.cli.ConfidenceConverter;
import dev.unspin.cli.DictionaryOptions;
import dev.unspin.dictionary.Confidence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options {@code check} and {@code restore} share: Spark's, the inputs', and the CLI's own dictionary options. */
final class JobOptions {
    @Option(names = "--master", paramLabel = "URL",
            description = "Spark's master: local[2], local[*], spark://host:7077, yarn, k8s://... "
                    + "Leave it out under spark-submit, whose --master then decides.")
    String master;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "The output folder (local, hdfs://, s3a://...); it must not exist yet, nothing is overwritten.")
    String out;

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Folders (searched recursively: *.txt, *.md, *.html, *.jsonl, *.ndjson, *.warc, *.warc.gz), "
                    + "or files: an article, a JSON Lines file or a WARC file, by its name.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--id-field", paramLabel = "NAME", defaultValue = "id",
            description = "The field of a JSON line that names the document. Default: ${DEFAULT-VALUE}.")
    String idField;

    @Option(names = "--text-field", paramLabel = "NAME", defaultValue = "text",
            description = "The field of a JSON line that holds its text. Default: ${DEFAULT-VALUE}.")
    String textField;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Tasks the documents are spread over (default: 4 per core of the cluster with --fast, 32 otherwise).")
    Integer partitions;

    @Option(names = "--conf", paramLabel = "KEY=VALUE",
            description = "A Spark setting, as spark-submit's --conf (repeatable).")
    Map<String, String> conf = new LinkedHashMap<>();

    @Option(names = "--min-confidence", paramLabel = "LEVEL", converter = ConfidenceConverter.class,
            description = {"Report or apply findings of this confidence or surer: certain, likely or possible.",
                "Default: each document's own evidence decides, as for unspin check and restore."})
    Confidence minConfidence;

    @Mixin
    DictionaryOptions dictionaries;
}
