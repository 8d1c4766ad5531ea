import dev.unspin.dictionary.Confidence;
import dev.unspin.dictionary.DefaultDictionary;
import dev.unspin.engine.Engine;
import dev.unspin.engine.Finding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the engine itself finds in a plain-text file, for the editor tests to compare the editors'
 * diagnostics with: one line per finding, tab-separated, with LSP positions in UTF-16 code units:
 * {@code startLine startCharacter endLine endCharacter entryId spun}.
 * Run with: {@code java -cp cli/target/unspin.jar editor-clients/tools/ExpectedFindings.java FILE [CONFIDENCE]}.
 * It uses the shipped dictionary at the given minimum confidence (default possible, which is what
 * the server reports in clearly spun prose; {@code certain} is what it reports with
 * {@code minConfidence: "certain"}).
 */
public class ExpectedFindings {
    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: ExpectedFindings FILE [certain|likely|possible]");
            System.exit(2);
        }
        Confidence minimum = args.length == 2 ? Confidence.parse(args[1]).orElseThrow() : Confidence.POSSIBLE;
        String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        Engine engine = new Engine(DefaultDictionary.load());
        StringBuilder out = new StringBuilder();
        for (Finding f : engine.find(text, minimum)) {
            int[] start = position(text, f.start());
            int[] end = position(text, f.end());
            out.append(start[0]).append('\t').append(start[1]).append('\t')
                    .append(end[0]).append('\t').append(end[1]).append('\t')
                    .append(f.entryId()).append('\t').append(text.substring(f.start(), f.end())).append('\n');
        }
        System.out.print(out);
    }

    /** Line and UTF-16 character of a string offset; lines end at \n, \r\n or \r as in LSP. */
    private static int[] position(String text, int offset) {
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart};
    }
}
