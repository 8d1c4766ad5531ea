package dev.unspin.context;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DetectorTest {
    private static final List<String> NAMES = Detector.trigramFeatures();
    private static final double[] WEIGHTS = {-5.25, 0.5, 0.125, 1.0, 0.75, -0.25, -0.0625, 0.5, 0.25, 0.625, 0.375};

    private static Detector parse(String text) throws IOException {
        return Detector.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "detector.tsv", NAMES);
    }

    private static String written() {
        return new Detector(NAMES, WEIGHTS, 0.75, 0.875).format("header");
    }

    @Test
    void readsWhatItWrites() throws IOException {
        Detector detector = new Detector(NAMES, WEIGHTS, 0.75, 0.875);
        String text = detector.format("weights for a test\nsecond line of the header");
        assertTrue(text.startsWith("# weights for a test\n# second line of the header\nbias\t-5.250000\n"), text);
        Detector read = parse(text);
        assertEquals(NAMES, read.names());
        assertArrayEquals(WEIGHTS, read.weights(), 1e-9);
        assertEquals(0.75, read.possible(), 1e-9);
        assertEquals(0.875, read.likely(), 1e-9);
        assertEquals(text, read.format("weights for a test\nsecond line of the header"));
    }

    @Test
    void theShippedTrigramDetectorReadsAndOrdersItsThresholds() {
        Detector shipped = Detector.trigram();
        assertEquals(FormEvidence.NAMES, shipped.names());
        assertEquals(FormEvidence.NAMES.size(), shipped.weights().length);
        assertTrue(0 < shipped.possible() && shipped.possible() <= shipped.likely() && shipped.likely() < 1,
                shipped.possible() + " " + shipped.likely());
    }

    @Test
    void theShippedScreenKeepsMoreThanTheMaskedDetectorAccepts() {
        Detector screen = Detector.screen();
        Detector masked = Detector.masked();
        assertEquals(Detector.maskedFeatures(), screen.names());
        assertEquals(Detector.maskedFeatures(), masked.names());
        assertTrue(0 < screen.possible() && screen.possible() < masked.possible() && masked.likely() < 1,
                screen.possible() + " " + masked.possible());
    }

    @Test
    void failsOnAValueThatIsNotANumberNamingTheFileLineAndColumn() {
        String text = written().replace("margin\t0.125000", "margin\tlots");
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
        String text = written().replace("document spin x gain\t0.625000\n", "");
        IOException e = assertThrows(IOException.class, () -> parse(text));
        assertTrue(e.getMessage().startsWith("detector.tsv"), e.getMessage());
        assertTrue(e.getMessage().contains("'document spin x gain'"), e.getMessage());
    }

    @Test
    void needsOneWeightPerFeature() {
        assertThrows(IllegalArgumentException.class, () -> new Detector(NAMES, new double[] {1, 2}, 0.5, 0.6));
    }

    @Test
    void weighsTheFeaturesThroughTheLogisticFunction() {
        Detector detector = new Detector(List.of("bias", "gain"), new double[] {-1, 2}, 0.5, 0.9);
        assertEquals(1 / (1 + Math.exp(-2)), detector.probability(new double[] {1, 1.5}), 1e-12);
        assertTrue(detector.probability(new double[] {1, 3}) > detector.probability(new double[] {1, 1.5}));
    }
}
