package dev.unspin.bert;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * BERT's uncased tokenizer: lower case without accents, punctuation split off, then each word split
 * greedily into the longest pieces of the model's vocabulary ("utilizing" → "util", "##izing").
 */
final class WordPieceTokenizer {
    private static final int MAX_WORD_CHARS = 100;

    private final Map<String, Integer> ids;
    private final int unknown;

    private WordPieceTokenizer(Map<String, Integer> ids) {
        this.ids = ids;
        this.unknown = require("[UNK]");
    }

    /** The vocabulary file: one piece per line, its id the line's index. */
    static WordPieceTokenizer read(Path vocabulary) throws IOException {
        Map<String, Integer> ids = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(vocabulary, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                ids.putIfAbsent(line, ids.size());
            }
        }
        return new WordPieceTokenizer(ids);
    }

    /** The id of a special or whole piece such as "[MASK]"; fails when the vocabulary lacks it. */
    int require(String piece) {
        Integer id = ids.get(piece);
        if (id == null) {
            throw new IllegalStateException("the BERT vocabulary has no " + piece);
        }
        return id;
    }

    /** The piece ids of a text. */
    List<Integer> pieces(String text) {
        List<Integer> out = new ArrayList<>();
        for (String word : words(text)) {
            pieceWord(word, out);
        }
        return out;
    }

    private void pieceWord(String word, List<Integer> out) {
        if (word.length() > MAX_WORD_CHARS) {
            out.add(unknown);
            return;
        }
        int size = out.size();
        int start = 0;
        while (start < word.length()) {
            Integer found = null;
            int end = word.length();
            while (start < end) {
                Integer id = ids.get(start > 0 ? "##" + word.substring(start, end) : word.substring(0, end));
                if (id != null) {
                    found = id;
                    break;
                }
                end--;
            }
            if (found == null) {
                out.subList(size, out.size()).clear();
                out.add(unknown);
                return;
            }
            out.add(found);
            start = end;
        }
    }

    /** Lower case, accents stripped, split at white space and around every punctuation or symbol character. */
    static List<String> words(String text) {
        String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                flush(word, words);
            } else if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else {
                flush(word, words);
                words.add(String.valueOf(c));
            }
        }
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (!word.isEmpty()) {
            words.add(word.toString());
            word.setLength(0);
        }
    }
}
