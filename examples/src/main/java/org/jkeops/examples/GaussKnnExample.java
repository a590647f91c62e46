package org.jkeops.examples;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.jkeops.runtime.KernelRuntime;

/**
 * First example: a Gaussian convolution and a 10-nearest-neighbour search on random 3-D points,
 * M = N = 10^4 by default ({@code --size N} to change). Prints the sizes, the backend, the time
 * and throughput of each call, and a check of sampled rows against a float64 reference computed
 * here with plain loops. Exits with status 1 if a check fails. {@code --backend auto|scalar|simd|opencl}
 * chooses the backend (strict: an unavailable backend is an error, not a fallback).
 */
public final class GaussKnnExample {
    private static final int K = 10;
    private static final int CHECKED_ROWS = 200;
    /** The fewest points: every x_i has K nearest y_j. */
    private static final int MIN_POINTS = K;

    private GaussKnnExample() {
    }

    public static void main(String[] args) {
        ExampleArgs.SizeAndBackend o;
        try {
            o = ExampleArgs.sizeAndBackend(args, 10_000, MIN_POINTS, "the k nearest neighbours of each point");
        } catch (IllegalArgumentException e) {
            ExampleArgs.exit("GaussKnnExample", e, ExampleArgs.SIZE_AND_BACKEND_USAGE);
            return;
        }
        int size = o.size();
        int m = size;
        int n = size;
        SplittableRandom rnd = new SplittableRandom(20261121L);
        float[] x = uniform(rnd, m * 3);
        float[] y = uniform(rnd, n * 3);
        float[] b = uniform(rnd, n);
        float g = 8f;

        KernelRuntime runtime = ExampleArgs.runtime(o.backend());
        GaussianKernels kernels = new GaussianKernelsImpl(runtime);
        System.out.printf(Locale.ROOT, "jkeops example: M = %d, N = %d, D = 3, %s%n", m, n, runtime);

        kernels.conv(x, y, b, g); // first calls: class loading and JIT warm-up
        kernels.knn(x, y);
        long t0 = System.nanoTime();
        float[] a = kernels.conv(x, y, b, g);
        double convSeconds = (System.nanoTime() - t0) * 1e-9;
        System.out.printf(Locale.ROOT, "Gaussian convolution: %.3f s, %.3g pairs/s%n", convSeconds,
                (double) m * n / convSeconds);

        long t1 = System.nanoTime();
        int[] nn = kernels.knn(x, y);
        double knnSeconds = (System.nanoTime() - t1) * 1e-9;
        System.out.printf(Locale.ROOT, "10-NN search:         %.3f s, %.3g pairs/s%n", knnSeconds,
                (double) m * n / knnSeconds);

        int[] rows = CheckedRows.sample(rnd, m, CHECKED_ROWS);
        double worst = 0;
        for (int i : rows) {
            double ref = 0;
            double scale = 0;
            for (int j = 0; j < n; j++) {
                double term = Math.exp(-g * sqDist(x, i, y, j)) * b[j];
                ref += term;
                scale += Math.abs(term);
            }
            worst = Math.max(worst, Math.abs(a[i] - ref) / Math.max(scale, Double.MIN_NORMAL));
        }
        boolean convOk = worst < 1e-5;
        System.out.printf(Locale.ROOT, "check conv on %d rows: max error / sum|terms| = %.2e  %s%n",
                rows.length, worst, convOk ? "OK" : "FAILED");

        int mismatches = 0;
        for (int i : rows) {
            final int row = i;
            int[] expected = IntStream.range(0, n).boxed()
                    .sorted(Comparator.<Integer>comparingDouble(j -> sqDist(x, row, y, j)).thenComparingInt(j -> j))
                    .limit(K).mapToInt(Integer::intValue).toArray();
            int[] got = Arrays.copyOfRange(nn, i * K, i * K + K);
            for (int q = 0; q < K; q++) {
                // float32 distances may swap two neighbours at equal float64 distance up to rounding
                if (got[q] != expected[q] && Math.abs(sqDist(x, row, y, got[q]) - sqDist(x, row, y, expected[q])) > 1e-5) {
                    mismatches++;
                }
            }
        }
        boolean knnOk = mismatches == 0;
        System.out.printf(Locale.ROOT, "check knn on %d rows: %d neighbours differ  %s%n", rows.length,
                mismatches, knnOk ? "OK" : "FAILED");
        if (!convOk || !knnOk) {
            System.exit(1);
        }
    }

    private static double sqDist(float[] x, int i, float[] y, int j) {
        double s = 0;
        for (int c = 0; c < 3; c++) {
            double d = (double) x[i * 3 + c] - y[j * 3 + c];
            s += d * d;
        }
        return s;
    }

    private static float[] uniform(SplittableRandom rnd, int len) {
        float[] v = new float[len];
        for (int k = 0; k < len; k++) {
            v[k] = (float) rnd.nextDouble();
        }
        return v;
    }
}
