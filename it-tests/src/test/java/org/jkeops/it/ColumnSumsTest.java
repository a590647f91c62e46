package org.jkeops.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.jkeops.it.BlockSparseTest.Layout;
import org.jkeops.runtime.Ranges;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sums over the reduced side's components alone ({@link ColumnSumsKernels}) on every backend, at
 * awkward sizes, dense and block-sparse, against float64 references: the sum loops (tiled on SIMD
 * from 16 components), once per row of a tile, and the scalar tail loops it too.
 */
class ColumnSumsTest {
    private static final int[][] SIZES = {{207, 1023}, {7, 13}, {1, 1}, {3, 0}, {0, 5}};

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.jkeops.it.Backends#underTest")
    void columnNormsMatchTheReference(Backends.Target target) {
        ColumnSumsKernels k = new ColumnSumsKernelsImpl(Backends.runtime(target));
        for (int[] size : SIZES) {
            int m = size[0];
            int n = size[1];
            SplittableRandom rnd = new SplittableRandom(17L * m + n);
            String where = target + ", M = " + m + ", N = " + n;
            {
                double[] x = draw(rnd, m * 300);
                double[] y = draw(rnd, n * 300);
                float[] got = k.cosine(TestData.toFloat(x), TestData.toFloat(y));
                double[] want = new double[m];
                double[] scale = new double[m];
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < n; j++) {
                        double c = dot(x, i, y, j, 300) / Math.sqrt(dot(y, j, y, j, 300));
                        want[i] += c;
                        scale[i] += Math.abs(c);
                    }
                }
                check(where + ", cosine", want, scale, TestData.toDouble(got), 1e-4);
                double[] wantI = new double[n];
                double[] scaleI = new double[n];
                for (int j = 0; j < n; j++) {
                    for (int i = 0; i < m; i++) {
                        double c = dot(x, i, y, j, 300) / Math.sqrt(dot(x, i, x, i, 300));
                        wantI[j] += c;
                        scaleI[j] += Math.abs(c);
                    }
                }
                check(where + ", cosineOverI", wantI, scaleI, k.cosineOverI(x, y), 1e-11);
            }
            {
                double[] x = draw(rnd, m * 129);
                double[] y = draw(rnd, n * 129);
                double[] b = draw(rnd, n);
                double g = 0.05;
                double[] terms = new double[m * n];
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < n; j++) {
                        terms[i * n + j] = Math.exp(g * (2 * dot(x, i, y, j, 129) - dot(x, i, x, i, 129)
                                - dot(y, j, y, j, 129))) * b[j];
                    }
                }
                checkUnderLayouts(where + ", gauss", m * 5L + n, m, n, terms, rg -> k.gauss(x, y, b, g, rg), 1e-11);
                if (n >= 5) {
                    float[] xf = TestData.toFloat(x);
                    float[] yf = TestData.toFloat(y);
                    int[] got = k.knn(xf, yf);
                    double[] xr = TestData.toDouble(xf);
                    double[] yr = TestData.toDouble(yf);
                    double[] norms = new double[n];
                    for (int j = 0; j < n; j++) {
                        norms[j] = Math.sqrt(dot(yr, j, yr, j, 129));
                    }
                    for (int i = 0; i < m; i++) {
                        double[] values = new double[n];
                        for (int j = 0; j < n; j++) {
                            values[j] = -dot(xr, i, yr, j, 129) / norms[j];
                        }
                        double[] sorted = values.clone();
                        Arrays.sort(sorted);
                        for (int r = 0; r < 5; r++) {
                            // by the value it points at: near ties may swap indices
                            assertEquals(sorted[r], values[got[i * 5 + r]], 1e-5 * (1 + Math.abs(sorted[r])),
                                    where + ", knn row " + i + " rank " + r);
                        }
                    }
                }
            }
            {
                double[] x = draw(rnd, m * 40);
                double[] y = draw(rnd, n * 40);
                double[] terms = new double[m * n];
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < n; j++) {
                        terms[i * n + j] = dot(x, i, y, j, 40) / Math.sqrt(dot(y, j, y, j, 40));
                    }
                }
                checkUnderLayouts(where + ", cosine40", m * 3L + n, m, n, terms,
                        rg -> TestData.toDouble(k.cosine40(TestData.toFloat(x), TestData.toFloat(y), rg)), 1e-4);
            }
        }
    }

    /**
     * The kernel dense and under each block-sparse layout of {@link BlockSparseTest} against the row
     * sums of the kept pairs' {@code terms} (M x N, row-major).
     */
    private static void checkUnderLayouts(String where, long seed, int m, int n, double[] terms,
            Function<Ranges, double[]> kernel, double rtol) {
        for (Layout layout : BlockSparseTest.layouts(seed, m, n)) {
            Ref.Mask mask = layout == null ? (i, j) -> true : layout.mask(m, n);
            double[] want = new double[m];
            double[] scale = new double[m];
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    if (mask.kept(i, j)) {
                        want[i] += terms[i * n + j];
                        scale[i] += Math.abs(terms[i * n + j]);
                    }
                }
            }
            check(where + ", " + (layout == null ? "dense" : layout.name()), want, scale,
                    kernel.apply(layout == null ? null : layout.ranges()), rtol);
        }
    }

    private static double dot(double[] a, int i, double[] b, int j, int dim) {
        double s = 0;
        for (int d = 0; d < dim; d++) {
            s += a[i * dim + d] * b[j * dim + d];
        }
        return s;
    }

    private static double[] draw(SplittableRandom rnd, int len) {
        double[] a = new double[len];
        for (int q = 0; q < len; q++) {
            a[q] = rnd.nextDouble(-1, 1);
        }
        return a;
    }

    /** Each row within {@code rtol} of the sum of the terms' magnitudes (cancelling sums), as many rows as expected. */
    private static void check(String where, double[] want, double[] scale, double[] got, double rtol) {
        assertEquals(want.length, got.length, where + ": rows");
        for (int i = 0; i < want.length; i++) {
            assertEquals(want[i], got[i], rtol * (scale[i] + 1e-300) + 1e-300, where + ", row " + i);
        }
    }
}
