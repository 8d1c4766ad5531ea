package dev.unspin.context.evaluation;

import java.util.List;
import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.analysis.MultivariateVectorFunction;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunctionGradient;
import org.apache.commons.math3.optim.nonlinear.scalar.gradient.NonLinearConjugateGradientOptimizer;

/**
 * Logistic regression by maximum likelihood with a small L2 penalty, minimised by commons-math's
 * nonlinear conjugate gradient: the log loss is convex, so the minimum found is the minimum.
 */
public final class LogisticFit {
    private static final double PENALTY = 1e-3;

    private LogisticFit() {
    }

    /** The weights for the examples' features (each row starts with the constant 1) and labels. */
    public static double[] fit(List<double[]> features, List<Boolean> labels) {
        int n = features.size();
        int d = features.get(0).length;
        MultivariateFunction loss = w -> {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double z = dot(w, features.get(i));
                // log(1 + e^z) - y z, computed without overflow
                sum += Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))) - (labels.get(i) ? z : 0);
            }
            return sum / n + PENALTY * penalty(w);
        };
        MultivariateVectorFunction gradient = w -> {
            double[] g = new double[d];
            for (int i = 0; i < n; i++) {
                double[] x = features.get(i);
                double error = 1 / (1 + Math.exp(-dot(w, x))) - (labels.get(i) ? 1 : 0);
                for (int k = 0; k < d; k++) {
                    g[k] += error * x[k] / n;
                }
            }
            for (int k = 1; k < d; k++) {
                g[k] += 2 * PENALTY * w[k];
            }
            return g;
        };
        NonLinearConjugateGradientOptimizer optimizer = new NonLinearConjugateGradientOptimizer(
                NonLinearConjugateGradientOptimizer.Formula.POLAK_RIBIERE, new SimpleValueChecker(1e-10, 1e-10));
        PointValuePair best = optimizer.optimize(new MaxEval(20_000), new ObjectiveFunction(loss), new ObjectiveFunctionGradient(gradient),
                GoalType.MINIMIZE, new InitialGuess(new double[d]));
        return best.getPoint();
    }

    private static double dot(double[] w, double[] x) {
        double z = 0;
        for (int k = 0; k < x.length; k++) {
            z += w[k] * x[k];
        }
        return z;
    }

    /** The squared weights but the constant term's. */
    private static double penalty(double[] w) {
        double sum = 0;
        for (int k = 1; k < w.length; k++) {
            sum += w[k] * w[k];
        }
        return sum;
    }
}
