package dev.unspin.text;

import java.util.Random;

/** Random texts made of given pieces, for tests that compare two ways of reading the same text. */
public final class RandomTexts {
    private RandomTexts() {
    }

    /** One to {@code maxPieces} pieces drawn at random, each followed by {@code separator}. */
    public static String of(Random random, String[] pieces, int maxPieces, String separator) {
        StringBuilder text = new StringBuilder();
        for (int k = random.nextInt(maxPieces); k >= 0; k--) {
            text.append(pieces[random.nextInt(pieces.length)]).append(separator);
        }
        return text.toString();
    }
}
