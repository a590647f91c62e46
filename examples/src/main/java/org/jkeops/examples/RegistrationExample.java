package org.jkeops.examples;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Gradients at work: rigid registration of two 2-D point clouds by a translation t, maximising
 * the Gaussian kernel correlation E(t) = sum_ij exp(-s |x_i + t - y_j|^2). The gradient comes from
 * a {@code Grad(...)} formula, derived by the processor at build time; it is checked once against
 * the hand-written gradient. Each step is the fixed-point (mean-shift) update
 * t <- t + grad E / (2 s E), which needs no step size. Exits with status 1 if the recovered
 * translation is off by more than 0.01 or the two gradients disagree.
 */
public final class RegistrationExample {
    private RegistrationExample() {
    }

    public static void main(String[] args) {
        int n = 4000;
        double sigma = 0.25;
        double s = 1 / (2 * sigma * sigma);
        double[] truth = {0.3, -0.2};
        SplittableRandom rnd = new SplittableRandom(7);
        double[] y = new double[2 * n];
        double[] x = new double[2 * n];
        for (int i = 0; i < n; i++) {
            double u = 4 * Math.PI * i / n;
            y[2 * i] = 0.5 + 0.08 * u * Math.cos(u) + 0.01 * rnd.nextGaussian();
            y[2 * i + 1] = 0.5 + 0.08 * u * Math.sin(u) + 0.01 * rnd.nextGaussian();
            // x is y moved by -truth, with its own noise: registration must find t = truth
            x[2 * i] = y[2 * i] - truth[0] + 0.01 * rnd.nextGaussian();
            x[2 * i + 1] = y[2 * i + 1] - truth[1] + 0.01 * rnd.nextGaussian();
        }
        RegistrationKernels k = new RegistrationKernelsImpl();
        double[] t = {0, 0};

        double[] derived = sumRows(k.energyGradient(x, y, t, s), 2);
        double[] byHand = sumRows(k.energyGradientByHand(x, y, t, s), 2);
        double gradError = Math.hypot(derived[0] - byHand[0], derived[1] - byHand[1]) / Math.hypot(byHand[0], byHand[1]);
        System.out.printf(Locale.ROOT, "registration: M = N = %d, sigma = %.2f; derived vs hand-written gradient: "
                + "relative difference %.2e%n", n, sigma, gradError);

        long t0 = System.nanoTime();
        for (int step = 0; step < 40; step++) {
            double energy = sumRows(k.energy(x, y, t, s), 1)[0];
            double[] g = sumRows(k.energyGradient(x, y, t, s), 2);
            if (step % 5 == 0) {
                System.out.printf(Locale.ROOT, "step %2d: E = %.6e, t = (%.5f, %.5f)%n", step, energy, t[0], t[1]);
            }
            t = new double[] {t[0] + g[0] / (2 * s * energy), t[1] + g[1] / (2 * s * energy)};
        }
        double seconds = (System.nanoTime() - t0) * 1e-9;
        double error = Math.hypot(t[0] - truth[0], t[1] - truth[1]);
        System.out.printf(Locale.ROOT, "recovered t = (%.5f, %.5f), true (%.2f, %.2f), error %.2e; 40 steps in %.2f s%n",
                t[0], t[1], truth[0], truth[1], error, seconds);
        boolean ok = error < 0.01 && gradError < 1e-9;
        System.out.println(ok ? "OK" : "FAILED");
        if (!ok) {
            System.exit(1);
        }
    }

    /** Sums the rows of a row-major rows x width array. */
    private static double[] sumRows(double[] a, int width) {
        double[] s = new double[width];
        for (int k = 0; k < a.length; k++) {
            s[k % width] += a[k];
        }
        return s;
    }
}
