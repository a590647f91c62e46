package org.jkeops.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.jkeops.runtime.FloatArgResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link NameClashKernels} (parameters named like generated identifiers) against float64
 * references, on every backend under test. M and N are not multiples of any lane count, so the
 * SIMD tails run too.
 */
class NameClashTest {
    private static final int M = 37;
    private static final int N = 1001;

    private static float[] random(SplittableRandom rnd, int n, double lo, double hi) {
        float[] a = new float[n];
        for (int k = 0; k < n; k++) {
            a[k] = (float) rnd.nextDouble(lo, hi);
        }
        return a;
    }

    private static double sqDist(float[] x, int i, float[] y, int j, int d) {
        double s = 0;
        for (int c = 0; c < d; c++) {
            double e = (double) x[i * d + c] - y[j * d + c];
            s += e * e;
        }
        return s;
    }

    private static void close(String what, double expected, double got) {
        assertEquals(expected, got, 1e-4 * Math.max(1, Math.abs(expected)), what);
    }

    @ParameterizedTest
    @MethodSource("org.jkeops.it.Backends#underTest")
    void kernelsNamedLikeGeneratedCodeComputeTheirFormulas(Backends.Target target) {
        NameClashKernels k = new NameClashKernelsImpl(Backends.runtime(target));
        SplittableRandom rnd = new SplittableRandom(13);
        float[] x3 = random(rnd, 3 * M, -1, 1);
        float[] y3 = random(rnd, 3 * N, -1, 1);
        float[] x2 = random(rnd, 2 * M, -1, 1);
        float[] y2 = random(rnd, 2 * N, -1, 1);
        float[] b = random(rnd, N, 0.5, 1.5);

        float[] sum = k.sum(x3, y3, b, 2f);
        FloatArgResult best = k.minArgMin(x2, y2, 0.5f);
        FloatArgResult knn = k.kMin(x2, y2, 3f);
        float[] lse = k.logSumExp(x2, y2, b, 1.5f);
        for (int i = 0; i < M; i++) {
            double s = 0;
            int arg = -1;
            double[] d = new double[N];
            double mx = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < N; j++) {
                s += Math.exp(-2 * sqDist(x3, i, y3, j, 3)) * b[j];
                d[j] = sqDist(x2, i, y2, j, 2);
                if (arg < 0 || d[j] < d[arg]) {
                    arg = j;
                }
                mx = Math.max(mx, b[j] - 1.5 * d[j]);
            }
            double e = 0;
            for (int j = 0; j < N; j++) {
                e += Math.exp(b[j] - 1.5 * d[j] - mx);
            }
            close(target + " sum row " + i, s, sum[i]);
            close(target + " min row " + i, d[arg] + 0.5, best.values()[i]);
            assertEquals(arg, best.indices()[i], target + " argmin row " + i);
            close(target + " lse row " + i, mx + Math.log(e), lse[i]);
            double[] sorted = d.clone();
            Arrays.sort(sorted);
            for (int q = 0; q < 3; q++) {
                close(target + " kmin row " + i + " #" + q, 3 * sorted[q], knn.values()[3 * i + q]);
                close(target + " kmin index row " + i + " #" + q, 3 * sorted[q], 3 * d[knn.indices()[3 * i + q]]);
            }
        }
    }
}
