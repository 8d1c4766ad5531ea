package dev.unspin.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unspin.check.CheckRequest;
import dev.unspin.check.Checker;
import dev.unspin.dictionary.Confidence;
import dev.unspin.dictionary.DefaultDictionary;
import dev.unspin.document.DocumentFormat;
import dev.unspin.engine.Engine;
import dev.unspin.engine.ShownConfidence;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Set;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The inputs that cost each format's extractor, and the whole check of a document, the most per
 * byte: brackets, backticks, tags, quotes, comments and suppression markers without end, in one
 * paragraph. Each is extracted and checked at growing sizes, and the time per byte must stay flat:
 * a scan that goes back over the rest of a paragraph at every bracket (as the Markdown extractor
 * once did) takes a hundred times longer per byte at 1 MB than at 10 KB. The figures printed are
 * the worst ratio, largest size against smallest, over every input.
 */
class WorstCaseInputsIT {
    private static final String TEST = "worst-case inputs";
    /** Time per byte may grow this much from one size to the next (caches, collection, a busy machine), not more. */
    private static final double GROWTH_ALLOWED = 4;
    private static final int[] SIZES = Reliability.LONG
            ? new int[] {10_000, 100_000, 1_000_000, 10_000_000}
            : new int[] {10_000, 100_000, 1_000_000};
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final Checker CHECKER = new Checker(new Engine(DefaultDictionary.load()));
    private static String worstExtraction = "";
    private static String worstCheck = "";
    private static double worstExtractionRatio;
    private static double worstCheckRatio;
    private static int inputs;

    @AfterAll
    static void printFigures() {
        Reliability.figures(TEST, String.format(
                "%d inputs from %,d to %,d bytes; time per byte at the largest size against the smallest: "
                        + "extraction at most %.2fx (%s), whole check at most %.2fx (%s)",
                inputs, SIZES[0], SIZES[SIZES.length - 1], worstExtractionRatio, worstExtraction, worstCheckRatio, worstCheck));
    }

    /** An input of at least {@code size} characters made of {@code unit} again and again. */
    private static IntFunction<String> repeated(String unit) {
        return size -> unit.repeat(size / unit.length() + 1);
    }

    /** Backtick runs of every length from 1 up, none closed: each opener once searched the whole paragraph. */
    private static String growingBacktickRuns(int size) {
        StringBuilder text = new StringBuilder(size + 64);
        for (int run = 1; text.length() < size; run++) {
            text.append("`".repeat(run)).append(" x ");
        }
        return text.toString();
    }

    @Test
    void markdownTakesTimeInProportionToItsLength() {
        DocumentFormat md = DocumentFormat.MARKDOWN;
        assertFlat(md, "] a", repeated("] a "));
        assertFlat(md, "lines of code spans and tags", repeated("Officials said `x` and <b>y</b>\n"));
        assertFlat(md, "](", repeated("]("));
        assertFlat(md, "[x](", repeated("[x]("));
        assertFlat(md, "nested (", repeated("](("));
        assertFlat(md, "<a", repeated("<a "));
        assertFlat(md, "<a \"", repeated("<a \""));
        assertFlat(md, "backtick runs of growing length", WorstCaseInputsIT::growingBacktickRuns);
        assertFlat(md, "`` `", repeated("`` `"));
        assertFlat(md, "<http:", repeated("<http:x"));
        assertFlat(md, "<a@", repeated("<a@b"));
        assertFlat(md, "unclosed comment", size -> "<!--" + "x -- ".repeat(size / 5));
        assertFlat(md, "&amp", repeated("&amp"));
        assertFlat(md, "http://", repeated("http://x."));
        assertFlat(md, "fences", repeated("```\nnavy officers mentioned\n"));
        assertFlat(md, "front matter never closed", size -> "---\n" + "title: navy officers mentioned\n".repeat(size / 30));
        assertFlat(md, "indented lines", repeated("    navy officers mentioned\n"));
        assertFlat(md, "suppression markers", repeated("<!-- unspin-disable-next-line -->\nnavy officers mentioned\n"));
        assertFlat(md, "disable and enable", repeated("<!-- unspin-disable x -->navy officers mentioned <!-- unspin-enable x -->"));
    }

