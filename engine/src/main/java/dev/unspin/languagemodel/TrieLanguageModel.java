package dev.unspin.languagemodel;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A back-off n-gram language model in CMU Sphinx's binary trie format (the format of
 * {@code en-us.lm.bin} in Debian's pocketsphinx-en-us), read in place from a memory-mapped file.
 *
 * <p>The layout, as sphinxbase writes it: the text "Trie Language Model", the order (one byte), the
 * n-gram count of each order (32-bit little-endian); the quantizer (a 32-bit word, then per middle
 * order 2^16 probability and 2^16 back-off centres, then 2^16 probability centres for the highest
 * order, as 32-bit floats); the unigrams (probability, back-off, first child; one more than the
 * count, so each unigram's children end where the next one's begin); the bit-packed middle orders
 * and the highest order; then the length of the word list and the words, NUL-terminated, in id order.
 * The trie runs backwards: a unigram's children are the words that precede it, so a lookup of
 * P(w | h1 h2) walks w, then h1 (the word just before), then h2. Values are logarithms to the base
 * 1.0001, as sphinxbase's logmath keeps them.
 */
public final class TrieLanguageModel {
    private static final String MAGIC = "Trie Language Model";
    private static final int MAX_ORDER = 5;
    private static final int QUANT_BITS = 16;
    private static final int QUANT_BINS = 1 << QUANT_BITS;
    private static final double LOG10_PER_UNIT = Math.log10(1.0001);

    private final int order;
    private final ByteBuffer file;
    private final int unigramsAt;
    private final int unigramCount;
    /** For each middle order (2 .. order-1): probability and back-off centres; then the highest order's probabilities. */
    private final float[][] middleProbability;
    private final float[][] middleBackoff;
    private final float[] longestProbability;
    private final BitPackedLevel[] middles;
    private final BitPackedLevel longest;
    private final Map<String, Integer> ids;

    private TrieLanguageModel(ByteBuffer file, Path source) {
        this.file = file;
        FormatReader in = new FormatReader(file, source);
        in.expectMagic(MAGIC);
        order = in.unsignedByte("order");
        if (order < 2 || order > MAX_ORDER) {
            throw in.error("order " + order + " is not between 2 and " + MAX_ORDER);
        }
        int[] counts = new int[order];
        for (int i = 0; i < order; i++) {
            counts[i] = in.count("the number of " + (i + 1) + "-grams");
        }
        unigramCount = counts[0];
        in.skip(4, "the quantizer header");
        middleProbability = new float[order - 2][];
        middleBackoff = new float[order - 2][];
        for (int i = 0; i < order - 2; i++) {
            middleProbability[i] = in.floats(QUANT_BINS, "the quantizer");
            middleBackoff[i] = in.floats(QUANT_BINS, "the quantizer");
        }
        longestProbability = in.floats(QUANT_BINS, "the quantizer");
        unigramsAt = in.position();
        in.skip((long) (unigramCount + 1) * 12, "the unigrams");
        int wordBits = requiredBits(unigramCount);
        middles = new BitPackedLevel[order - 2];
        for (int i = 0; i < order - 2; i++) {
            int nextBits = requiredBits(counts[i + 2]);
            middles[i] = new BitPackedLevel(in.position(), wordBits, 2 * QUANT_BITS, nextBits);
            in.skip(middles[i].sizeInBytes(counts[i + 1]), "the " + (i + 2) + "-grams");
        }
        longest = new BitPackedLevel(in.position(), wordBits, QUANT_BITS, 0);
        in.skip(longest.sizeInBytes(counts[order - 1]), "the " + order + "-grams");
        in.skip(4, "the length of the word list");
        ids = in.words(unigramCount);
    }

