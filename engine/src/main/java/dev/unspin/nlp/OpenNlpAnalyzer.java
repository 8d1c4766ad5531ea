package dev.unspin.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagger;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceDetector;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Sentence detection, tokenization and universal part-of-speech tagging with the Apache OpenNLP
 * English UD models. The models are read from the class path (the opennlp-models-*-en jars);
 * OpenNLP's language-code constructors would try to download them, which fails offline.
 */
public final class OpenNlpAnalyzer implements LanguageAnalyzer {
    private static final String SENTENCES = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String TAGS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private static final AtomicBoolean PRELOAD_STARTED = new AtomicBoolean();

    private final SentenceDetector sentences;
    private final Tokenizer tokenizer;
    private final POSTagger tagger;

    private OpenNlpAnalyzer() {
        SentenceModel sentenceModel = read(SENTENCES, SentenceModel::new);
        TokenizerModel tokenModel = read(TOKENS, TokenizerModel::new);
        POSModel tagModel = read(TAGS, POSModel::new);
        sentences = new ThreadSafeSentenceDetectorME(sentenceModel);
        tokenizer = new ThreadSafeTokenizerME(tokenModel);
        tagger = new ThreadSafePOSTaggerME(tagModel);
    }

    /** The one instance, whose models are read on first use only. */
    public static OpenNlpAnalyzer shared() {
        return Holder.INSTANCE;
    }

    /**
     * Loads the models and tags one sentence, so that the classes and code paths a first real
     * check needs are ready.
     */
    public static void preload() {
        String sentence = "Officials said they may call it off.";
        shared().analyze(sentence).tagOf(sentence.indexOf("may"), sentence.indexOf("may") + 3);
    }

    /**
     * {@link #preload()} on a daemon thread, once per process, so that it overlaps with whatever
     * the caller does next (a run that never needs the models does not wait for it). A failure
     * goes to {@code onFailure}; the check that needs the models reports it too.
     */
    public static void preloadInBackground(Consumer<String> onFailure) {
        if (PRELOAD_STARTED.getAndSet(true)) {
            return;
        }
        Thread loader = new Thread(() -> {
            try {
                preload();
            } catch (RuntimeException | LinkageError e) {
                onFailure.accept("loading OpenNLP's models failed: " + e.getMessage());
            }
        }, "unspin-nlp-preload");
        loader.setDaemon(true);
        loader.start();
    }

    private static final class Holder {
        static final OpenNlpAnalyzer INSTANCE = new OpenNlpAnalyzer();
    }

    @Override
    public int[] sentenceStarts(String text) {
        return Arrays.stream(sentences.sentPosDetect(text)).mapToInt(Span::getStart).toArray();
    }

    @Override
    public List<TaggedSpan> tagSentence(String text, int start, int end) {
        String sentence = text.substring(start, end);
        Span[] tokenSpans = tokenizer.tokenizePos(sentence);
        String[] tags = tagger.tag(Span.spansToStrings(tokenSpans, sentence));
        List<TaggedSpan> tagged = new ArrayList<>(tokenSpans.length);
        for (int t = 0; t < tokenSpans.length; t++) {
            tagged.add(new TaggedSpan(start + tokenSpans[t].getStart(), start + tokenSpans[t].getEnd(), tags[t]));
        }
        return tagged;
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M read(String resource, ModelReader<M> reader) {
        try (InputStream in = OpenNlpAnalyzer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the class path");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
        }
    }
}