    @Test
    void htmlTakesTimeInProportionToItsLength() {
        DocumentFormat html = DocumentFormat.HTML;
        assertFlat(html, "<a", repeated("<a "));
        assertFlat(html, "<a \"", repeated("<a \""));
        assertFlat(html, "<p>", repeated("<p>navy officers mentioned"));
        assertFlat(html, "unclosed comment", size -> "<!--" + "x -- ".repeat(size / 5));
        assertFlat(html, "<script>", repeated("<script>x</scrip"));
        assertFlat(html, "<!x", repeated("<!x"));
        assertFlat(html, "<![CDATA[", repeated("<![CDATA[x]]"));
        assertFlat(html, "&amp", repeated("&amp"));
        assertFlat(html, "suppression markers", repeated("<!-- unspin-disable-next-line -->\n<p>navy officers mentioned</p>\n"));
    }

    @Test
    void plainTextTakesTimeInProportionToItsLength() {
        DocumentFormat text = DocumentFormat.PLAIN_TEXT;
        assertFlat(text, "spun phrasings", repeated("navy officers mentioned an information convention "));
        assertFlat(text, "suppression markers", repeated("unspin-disable-next-line\nnavy officers mentioned\n"));
        assertFlat(text, "one long word", size -> "a".repeat(size));
        assertFlat(text, "carriage returns", repeated("navy\r"));
    }

    /** Extracts and checks the input at each size; fails as soon as the time per byte grows too much. */
    private static void assertFlat(DocumentFormat format, String name, IntFunction<String> input) {
        inputs++;
        warmUp(format, input.apply(SIZES[0]));
        double[] first = null;
        double[] previous = null;
        for (int size : SIZES) {
            String text = input.apply(size);
            double[] perByte = time(format, text);
            if (previous != null) {
                for (int i = 0; i < 2; i++) {
                    double growth = perByte[i] / previous[i];
                    String what = i == 0 ? "extraction" : "check";
                    assertTrue(growth < GROWTH_ALLOWED, String.format("%s %s '%s': %.1f ns per byte at %,d characters, "
                            + "%.1fx that at the size before", format.id(), what, name, perByte[i], text.length(), growth));
                }
            } else {
                first = perByte;
            }
            previous = perByte;
        }
        if (previous[0] / first[0] > worstExtractionRatio) {
            worstExtractionRatio = previous[0] / first[0];
            worstExtraction = format.id() + " '" + name + "'";
        }
        if (previous[1] / first[1] > worstCheckRatio) {
            worstCheckRatio = previous[1] / first[1];
            worstCheck = format.id() + " '" + name + "'";
        }
    }

    /** Runs the code this input takes until the compiler has had time to compile it. */
    private static void warmUp(DocumentFormat format, String text) {
        long until = System.nanoTime() + 100_000_000L;
        while (System.nanoTime() < until) {
            CHECKER.check(new CheckRequest(text, format, ShownConfidence.atLeast(Confidence.POSSIBLE), Set.of()));
        }
    }

    /**
     * The least nanoseconds per byte over as many runs as fit in a tenth of a second (at least
     * three): of extraction alone, and of the whole check. The time is the thread's CPU time, which
     * other processes on a shared machine and the collector's own threads do not add to.
     */
    private static double[] time(DocumentFormat format, String text) {
        double extraction = Double.MAX_VALUE;
        double check = Double.MAX_VALUE;
        System.gc();
        long until = System.nanoTime() + 100_000_000L;
        for (int run = 0; run < 3 || run < 50 && System.nanoTime() < until; run++) {
            long start = CPU.getCurrentThreadCpuTime();
            format.extract(text);
            long extracted = CPU.getCurrentThreadCpuTime();
            CHECKER.check(new CheckRequest(text, format, ShownConfidence.atLeast(Confidence.POSSIBLE), Set.of()));
            long checked = CPU.getCurrentThreadCpuTime();
            extraction = Math.min(extraction, (double) (extracted - start) / text.length());
            check = Math.min(check, (double) (checked - extracted) / text.length());
        }
        return new double[] {extraction, check};
    }
}
