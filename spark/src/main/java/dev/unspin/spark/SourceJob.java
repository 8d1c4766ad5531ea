package dev.unspin.spark;

import static org.apache.spark.sql.functions.col;

import com.google.gson.stream.JsonWriter;
import dev.unspin.cli.TextInput;
import dev.unspin.cli.source.SourceReport;
import dev.unspin.document.CheckableText;
import dev.unspin.document.DocumentFormat;
import dev.unspin.source.CorpusDocument;
import dev.unspin.source.CorpusFrequencies;
import dev.unspin.source.ProseLines;
import dev.unspin.source.SourceFinder;
import dev.unspin.source.SourceIndex;
import dev.unspin.source.SourceMatch;
import dev.unspin.source.WordSequence;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

/**
 * {@code unspin-spark source}: for each spun document, the corpus document it was most likely made
 * from, as {@code unspin source} finds it. Each copy is restored through the {@link Pipeline};
 * MinHashLSH (Spark MLlib) over the documents' word 3-shingles pairs each copy with the corpus
 * documents whose shingle sets resemble it; among those candidates, {@link SourceFinder} chooses
 * with the CLI's own measure, weighted by the whole corpus's document frequencies (counted here,
 * distributed), so that the source and its similarity are the CLI's.
 */
final class SourceJob {
    /**
     * The LSH settings: {@code minJaccard}, the shingle-set resemblance (Jaccard) a pair needs to
     * be compared exactly, and {@code hashTables}, MinHash functions of which one equal value makes
     * two documents candidates (a pair of resemblance J is missed with probability (1 - J)^tables).
     * docs/spark.md has why the defaults.
     */
    record Options(double threshold, double minJaccard, int hashTables) implements Serializable {
    }

    /** The copies' lines (results and malformed documents, the corpus's too) and the run's figures. */
    record Result(JavaRDD<Outcome> outcomes, long corpusDocuments, long candidatePairs) {
    }

    /** A copy restored in its own format, or why it could not be. */
    private record Restored(Document document, String restored, DocumentFormat format, Outcome error) implements Serializable {
    }

    /** A document's distinct shingles and words, as {@link SourceIndex} counts them, or why it has none. */
    private record Words(Set<String> shingles, Set<String> words, Outcome error) implements Serializable {
        static Words of(CorpusDocument document) {
            WordSequence sequence = WordSequence.of(document.text(), document.lines());
            return new Words(sequence.shingles(SourceIndex.SHINGLE_WORDS), new HashSet<>(sequence.words()), null);
        }

        /** The keys of the frequency count: shingles and words in one count, told apart by a prefix. */
        Stream<String> keys() {
            return Stream.concat(shingles.stream().map(s -> SHINGLE + s), words.stream().map(w -> WORD + w));
        }
    }

    private static final String SHINGLE = "s:";
    private static final String WORD = "w:";
    /** Hashed shingle features: few collisions at news lengths, and under MinHashLSH's limit (its prime, about 2^31). */
    private static final int FEATURES = 1 << 30;
    /** Fixed, so that a run's candidates can be reproduced. */
    private static final long SEED = 1L;

    private SourceJob() {
    }

