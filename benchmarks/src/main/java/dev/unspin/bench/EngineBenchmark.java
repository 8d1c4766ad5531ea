package dev.unspin.bench;

import dev.unspin.dictionary.Confidence;
import dev.unspin.engine.Engine;
import dev.unspin.engine.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Engine throughput: findings and restoration over documents of 5 KB, 100 KB and 1 MB, with the
 * default dictionary and dictionaries of 500, 10,000 and 100,000 entries. Time per operation
 * divided into the document size gives MB/s; equal times across dictionary sizes show the cost
 * does not grow with them.
 * The seed corpus is dense with phrasings whose entries need OpenNLP tags ("may", "call"), so the
 * {@code context} parameter shows how much of the time is the tagger's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
// The collector unspin ships with (launcher and editor command lines). Under G1 the 100,000-entry
// dictionary measured 4x slower than 500 entries on the same code, under Serial 1.2x.
@Fork(value = 1, jvmArgsAppend = "-XX:+UseSerialGC")
public class EngineBenchmark {
    @Param({"5000", "100000", "1000000"})
    public int documentChars;

    /** Entries, the shipped default dictionary padded with generated ones; 0: the default as shipped. */
    @Param({"0", "500", "10000", "100000"})
    public int dictionaryEntries;

    /**
     * Who answers the context conditions (part of speech, sentence start): OpenNLP, as in use, or
     * nobody ("none": one sentence, no tags), which isolates the matching cost from the tagger's.
     */
    @Param({"opennlp", "none"})
    public String context;

    private Engine engine;
    private String text;

    @Setup
    public void setUp() {
        Path seeds = Path.of(System.getProperty("unspin.seeds", "seeds"));
        text = BenchmarkCorpus.document(seeds, documentChars);
        engine = context.equals("none")
                ? new Engine(BenchmarkCorpus.dictionary(dictionaryEntries), () -> NoAnalysis.INSTANCE)
                : new Engine(BenchmarkCorpus.dictionary(dictionaryEntries));
    }

    @Benchmark
    public List<Finding> find() {
        return engine.find(text);
    }

    @Benchmark
    public String restore() {
        return engine.restore(text, Confidence.POSSIBLE).text();
    }
}
