package dev.unspin.bert;

/**
 * BERT's masked-LM head, computed in Java from the weights stored in the graph: the dense layer
 * with GELU, layer normalisation, and the output projection tied to the word embeddings. Computing
 * it here scores only the words asked about, where the graph's head projects every position onto
 * the whole vocabulary.
 */
final class MaskedLmHead {
    private static final double LAYER_NORM_EPSILON = 1e-12;

    private final int hidden;
    /** [hidden][hidden], input-major. */
    private final float[] kernel;
    private final float[] bias;
    private final float[] gamma;
    private final float[] beta;
    /** [vocabulary][hidden]. */
    private final float[] embeddings;
    private final float[] outputBias;

    MaskedLmHead(int hidden, float[] kernel, float[] bias, float[] gamma, float[] beta, float[] embeddings, float[] outputBias) {
        this.hidden = hidden;
        this.kernel = kernel;
        this.bias = bias;
        this.gamma = gamma;
        this.beta = beta;
        this.embeddings = embeddings;
        this.outputBias = outputBias;
    }

    /** The transformed state of a masked position, ready to be scored against pieces. */
    float[] transform(float[] state) {
        float[] t = new float[hidden];
        for (int j = 0; j < hidden; j++) {
            t[j] = bias[j];
        }
        for (int i = 0; i < hidden; i++) {
            float x = state[i];
            int row = i * hidden;
            for (int j = 0; j < hidden; j++) {
                t[j] += x * kernel[row + j];
            }
        }
        double mean = 0;
        for (int j = 0; j < hidden; j++) {
            double z = t[j];
            t[j] = (float) (0.5 * z * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (z + 0.044715 * z * z * z))));
            mean += t[j];
        }
        mean /= hidden;
        double variance = 0;
        for (int j = 0; j < hidden; j++) {
            variance += (t[j] - mean) * (t[j] - mean);
        }
        double scale = 1 / Math.sqrt(variance / hidden + LAYER_NORM_EPSILON);
        for (int j = 0; j < hidden; j++) {
            t[j] = (float) ((t[j] - mean) * scale * gamma[j] + beta[j]);
        }
        return t;
    }

    /** The head's logit for one piece at a transformed position. */
    double logit(float[] transformed, int piece) {
        double z = outputBias[piece];
        int row = piece * hidden;
        for (int j = 0; j < hidden; j++) {
            z += embeddings[row + j] * transformed[j];
        }
        return z;
    }

    int vocabularySize() {
        return outputBias.length;
    }
}
