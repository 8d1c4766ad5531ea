package dev.unspin.seeds;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import dev.unspin.text.Token;
import dev.unspin.text.Tokenizer;
import java.util.List;

/** How many tokens a restoration changed: each differing stretch counts as its longer side, as in SeedRestorationTest. */
final class WordChanges {
    private WordChanges() {
    }

    static int between(String before, String after) {
        int changed = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(tokens(before), tokens(after)).getDeltas()) {
            changed += Math.max(delta.getSource().size(), delta.getTarget().size());
        }
        return changed;
    }

    static int words(String text) {
        return (int) Tokenizer.tokenize(text).stream().filter(Token::word).count();
    }

    private static List<String> tokens(String text) {
        return Tokenizer.tokenize(text).stream().map(Token::text).toList();
    }
}
