package dev.unspin.context;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DetectorTest {
    private static final double[] WEIGHTS = {-5.25, 0.5, 0.125, 1.0, 0.75, -0.25, -0.0625, 1.5, 0.5, 0.25, 0.625, 0.375};

    private static Detector parse(String text) throws IOException {
        return Detector.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "detector.tsv");
    }

    @Test
    void readsWhatItWrites() throws IOException {
        Detector detector = new Detector(WEIGHTS, 0.75, 0.875);
        String text = detector.format("weights for a test\nsecond line of the header");
        assertTrue(text.startsWith("# weights for a test\n# second line of the header\n"), text);
        Detector read = parse(text);
        assertArrayEquals(WEIGHTS, read.weights(), 1e-9);
        assertEquals(0.75, read.possible(), 1e-9);
        assertEquals(0.875, read.likely(), 1e-9);
        assertEquals(text, read.format("weights for a test\nsecond line of the header"));
    }

    @Test
    void theShippedDetectorReadsAndOrdersItsThresholds() {
        Detector shipped = Detector.shipped();
        assertEquals(FormEvidence.NAMES.size(), shipped.weights().length);
        assertTrue(0 < shipped.possible() && shipped.possible() <= shipped.likely() && shipped.likely() < 1,
                shipped.possible() + " " + shipped.likely());
    }

    @Test
    void failsOnAValueThatIsNotANumberNamingTheFileLineAndColumn() {
        String text = new Detector(WEIGHTS, 0.75, 0.875).format("header").replace("margin\t0.125000", "margin\tlots");
        IOException e = assertThrows(IOException.class, () -> parse(text));
        assertTrue(e.getMessage().startsWith("detector.tsv:4:8: not a number: lots"), e.getMessage());
    }

    @Test
    void failsOnALineWithoutATab() {
        IOException e = assertThrows(IOException.class, () -> parse("# header\n\nbias -5\n"));
        assertTrue(e.getMessage().startsWith("detector.tsv:3:1: "), e.getMessage());
    }

    @Test
    void failsOnAMissingWeightNamingTheFileAndTheWeight() {
        String text = new Detector(WEIGHTS, 0.75, 0.875).format("header").replace("document spin x gain\t0.625000\n", "");
        IOException e = assertThrows(IOException.class, () -> parse(text));
        assertTrue(e.getMessage().startsWith("detector.tsv"), e.getMessage());
        assertTrue(e.getMessage().contains("'document spin x gain'"), e.getMessage());
    }

    @Test
    void needsOneWeightPerFeature() {
        assertThrows(IllegalArgumentException.class, () -> new Detector(new double[] {1, 2}, 0.5, 0.6));
    }

    @Test
    void weighsTheEvidenceThroughTheLogisticFunction() {
        double[] weights = new double[FormEvidence.NAMES.size()];
        weights[0] = -1;
        weights[1] = 2;
        Detector detector = new Detector(weights, 0.5, 0.9);
        FormEvidence evidence = new FormEvidence(1.5, 0, false, 1, 0, -4, false, 0);
        assertEquals(1 / (1 + Math.exp(-2)), detector.probability(evidence), 1e-12);
        FormEvidence stronger = new FormEvidence(3, 0, false, 1, 0, -4, false, 0);
        assertTrue(detector.probability(stronger) > detector.probability(evidence));
    }
}