    /** Maps the file and reads its header, quantizer and word list; the n-grams stay on disk until used. */
    public static TrieLanguageModel open(Path path) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            if (channel.size() > Integer.MAX_VALUE) {
                throw new LanguageModelFormatException(path, 0, "larger than 2 GB, which this reader does not map");
            }
            ByteBuffer mapped = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
            return new TrieLanguageModel(mapped.order(ByteOrder.LITTLE_ENDIAN), path);
        }
    }

    public int order() {
        return order;
    }

    /** The word's id, or -1 when the model's vocabulary (lower case) lacks it. */
    public int id(String word) {
        Integer id = ids.get(word);
        return id == null ? -1 : id;
    }

    /** The ids of the words, or empty when the vocabulary lacks one of them. */
    public Optional<int[]> ids(List<String> words) {
        int[] ids = new int[words.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = id(words.get(i));
            if (ids[i] < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(ids);
    }

    /**
     * log10 of the probability of {@code words[from..]}, each word given the words before it (as
     * many as the order allows); the words before {@code from} are context only.
     */
    public double log10Probability(int[] words, int from) {
        double sum = 0;
        for (int at = from; at < words.length; at++) {
            int[] history = new int[Math.min(at, order - 1)];
            for (int h = 0; h < history.length; h++) {
                history[h] = words[at - 1 - h];
            }
            sum += log10Probability(words[at], history);
        }
        return sum;
    }

    /**
     * log10 P(word | history), backing off as the model says; {@code history[0]} is the word just
     * before, {@code history[1]} the one before that. Only the first order-1 history words count.
     */
    public double log10Probability(int word, int... history) {
        checkId(word);
        int used = Math.min(history.length, order - 1);
        for (int i = 0; i < used; i++) {
            checkId(history[i]);
        }
        int begin = firstChild(word);
        int end = firstChild(word + 1);
        float probability = file.getFloat(unigramsAt + word * 12);
        int matched = 0;
        for (; matched < used; matched++) {
            if (matched == order - 2) {
                int at = longest.find(file, begin, end, history[matched]);
                if (at >= 0) {
                    probability = longestProbability[longest.field(file, at, 0, QUANT_BITS)];
                    matched++;
                }
                break;
            }
            int at = middles[matched].find(file, begin, end, history[matched]);
            if (at < 0) {
                break;
            }
            probability = middleProbability[matched][middles[matched].field(file, at, QUANT_BITS, QUANT_BITS)];
            begin = middles[matched].next(file, at);
            end = middles[matched].next(file, at + 1);
        }
        return (probability + backoff(history, matched, used)) * LOG10_PER_UNIT;
    }

    /** The back-off weights of the history contexts longer than the n-gram that was found. */
    private float backoff(int[] history, int matched, int used) {
        float sum = 0;
        if (matched >= used) {
            return sum;
        }
        if (matched == 0) {
            sum += file.getFloat(unigramsAt + history[0] * 12 + 4);
        }
        int begin = firstChild(history[0]);
        int end = firstChild(history[0] + 1);
        for (int length = 2; length <= used; length++) {
            BitPackedLevel level = middles[length - 2];
            int at = level.find(file, begin, end, history[length - 1]);
            if (at < 0) {
                break;
            }
            if (length > matched) {
                sum += middleBackoff[length - 2][level.field(file, at, 0, QUANT_BITS)];
            }
            begin = level.next(file, at);
            end = level.next(file, at + 1);
        }
        return sum;
    }

    private int firstChild(int unigram) {
        return file.getInt(unigramsAt + unigram * 12 + 8);
    }

    private void checkId(int id) {
        if (id < 0 || id >= unigramCount) {
            throw new IllegalArgumentException("no word with id " + id + " in a vocabulary of " + unigramCount);
        }
    }

    /** Bits needed to write every number up to {@code max}, as sphinxbase sizes its fields. */
    static int requiredBits(long max) {
        return max == 0 ? 0 : 64 - Long.numberOfLeadingZeros(max);
    }

    /** Scale of the stored values, for tests that compare with sphinxbase's own tools. */
    static double log10PerUnit() {
        return LOG10_PER_UNIT;
    }
}
