package dev.unspin.lsp;

import dev.unspin.engine.FindingOrigin;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** Builds expected messages and applies edits the way a client does, independently of the server's code. */
public final class Expect {
    private Expect() {
    }

    static Range range(int line, int from, int to) {
        return new Range(new Position(line, from), new Position(line, to));
    }

    /** The UTF-16 range of {@code text[offset, offset + length)}, lines split at \n. */
    static Range rangeOf(String text, int offset, int length) {
        return new Range(position(text, offset), position(text, offset + length));
    }

    /** The UTF-16 position of an offset, lines split at \n. */
    public static Position position(String text, int offset) {
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(line, offset - lineStart);
    }

    static int offset(String text, Position position) {
        int line = 0;
        int i = 0;
        while (line < position.getLine()) {
            if (text.charAt(i++) == '\n') {
                line++;
            }
        }
        return i + position.getCharacter();
    }

    static Diagnostic diagnostic(Range range, DiagnosticSeverity severity, String id, String message, String spun,
            String... replacements) {
        Diagnostic d = new Diagnostic(range, message, severity, "unspin");
        d.setCode(Either.forLeft(id));
        DocLinks.forOrigin(FindingOrigin.DICTIONARY).ifPresent(d::setCodeDescription); // the expected findings are dictionary entries'
        JsonObject data = new JsonObject();
        data.addProperty("entry", id);
        data.addProperty("spun", spun);
        JsonArray array = new JsonArray();
        for (String r : replacements) {
            array.add(r);
        }
        data.add("replacements", array);
        d.setData(data);
        return d;
    }

    /** Applies non-overlapping UTF-16 edits to a text. */
    static String apply(String text, List<TextEdit> edits) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt((TextEdit e) -> offset(text, e.getRange().getStart())).reversed());
        StringBuilder out = new StringBuilder(text);
        for (TextEdit edit : sorted) {
            out.replace(offset(text, edit.getRange().getStart()), offset(text, edit.getRange().getEnd()), edit.getNewText());
        }
        return out.toString();
    }

    /** Every occurrence of a phrase in a text, as offsets. */
    static List<Integer> occurrences(String text, String phrase) {
        List<Integer> found = new ArrayList<>();
        for (int i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
            found.add(i);
        }
        return found;
    }
}
