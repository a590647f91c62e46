package org.jkeops.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.jkeops.runtime.Backend;
import org.jkeops.runtime.DeviceBackend;
import org.jkeops.runtime.FloatArgResult;
import org.jkeops.runtime.KernelRuntime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Split-j on OpenCL for every reduction: M = 1, 2 and 7 output rows over 9,001 reduced rows,
 * over j and over i, so that the launch runs in several parts of the reduced index (checked
 * through the device's record of the launch) which the host merges through SplitMerge: ARG_MIN
 * and ARG_K_MIN with values written to scratch, SUM_SOFTMAX_WEIGHT with its normaliser, the
 * float32 DOUBLE-scheme sum from its float64 sums. Each
 * result is checked against a float64 reference computed here; indices by the value they point at.
 */
class OpenClSplitTest {
    private static final int MANY = 9_001;
    private static final int K = 4;
    private static KernelRuntime runtime;
    private static OpenClSplitKernels kernels;

    @BeforeAll
    static void open() {
        assumeTrue(Backends.available(Backend.OPENCL), "no OpenCL device");
        runtime = KernelRuntime.builder().backend(Backend.OPENCL).strict(true).build();
        kernels = new OpenClSplitKernelsImpl(runtime);
    }

    @AfterAll
    static void close() {
        if (runtime != null) {
            runtime.close();
        }
    }

    static List<Arguments> cases() {
        List<Arguments> c = new ArrayList<>();
        for (boolean overI : new boolean[] {false, true}) {
            for (int m : new int[] {1, 2, 7}) {
                c.add(Arguments.of(overI ? "i" : "j", m));
            }
        }
        return c;
    }

    /** Few output points p, many reduced points q with a scalar b and a 2-vector v each. */
    private record Data(int m, float[] p, float[] q, float[] b, float[] v) {
        double sqDist(int i, int j) {
            double s = 0;
            for (int c = 0; c < 3; c++) {
                double d = (double) p[3 * i + c] - q[3 * j + c];
                s += d * d;
            }
            return s;
        }

        double dot(int i, int j) {
            double s = 0;
            for (int c = 0; c < 3; c++) {
                s += (double) p[3 * i + c] * q[3 * j + c];
            }
            return s;
        }
    }

    private static Data data(int m, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        float[] p = new float[3 * m];
        float[] q = new float[3 * MANY];
        float[] b = new float[MANY];
        float[] v = new float[2 * MANY];
        for (float[] a : List.of(p, q, v)) {
            for (int k = 0; k < a.length; k++) {
                a[k] = (float) rnd.nextDouble(-1, 1);
            }
        }
        for (int k = 0; k < b.length; k++) {
            b[k] = (float) rnd.nextDouble(0.5, 1.5);
        }
        return new Data(m, p, q, b, v);
    }

    @ParameterizedTest(name = "over {0}, M = {1}")
    @MethodSource("cases")
    void everyReductionSplitsAndMatchesTheFloat64Reference(String over, int m) {
        boolean overI = over.equals("i");
        Data d = data(m, 7_000 + m + (overI ? 100 : 0));
        String sfx = overI ? "I" : "J";
        // Over i the few rows are y (Vj) and the many x (Vi): the same calls with the roles swapped.
        float[] x = overI ? d.q : d.p;
        float[] y = overI ? d.p : d.q;
        float[] sum = overI ? kernels.sumI(x, y, d.b) : kernels.sumJ(x, y, d.b);
        float[] sumDouble = overI ? kernels.sumDoubleI(x, y, d.b) : kernels.sumDoubleJ(x, y, d.b);
        float[] min = overI ? kernels.minI(x, y) : kernels.minJ(x, y);
        float[] max = overI ? kernels.maxI(x, y) : kernels.maxJ(x, y);
        int[] argMin = overI ? kernels.argMinI(x, y) : kernels.argMinJ(x, y);
        int[] argMax = overI ? kernels.argMaxI(x, y) : kernels.argMaxJ(x, y);
        FloatArgResult minArg = overI ? kernels.minArgMinI(x, y) : kernels.minArgMinJ(x, y);
        FloatArgResult maxArg = overI ? kernels.maxArgMaxI(x, y) : kernels.maxArgMaxJ(x, y);
        float[] kMin = overI ? kernels.kMinI(x, y) : kernels.kMinJ(x, y);
        int[] argKMin = overI ? kernels.argKMinI(x, y) : kernels.argKMinJ(x, y);
        FloatArgResult kBoth = overI ? kernels.kMinArgKMinI(x, y) : kernels.kMinArgKMinJ(x, y);
        float[] lse = overI ? kernels.lseI(x, y, d.b) : kernels.lseJ(x, y, d.b);
        float[] softmax = overI ? kernels.softmaxI(x, y, d.v) : kernels.softmaxJ(x, y, d.v);

        Map<String, String> shapes = runtime.device(Backend.OPENCL).launchShapes();
        for (String name : List.of("sum", "sumDouble", "min", "max", "argMin", "argMax", "minArgMin", "maxArgMax", "kMin", "argKMin",
                "kMinArgKMin", "lse", "softmax")) {
            String shape = shapes.get("jk_" + name + sfx);
            assertTrue(shape != null && !shape.contains(" 1 part(s)"), () -> name + sfx + " was not split: " + shapes);
        }
        DeviceBackend device = runtime.device(Backend.OPENCL);
        assertTrue(device.splitParts(m, MANY) > 1, "the device splits " + m + " x " + MANY);

        for (int i = 0; i < m; i++) {
            final int row = i;
            double s = 0;
            double mn = Double.POSITIVE_INFINITY;
            double mx = Double.NEGATIVE_INFINITY;
            double lmax = Double.NEGATIVE_INFINITY;
            double smax = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < MANY; j++) {
                s += Math.exp(-d.sqDist(i, j)) * d.b[j];
                mn = Math.min(mn, d.sqDist(i, j));
                mx = Math.max(mx, d.dot(i, j));
                lmax = Math.max(lmax, d.b[j] - d.sqDist(i, j));
                smax = Math.max(smax, -d.sqDist(i, j));
            }
            double l = 0;
            double z = 0;
            double[] sw = new double[2];
            for (int j = 0; j < MANY; j++) {
                l += Math.exp(d.b[j] - d.sqDist(i, j) - lmax);
                double e = Math.exp(-d.sqDist(i, j) - smax);
                z += e;
                sw[0] += e * d.v[2 * j];
                sw[1] += e * d.v[2 * j + 1];
            }
            String at = " over " + over + ", M = " + m + ", row " + i;
            assertEquals(s, sum[i], 1e-4 * s, "SUM" + at);
            assertEquals((float) s, sumDouble[i], 1e-6 * s, "SUM (DOUBLE scheme)" + at);
            assertEquals(mn, min[i], 1e-5, "MIN" + at);
            assertEquals(mx, max[i], 1e-5, "MAX" + at);
            assertEquals(mn, d.sqDist(i, argMin[i]), 1e-5, "ARG_MIN" + at);
            assertEquals(mx, d.dot(i, argMax[i]), 1e-5, "ARG_MAX" + at);
            assertEquals(mn, minArg.values()[i], 1e-5, "MIN_ARG_MIN value" + at);
            assertEquals(mn, d.sqDist(i, minArg.indices()[i]), 1e-5, "MIN_ARG_MIN index" + at);
            assertEquals(mx, maxArg.values()[i], 1e-5, "MAX_ARG_MAX value" + at);
            assertEquals(mx, d.dot(i, maxArg.indices()[i]), 1e-5, "MAX_ARG_MAX index" + at);
            double ref = lmax + Math.log(l);
            assertEquals(ref, lse[i], 1e-5 * Math.abs(ref) + 1e-5, "LOG_SUM_EXP" + at);
            for (int c = 0; c < 2; c++) {
                assertEquals(sw[c] / z, softmax[2 * i + c], 1e-4, "SUM_SOFTMAX_WEIGHT component " + c + at);
            }
            int[] order = IntStream.range(0, MANY).boxed()
                    .sorted(Comparator.<Integer>comparingDouble(j -> d.sqDist(row, j)).thenComparingInt(j -> j))
                    .limit(K).mapToInt(Integer::intValue).toArray();
            for (int r = 0; r < K; r++) {
                double v = d.sqDist(i, order[r]);
                assertEquals(v, kMin[i * K + r], 1e-5, "K_MIN rank " + r + at);
                assertEquals(v, d.sqDist(i, argKMin[i * K + r]), 1e-5, "ARG_K_MIN rank " + r + at);
                assertEquals(v, kBoth.values()[i * K + r], 1e-5, "K_MIN_ARG_K_MIN value rank " + r + at);
                assertEquals(v, d.sqDist(i, kBoth.indices()[i * K + r]), 1e-5, "K_MIN_ARG_K_MIN index rank " + r + at);
            }
            assertEquals(K, IntStream.of(argKMin).skip((long) i * K).limit(K).distinct().count(), "distinct ARG_K_MIN" + at);
        }
    }
}
