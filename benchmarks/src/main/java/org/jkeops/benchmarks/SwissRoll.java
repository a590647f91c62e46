package org.jkeops.benchmarks;

import java.util.SplittableRandom;

/** The spectral tutorial's noisy Swiss roll, shared by the benchmarks that run on it. */
final class SwissRoll {
    private SwissRoll() {
    }

    /**
     * The points of {@code SpectralRoll.points} (seed 7): t along the spiral, uniform width, noise
     * 0.01, row-major n x 3; the same floats, so patterns built here are the tutorial's.
     */
    static float[] points(int n) {
        SplittableRandom rnd = new SplittableRandom(7);
        float[] x = new float[3 * n];
        for (int i = 0; i < n; i++) {
            double t = 2 * Math.PI * i / n;
            x[3 * i] = (float) (0.4 + 0.4 * (t / 7) * Math.cos(1.5 * t) + 0.01 * gaussian(rnd));
            x[3 * i + 1] = (float) (0.1 + 0.8 * rnd.nextDouble() + 0.01 * gaussian(rnd));
            x[3 * i + 2] = (float) (0.5 + 0.3 * (t / 7) * Math.sin(1.5 * t) + 0.01 * gaussian(rnd));
        }
        return x;
    }

    private static double gaussian(SplittableRandom rnd) {
        return Math.sqrt(-2 * Math.log(1 - rnd.nextDouble())) * Math.cos(2 * Math.PI * rnd.nextDouble());
    }
}
