package dev.unspin.context.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LogisticFitTest {

    @Test
    void recoversTheWeightsThatGeneratedTheLabels() {
        double[] truth = {-1.0, 2.0, -1.5, 0.0};
        Random random = new Random(20261207);
        List<double[]> features = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            double[] x = {1, random.nextGaussian(), random.nextGaussian(), random.nextGaussian()};
            double z = 0;
            for (int k = 0; k < x.length; k++) {
                z += truth[k] * x[k];
            }
            features.add(x);
            labels.add(random.nextDouble() < 1 / (1 + Math.exp(-z)));
        }
        double[] fitted = LogisticFit.fit(features, labels);
        assertEquals(truth.length, fitted.length);
        for (int k = 0; k < truth.length; k++) {
            assertEquals(truth[k], fitted[k], 0.25, "weight " + k + " of " + Arrays.toString(fitted));
        }
    }

    @Test
    void aFeatureThatAlwaysSaysYesGetsALargePositiveWeight() {
        Random random = new Random(7);
        List<double[]> features = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            boolean spun = random.nextBoolean();
            features.add(new double[] {1, spun ? 1 : 0, random.nextGaussian()});
            labels.add(spun);
        }
        double[] fitted = LogisticFit.fit(features, labels);
        // Separable data: only the penalty keeps the weight finite.
        assertTrue(fitted[1] > 3, Arrays.toString(fitted));
        assertEquals(0, fitted[2], 0.5, "noise weighs little: " + Arrays.toString(fitted));
    }
}