    static Result run(JavaRDD<Document> corpusRead, JavaRDD<Document> spunRead, Broadcast<Settings> shared,
            LongAccumulator engineLoadMillis, Options options) {
        JavaPairRDD<Long, Document> corpus = corpusRead.zipWithUniqueId().mapToPair(Tuple2::swap)
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<Long, Words> corpusWords = corpus.mapValues(SourceJob::corpusWords).persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<Long, Words> readable = corpusWords.filter(w -> w._2().error() == null);
        long corpusDocuments = readable.count();

        JavaPairRDD<Long, Restored> restored = spunRead.zipWithUniqueId().mapToPair(Tuple2::swap)
                .mapValues(document -> {
                    Pipeline pipeline = Pipeline.of(shared.value());
                    engineLoadMillis.add(Pipeline.takeBuildMillis());
                    Pipeline.Restoration restoration = pipeline.restoration(document);
                    return restoration.error() != null ? new Restored(document, null, null, restoration.error())
                            : new Restored(document, restoration.check().restored(), restoration.format(), null);
                })
                .persist(StorageLevel.MEMORY_AND_DISK()); // the restoration is the costly part: once
        JavaPairRDD<Long, Words> spunWords = restored.filter(r -> r._2().error() == null)
                .mapValues(r -> Words.of(prose(r.document().id, r.restored(), r.format())));

        // The corpus's document frequencies, of the shingles and words the copies have.
        JavaPairRDD<String, Long> frequencies = readable.values()
                .flatMapToPair(w -> w.keys().map(key -> new Tuple2<>(key, 1L)).iterator())
                .reduceByKey(Long::sum);
        JavaPairRDD<Long, Tuple2<String, Long>> copyFrequencies = spunWords
                .flatMapToPair(w -> w._2().keys().map(key -> new Tuple2<>(key, w._1())).iterator())
                .join(frequencies)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())));

        JavaPairRDD<Long, Long> pairs = candidatePairs(readable, spunWords, options).persist(StorageLevel.MEMORY_AND_DISK());
        long candidatePairs = pairs.count();
        JavaPairRDD<Long, Document> candidates = pairs.mapToPair(Tuple2::swap).join(corpus)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()));

        JavaRDD<Outcome> results = restored.cogroup(copyFrequencies, candidates)
                .map(t -> compare(t._2()._1().iterator().next(), t._2()._2(), t._2()._3(), corpusDocuments, options.threshold()));
        JavaRDD<Outcome> corpusErrors = corpusWords.values().filter(w -> w.error() != null).map(Words::error);
        return new Result(results.union(corpusErrors), corpusDocuments, candidatePairs);
    }

    /**
     * (copy, corpus document) pairs whose shingle sets' Jaccard resemblance, estimated by MinHash
     * and then computed on the hashed sets, is above {@code minJaccard}.
     */
    private static JavaPairRDD<Long, Long> candidatePairs(JavaPairRDD<Long, Words> corpus, JavaPairRDD<Long, Words> copies,
            Options options) {
        SparkSession spark = SparkSession.active(); // the job's, made with its context
        StructType schema = new StructType()
                .add("key", DataTypes.LongType, false)
                .add("shingles", DataTypes.createArrayType(DataTypes.StringType, false), false);
        HashingTF features = new HashingTF().setInputCol("shingles").setOutputCol("features")
                .setNumFeatures(FEATURES).setBinary(true);
        // MinHash needs at least one shingle: a text of under three words shares none with anything.
        Dataset<Row> corpusVectors = features.transform(spark.createDataFrame(rows(corpus), schema));
        Dataset<Row> copyVectors = features.transform(spark.createDataFrame(rows(copies), schema));
        MinHashLSHModel lsh = new MinHashLSH().setNumHashTables(options.hashTables()).setSeed(SEED)
                .setInputCol("features").setOutputCol("hashes").fit(corpusVectors);
        return lsh.approxSimilarityJoin(copyVectors, corpusVectors, 1 - options.minJaccard(), "distance")
                .select(col("datasetA.key"), col("datasetB.key"))
                .javaRDD()
                .mapToPair(row -> new Tuple2<>(row.getLong(0), row.getLong(1)));
    }

    private static JavaRDD<Row> rows(JavaPairRDD<Long, Words> words) {
        return words.filter(w -> !w._2().shingles().isEmpty())
                .map(w -> RowFactory.create(w._1(), w._2().shingles().toArray(String[]::new)));
    }

    /** A copy's line: what {@link SourceFinder} says among its candidates, weighted by the whole corpus. */
    private static Outcome compare(Restored copy, Iterable<Tuple2<String, Long>> counts, Iterable<Document> candidates,
            long corpusDocuments, double threshold) {
        if (copy.error() != null) {
            return copy.error();
        }
        Map<String, Long> shingles = new HashMap<>();
        Map<String, Long> words = new HashMap<>();
        for (Tuple2<String, Long> count : counts) {
            if (count._1().startsWith(SHINGLE)) {
                shingles.put(count._1().substring(SHINGLE.length()), count._2());
            } else {
                words.put(count._1().substring(WORD.length()), count._2());
            }
        }
        List<CorpusDocument> documents = new ArrayList<>();
        for (Document candidate : candidates) {
            if (!(candidate.kind == Document.Kind.FILE && copy.document().kind == Document.Kind.FILE
                    && candidate.id.equals(copy.document().id))) { // an input in the corpus is never its own source
                try {
                    documents.add(corpusDocument(candidate));
                } catch (TextInput.UnreadableInput e) {
                    throw new IllegalStateException("a candidate was read before: " + e.getMessage(), e);
                }
            }
        }
        documents.sort(Comparator.comparing(CorpusDocument::id)); // ties in the CLI's order, by name
        CorpusDocument prose = prose(copy.document().id, copy.restored(), copy.format());
        SourceMatch match = new SourceFinder(new SourceIndex(documents, new CorpusFrequencies(corpusDocuments, shingles, words)),
                threshold).find(prose.text(), prose.lines(), d -> false);
        return new Outcome(json(copy.document(), match), false, 0, match.source().isPresent() ? 1 : 0);
    }

    private static Words corpusWords(Document document) {
        if (document.error != null) {
            return new Words(Set.of(), Set.of(), Pipeline.error(document, document.error));
        }
        try {
            return Words.of(corpusDocument(document));
        } catch (TextInput.UnreadableInput e) {
            return new Words(Set.of(), Set.of(), Pipeline.error(document, e.getMessage()));
        }
    }

    /** A corpus document as {@code unspin source} reads it: its prose, the markup of its format left out. */
    private static CorpusDocument corpusDocument(Document document) throws TextInput.UnreadableInput {
        return prose(document.id, Pipeline.source(document), Pipeline.format(document));
    }

    /** A text's prose, with where its lines are in the text as written. */
    private static CorpusDocument prose(String id, String text, DocumentFormat format) {
        CheckableText prose = format.extract(text);
        return new CorpusDocument(id, prose.text(), ProseLines.mapped(text, prose.map()::sourceStart));
    }

    /** The copy's identity ({@code input}, and where in a JSON Lines or WARC file), then the result as {@code unspin source --format json} writes it. */
    private static String json(Document copy, SourceMatch match) {
        StringWriter out = new StringWriter();
        try (JsonWriter json = new JsonWriter(out)) {
            json.beginObject();
            json.name("input").value(copy.id);
            if (copy.source != null) {
                json.name("inputFile").value(copy.source);
                json.name("inputOffset").value(copy.offset);
            }
            if (copy.recordId != null) {
                json.name("recordId").value(copy.recordId);
            }
            SourceReport.match(json, match);
            json.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }
}
