package org.jkeops.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.jkeops.runtime.Backend;
import org.jkeops.runtime.FloatArgResult;
import org.jkeops.runtime.KernelRuntime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Few output rows (M = 1 or 3) over many columns: the SIMD backend splits j across its threads
 * and OpenCL across parts of its launch (second dimension), and both merge the parts. Checked against float64 references computed here, for every reduction
 * that splits, and for one that does not (ARG_K_MIN) under the same conditions.
 */
class SplitColumnsTest {
    private static final int N = 70_001; // M * N >= 2^16 and N >= threads * 1024: Parallel.splitColumns holds
    private static final int K = 5;
    private static final List<KernelRuntime> RUNTIMES = new ArrayList<>();

    /** SIMD with 3 threads (splits j in 3), and OpenCL when usable (the device picks its parts). */
    static List<Backend> backends() {
        List<Backend> b = new ArrayList<>(List.of(Backend.SIMD));
        if (Backends.available(Backend.OPENCL)) {
            b.add(Backend.OPENCL);
        }
        return b;
    }

    private static SplitKernels kernels(Backend backend) {
        KernelRuntime rt = KernelRuntime.builder().backend(backend).threads(3).strict(true).build();
        RUNTIMES.add(rt);
        return new SplitKernelsImpl(rt);
    }

    @AfterAll
    static void tearDown() {
        RUNTIMES.forEach(KernelRuntime::close);
    }

    private record Data(int m, float[] x, float[] y, float[] b) {
        double sqDist(int i, int j) {
            double a = (double) x[2 * i] - y[2 * j];
            double c = (double) x[2 * i + 1] - y[2 * j + 1];
            return a * a + c * c;
        }

        double dot(int i, int j) {
            return (double) x[2 * i] * y[2 * j] + (double) x[2 * i + 1] * y[2 * j + 1];
        }
    }

    private static Data data(int m, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        float[] x = new float[2 * m];
        float[] y = new float[2 * N];
        float[] b = new float[N];
        for (int k = 0; k < x.length; k++) {
            x[k] = (float) rnd.nextDouble(-1, 1);
        }
        for (int k = 0; k < y.length; k++) {
            y[k] = (float) rnd.nextDouble(-1, 1);
        }
        for (int k = 0; k < b.length; k++) {
            b[k] = (float) rnd.nextDouble(0.5, 1.5);
        }
        return new Data(m, x, y, b);
    }

    static List<Arguments> cases() {
        List<Arguments> c = new ArrayList<>();
        for (Backend b : backends()) {
            for (int m : new int[] {1, 3}) {
                c.add(Arguments.of(b, m));
            }
        }
        return c;
    }

