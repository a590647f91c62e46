package org.jkeops.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.jkeops.cpu.SimdSupport;
import org.jkeops.it.BlockSparseTest.Layout;
import org.jkeops.runtime.Backend;
import org.jkeops.runtime.KernelRuntime;
import org.jkeops.runtime.Ranges;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Where the tiled SIMD schedule's packed vectors come from ({@link TiledPackingKernels}, D = 40):
 * a dense call packs the reduced variable straight from its rows on the runtime's threads and
 * makes no columns; few rows on two threads split j, each part packing its own columns; a
 * block-sparse call packs from the columns or a block's gathered columns; the scalar tail (N not
 * a multiple of the lanes) reads the last, zero-padded packed vector. Against a float64 reference
 * over the kept pairs, at every width, on one and two threads, dense and under the block-sparse
 * layouts of {@link BlockSparseTest}; a repeated call is bitwise the same. Two sums reading one
 * packed load ({@code shared}, {@code sharedPrefix}) read the same vectors.
 */
class TiledPackingTest {
    private static final int D = 40;
    private static final int K = 3;
    /** (M, N): tails of 15 and 13 columns; 5 x 19,997 takes the split-j path on two threads. */
    private static final int[][] SIZES = {{207, 1023}, {5, 19_997}, {1, 1}, {7, 13}};

    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        for (int bits = Math.min(512, SimdSupport.preferredBits()); bits >= 128; bits /= 2) {
            for (int threads = 1; threads <= 2; threads++) {
                all.add(Arguments.of(bits, threads));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} bits, {1} threads")
    @MethodSource("cases")
    void packedVectorsGiveTheReference(int bits, int threads) {
        assertTrue(Backends.available(Backend.SIMD), "SIMD backend unavailable");
        try (KernelRuntime rt = KernelRuntime.builder().backend(Backend.SIMD).strict(true).threads(threads)
                .vectorBits(bits).build()) {
            TiledPackingKernels k = new TiledPackingKernelsImpl(rt);
            for (int[] size : SIZES) {
                int m = size[0];
                int n = size[1];
                SplittableRandom rnd = new SplittableRandom(31L * m + n);
                double[] x = draw(rnd, m * D);
                double[] y = draw(rnd, n * D);
                double[] b = draw(rnd, n);
                double g = 0.2;
                for (Layout layout : BlockSparseTest.layouts(m * 7L + n, m, n)) {
                    Ranges rg = layout == null ? null : layout.ranges();
                    Ref.Mask mask = layout == null ? (i, j) -> true : layout.mask(m, n);
                    String where = String.format(Locale.ROOT, "%d bits, %d threads, M = %d, N = %d, %s", bits, threads, m, n,
                            layout == null ? "dense" : layout.name());
                    float[] xf = TestData.toFloat(x);
                    float[] yf = TestData.toFloat(y);
                    float[] bf = TestData.toFloat(b);
                    float[] gf = k.gauss(xf, yf, bf, (float) g, rg);
                    check(where + ", gauss f32", gaussRef(x, y, b, g, false, m, n, mask), gf, 1e-4);
                    assertArrayEquals(gf, k.gauss(xf, yf, bf, (float) g, rg), where + ": repeated call");
                    check(where + ", gauss f64", gaussRef(x, y, b, g, false, m, n, mask), k.gauss(x, y, b, g, rg), 1e-10);
                    check(where + ", gaussElem f32", gaussRef(x, y, b, g, true, m, n, mask), k.gaussElem(xf, yf, (float) g, rg),
                            1e-4);
                    check(where + ", shared f32", sharedRef(x, y, D, m, n, mask), k.shared(xf, yf, rg), 1e-4);
                    check(where + ", rowNorm f32", rowNormRef(x, y, D, m, n, mask), k.rowNorm(xf, yf, rg), 1e-4);
                    check(where + ", sharedPrefix f64", sharedRef(x, y, 16, m, n, mask), k.sharedPrefix(x, y, rg), 1e-10);
                    if (n >= K) {
                        float[] got = k.kMin(xf, yf, rg);
                        double[] want = kMinRef(x, y, m, n, mask);
                        for (int e = 0; e < want.length; e++) {
                            double tol = 1e-4 * Math.abs(want[e]) + 1e-6;
                            assertTrue(want[e] == got[e] || Math.abs(want[e] - got[e]) <= tol,
                                    where + ", kMin: output " + e + " is " + got[e] + ", expected " + want[e]);
                        }
                    }
                }
            }
        }
    }

    private static void check(String where, double[][] want, float[] got, double rtol) {
        check(where, want, TestData.toDouble(got), rtol);
    }

    /** {@code want[0]} the values, {@code want[1]} the sums of their terms' magnitudes (the error scale). */
    private static void check(String where, double[][] want, double[] got, double rtol) {
        assertEquals(want[0].length, got.length, where + ": outputs");
        for (int i = 0; i < got.length; i++) {
            assertTrue(Math.abs(want[0][i] - got[i]) <= rtol * want[1][i] + 1e-30,
                    where + ": row " + i + " is " + got[i] + ", expected " + want[0][i]);
        }
    }

    private static double sq(double[] x, double[] y, int i, int j) {
        double s = 0;
        for (int d = 0; d < D; d++) {
            double t = x[i * D + d] - y[j * D + d];
            s += t * t;
        }
        return s;
    }

    /** The Gaussian sums, weights b (or component 7 of y), over the kept pairs; and their scale. */
    private static double[][] gaussRef(double[] x, double[] y, double[] b, double g, boolean elem, int m, int n,
            Ref.Mask mask) {
        double[][] r = new double[2][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                if (mask.kept(i, j)) {
                    double t = Math.exp(-g * sq(x, y, i, j)) * (elem ? y[j * D + 7] : b[j]);
                    r[0][i] += t;
                    r[1][i] += Math.abs(t);
                }
            }
        }
        return r;
    }

