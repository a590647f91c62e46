package org.jkeops.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.jkeops.it.Backends.Target;
import org.jkeops.runtime.Ranges;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Block-sparse Gaussian sums whose Exp arguments leave the range in chosen tiles, on every backend,
 * against a float64 sum of float32 exps over the kept pairs: the SIMD kernels run each 256-pair
 * tile with Exp's range handling left out and must redo exactly the tiles (and the rest of the row)
 * where an argument is out of range or NaN. Row clusters of 1, 7, 207 and 13 rows and five rows in
 * none (zero outputs), M != N, one cluster with no kept columns, gathered and single-interval
 * ranges; a far column in the middle of a row's columns (its exp flushes to 0, or overflows to
 * +inf with a negative g), two far rows (every tile out of range), a NaN column.
 */
class SpeculativeExpTest {
    static final int M = 233;
    static final int N = 1600;
    /** i-clusters: sizes 1, 7, 207, 13; rows 215..219 in none. */
    static final int[] RANGES_I = {0, 1, 1, 8, 8, 215, 220, 233};
    /** j-clusters: columns 1500..1509 in none. */
    static final int[] RANGES_J = {0, 300, 300, 301, 301, 1201, 1201, 1500, 1510, 1600};
    static final boolean[] KEEP = {
        true, false, true, false, false, // two intervals apart: gathered
        true, true, true, true, true, // touching intervals merged, plus one apart: gathered
        false, false, true, false, false, // one interval: swept in place
        false, true, false, true, false, // gathered, with the NaN column
    };
    static final int FAR_COLUMN = 700;
    static final int NAN_COLUMN = 1300;
    /** Row 0 (a cluster of one row, no NaN column) and a row of the 207-row cluster: every tile out of range. */
    static final int[] FAR_ROWS = {0, 100};

    static Stream<Arguments> cases() {
        return Backends.underTest().stream().flatMap(t -> Stream.of(
                Arguments.of(t, 1000f), Arguments.of(t, -1000f)));
    }

    /** Points in [0, 0.1]^dim (|arg| <= 30 for |g| = 1000), the far ones at +-10 in every coordinate. */
    static float[] points(int n, int dim, long seed, int[] far, float farAt, int nanAt) {
        SplittableRandom rnd = new SplittableRandom(seed);
        float[] p = new float[n * dim];
        for (int i = 0; i < p.length; i++) {
            p[i] = (float) rnd.nextDouble(0, 0.1);
        }
        for (int f : far) {
            for (int d = 0; d < dim; d++) {
                p[f * dim + d] = farAt;
            }
        }
        if (nanAt >= 0) {
            p[nanAt * dim + dim - 1] = Float.NaN;
        }
        return p;
    }

    @ParameterizedTest(name = "{0}, g = {1}")
    @MethodSource("cases")
    void tilesOutOfRangeAreRedoneExactly(Target target, float g) {
        SpeculativeExpKernels k = new SpeculativeExpKernelsImpl(Backends.runtime(target));
        Ranges ranges = Ranges.fromMatrix(RANGES_I, RANGES_J, KEEP);
        for (int dim : new int[] {3, 1}) {
            int width = dim == 3 ? 10 : 1;
            float[] x = points(M, dim, 11 + dim, FAR_ROWS, -10f, -1);
            float[] y = points(N, dim, 12 + dim, new int[] {FAR_COLUMN}, 10f, NAN_COLUMN);
            float[] v = new float[N * width];
            SplittableRandom rnd = new SplittableRandom(13);
            for (int i = 0; i < v.length; i++) {
                v[i] = (float) rnd.nextDouble(0.5, 1.5);
            }
            float[] got = dim == 3 ? k.gauss3x10(x, y, v, g, ranges) : k.gauss1(x, y, v, g, ranges);
            assertEquals(M * width, got.length);
            int nans = 0;
            int infs = 0;
            for (int i = 0; i < M; i++) {
                double[] want = new double[width];
                double[] abs = new double[width];
                for (int j = 0; j < N; j++) {
                    if (!kept(i, j)) {
                        continue;
                    }
                    double d2 = 0;
                    for (int d = 0; d < dim; d++) {
                        double diff = (double) x[i * dim + d] - y[j * dim + d];
                        d2 += diff * diff;
                    }
                    double e = (float) Math.exp(-g * d2); // float32's overflow at 88.72
                    for (int c = 0; c < width; c++) {
                        want[c] += e * v[j * width + c];
                        abs[c] += Math.abs(e * v[j * width + c]);
                    }
                }
                for (int c = 0; c < width; c++) {
                    float out = got[i * width + c];
                    String where = target + ", dim " + dim + ", g " + g + ", row " + i + ", column " + c;
                    if (Double.isNaN(want[c])) {
                        nans++;
                        assertTrue(Float.isNaN(out), where + ": want NaN, got " + out);
                    } else if (Double.isInfinite(want[c])) {
                        infs++;
                        assertEquals(Float.POSITIVE_INFINITY, out, where);
                    } else {
                        assertEquals(want[c], out, 1e-5 * abs[c] + 1e-30, where);
                    }
                }
            }
            // The data reach what they are meant to: NaN rows (the clusters of 7 and 13 rows keep the NaN column).
            assertEquals(20 * width, nans, "NaN outputs, " + target + ", dim " + dim);
            // +inf with g < 0: row 0 and the 207-row cluster reach the far column and no NaN.
            assertEquals(g < 0 ? 208 * width : 0, infs, "+inf outputs, " + target + ", dim " + dim);
        }
    }

    /** Whether pair (i, j) is kept, from the cluster lists and the keep matrix directly. */
    static boolean kept(int i, int j) {
        int ci = cluster(RANGES_I, i);
        int cj = cluster(RANGES_J, j);
        return ci >= 0 && cj >= 0 && KEEP[ci * (RANGES_J.length / 2) + cj];
    }

    static int cluster(int[] ranges, int p) {
        for (int c = 0; c < ranges.length / 2; c++) {
            if (ranges[2 * c] <= p && p < ranges[2 * c + 1]) {
                return c;
            }
        }
        return -1;
    }
}