    @ParameterizedTest(name = "{0}, M = {1}")
    @MethodSource("cases")
    void everySplittableReductionMatchesTheReference(Backend backend, int m) {
        SplitKernels kernels = kernels(backend);
        Data d = data(m, 1000 + m);
        float[] sum = kernels.sum(d.x, d.y, d.b);
        float[] min = kernels.min(d.x, d.y);
        float[] max = kernels.max(d.x, d.y);
        FloatArgResult minArg = kernels.minArgMin(d.x, d.y);
        FloatArgResult maxArg = kernels.maxArgMax(d.x, d.y);
        float[] kMin = kernels.kMin(d.x, d.y);
        FloatArgResult kBoth = kernels.kMinArgKMin(d.x, d.y);
        int[] kArg = kernels.argKMin(d.x, d.y);
        float[] lse = kernels.logSumExp(d.x, d.y, d.b);
        for (int i = 0; i < m; i++) {
            final int row = i;
            double s = 0;
            double mn = Double.POSITIVE_INFINITY;
            double mx = Double.NEGATIVE_INFINITY;
            double lmax = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < N; j++) {
                s += Math.exp(-d.sqDist(i, j)) * d.b[j];
                mn = Math.min(mn, d.sqDist(i, j));
                mx = Math.max(mx, d.dot(i, j));
                lmax = Math.max(lmax, d.b[j] - d.sqDist(i, j));
            }
            double l = 0;
            for (int j = 0; j < N; j++) {
                l += Math.exp(d.b[j] - d.sqDist(i, j) - lmax);
            }
            assertEquals(s, sum[i], 1e-5 * s, "SUM row " + i);
            assertEquals(mn, min[i], 1e-5, "MIN row " + i);
            assertEquals(mx, max[i], 1e-5, "MAX row " + i);
            assertEquals(lmax + Math.log(l), lse[i], 1e-5 * Math.abs(lmax + Math.log(l)) + 1e-5, "LOG_SUM_EXP row " + i);
            assertEquals(mn, minArg.values()[i], 1e-5, "MIN_ARG_MIN value row " + i);
            assertEquals(mn, d.sqDist(i, minArg.indices()[i]), 1e-5, "MIN_ARG_MIN index row " + i);
            assertEquals(mx, maxArg.values()[i], 1e-5, "MAX_ARG_MAX value row " + i);
            assertEquals(mx, d.dot(i, maxArg.indices()[i]), 1e-5, "MAX_ARG_MAX index row " + i);
            int[] order = IntStream.range(0, N).boxed()
                    .sorted(Comparator.<Integer>comparingDouble(j -> d.sqDist(row, j)).thenComparingInt(j -> j))
                    .limit(K).mapToInt(Integer::intValue).toArray();
            for (int q = 0; q < K; q++) {
                double ref = d.sqDist(i, order[q]);
                assertEquals(ref, kMin[i * K + q], 1e-5, "K_MIN row " + i + " rank " + q);
                assertEquals(ref, kBoth.values()[i * K + q], 1e-5, "K_MIN_ARG_K_MIN value row " + i + " rank " + q);
                assertEquals(ref, d.sqDist(i, kBoth.indices()[i * K + q]), 1e-5, "K_MIN_ARG_K_MIN index row " + i);
                assertEquals(ref, d.sqDist(i, kArg[i * K + q]), 1e-5, "ARG_K_MIN index row " + i + " rank " + q);
            }
            int[] sortedK = Arrays.copyOfRange(kBoth.indices(), i * K, i * K + K);
            assertTrue(Arrays.stream(sortedK).distinct().count() == K, "K indices distinct: " + Arrays.toString(sortedK));
        }
        // The same call is deterministic for a given thread count.
        assertArrayEquals(sum, kernels.sum(d.x, d.y, d.b));
    }

    /**
     * What the merge of parts must not lose: a weighted LOG_SUM_EXP whose first half of j weighs -1
     * and second half 3 (a part's sum is negative, the row's positive: a merge of the parts'
     * finalized logs gave NaN), and a SUM_SOFTMAX_WEIGHT whose second half of j lies so far away
     * that its exp weighs 0 even in float64, with a NaN weight there (one pass gives 0 * NaN = NaN;
     * a merge that skipped parts of weight 0 gave a number). The last part of any split lies in the
     * second half.
     */
    @ParameterizedTest(name = "{0}, M = {1}")
    @MethodSource("cases")
    void signedWeightsAndOutweighedNaNsSurviveTheMerge(Backend backend, int m) {
        SplitKernels kernels = kernels(backend);
        Data d = data(m, 2000 + m);
        float[] w = new float[N];
        for (int j = 0; j < N; j++) {
            w[j] = j < N / 2 ? -1 : 3;
        }
        float[] lse = kernels.weightedLogSumExp(d.x, d.y, w);
        for (int i = 0; i < m; i++) {
            double top = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < N; j++) {
                top = Math.max(top, -d.sqDist(i, j));
            }
            double s = 0;
            for (int j = 0; j < N; j++) {
                s += Math.exp(-d.sqDist(i, j) - top) * w[j];
            }
            double ref = top + Math.log(s);
            assertEquals(ref, lse[i], 1e-4 * Math.abs(ref) + 1e-4, "weighted LOG_SUM_EXP row " + i);
        }
        float[] far = d.y.clone();
        float[] g = new float[N];
        for (int j = 0; j < N; j++) {
            g[j] = 1 + j % 3;
            if (j >= N / 2) {
                far[2 * j] += 60; // squared distance > 3,000: exp(-3,000) is 0 in float64 too
            }
        }
        g[N - 1] = Float.NaN;
        float[] softmax = kernels.softmax(d.x, far, g);
        for (int i = 0; i < m; i++) {
            assertTrue(Float.isNaN(softmax[i]), "SUM_SOFTMAX_WEIGHT row " + i + ": 0 * NaN is NaN, got " + softmax[i]);
        }
    }
}