    @ParameterizedTest(name = "{0} bits, {1} threads")
    @MethodSource("cases")
    void wideRowSumsLoopOncePerRow(int bits, int threads) {
        try (KernelRuntime rt = KernelRuntime.builder().backend(Backend.SIMD).strict(true).threads(threads)
                .vectorBits(bits).build()) {
            TiledPackingKernels k = new TiledPackingKernelsImpl(rt);
            for (int[] size : new int[][] {{7, 13}, {41, 517}}) {
                int m = size[0];
                int n = size[1];
                SplittableRandom rnd = new SplittableRandom(17L * m + n);
                double[] x = draw(rnd, m * 300);
                double[] y = draw(rnd, n * 300);
                check(String.format(Locale.ROOT, "%d bits, %d threads, M = %d, N = %d, rowNormWide", bits, threads, m, n),
                        rowNormRef(x, y, 300, m, n, (i, j) -> true), k.rowNormWide(TestData.toFloat(x), TestData.toFloat(y)),
                        1e-4);
                double[] xs = draw(rnd, m * 1000);
                double[] b = draw(rnd, n);
                double g = 1e-3;
                double[][] want = new double[2][m];
                for (int i = 0; i < m; i++) {
                    double norm = 0;
                    for (int d = 0; d < 1000; d++) {
                        norm += xs[i * 1000 + d] * xs[i * 1000 + d];
                    }
                    for (int j = 0; j < n; j++) {
                        want[0][i] += Math.exp(-norm * g) * b[j];
                        want[1][i] += Math.exp(-norm * g) * Math.abs(b[j]);
                    }
                }
                check(String.format(Locale.ROOT, "%d bits, %d threads, M = %d, N = %d, rowNormOnly", bits, threads, m, n), want,
                        k.rowNormOnly(TestData.toFloat(xs), TestData.toFloat(b), (float) g), 1e-4);
            }
        }
    }

    /** {@code SqDist(x, y) * SqNorm2(x)} over the kept pairs, D components; and the scale (the same: all terms >= 0). */
    private static double[][] rowNormRef(double[] x, double[] y, int dim, int m, int n, Ref.Mask mask) {
        double[][] r = new double[2][m];
        for (int i = 0; i < m; i++) {
            double norm = 0;
            for (int d = 0; d < dim; d++) {
                norm += x[i * dim + d] * x[i * dim + d];
            }
            for (int j = 0; j < n; j++) {
                if (mask.kept(i, j)) {
                    double s = 0;
                    for (int d = 0; d < dim; d++) {
                        double t = x[i * dim + d] - y[j * dim + d];
                        s += t * t;
                    }
                    r[0][i] += s * norm;
                    r[1][i] += s * norm;
                }
            }
        }
        return r;
    }

    /** {@code SqDist(x, y)} times the dot product of the first {@code dot} components, over the kept pairs; and the scale. */
    private static double[][] sharedRef(double[] x, double[] y, int dot, int m, int n, Ref.Mask mask) {
        double[][] r = new double[2][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                if (mask.kept(i, j)) {
                    double p = 0;
                    double pAbs = 0;
                    for (int d = 0; d < dot; d++) {
                        p += x[i * D + d] * y[j * D + d];
                        pAbs += Math.abs(x[i * D + d] * y[j * D + d]);
                    }
                    double s = sq(x, y, i, j);
                    r[0][i] += s * p;
                    r[1][i] += s * pAbs;
                }
            }
        }
        return r;
    }

    /** The K smallest distances over the kept pairs, ascending, +infinity past the kept ones. */
    private static double[] kMinRef(double[] x, double[] y, int m, int n, Ref.Mask mask) {
        double[] r = new double[m * K];
        for (int i = 0; i < m; i++) {
            double[] best = new double[K];
            Arrays.fill(best, Double.POSITIVE_INFINITY);
            for (int j = 0; j < n; j++) {
                if (mask.kept(i, j)) {
                    double s = sq(x, y, i, j);
                    for (int q = 0; q < K; q++) {
                        if (s < best[q]) {
                            System.arraycopy(best, q, best, q + 1, K - q - 1);
                            best[q] = s;
                            break;
                        }
                    }
                }
            }
            System.arraycopy(best, 0, r, i * K, K);
        }
        return r;
    }

    private static double[] draw(SplittableRandom rnd, int len) {
        double[] v = new double[len];
        for (int i = 0; i < len; i++) {
            v[i] = (float) rnd.nextDouble();
        }
        return v;
    }
}
