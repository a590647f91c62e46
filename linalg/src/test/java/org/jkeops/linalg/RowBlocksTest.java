package org.jkeops.linalg;

import static org.jkeops.linalg.TestMatrices.randomMatrix;
import static org.jkeops.linalg.TestMatrices.randomVector;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The tiled tall-skinny products against plain triple loops, on widths and lengths that exercise every tile remainder. */
class RowBlocksTest {

    private static double naiveGram(double[] a, int ka, double[] b, int kb, int n, int p, int q) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += a[i * ka + p] * b[i * kb + q];
        }
        return s;
    }

    @Test
    void gramsEqualPlainSums() {
        // n: below one panel, across panels and chunks (4096 rows), with a ragged end
        for (int n : new int[] {1, 63, 65, 8192 + 77, 20_011}) {
            int[] widths = {10, 7, 3, 1, 5};
            double[][] blocks = new double[widths.length][];
            for (int b = 0; b < widths.length; b++) {
                blocks[b] = randomVector(n * widths[b], 31L * n + b);
            }
            int[][] pairs = {{0, 0}, {0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 0}, {1, 1}, {2, 0}};
            double[][][] g = RowBlocks.grams(blocks, widths, pairs, n);
            for (int t = 0; t < pairs.length; t++) {
                int l = pairs[t][0];
                int r = pairs[t][1];
                for (int p = 0; p < widths[l]; p++) {
                    for (int q = 0; q < widths[r]; q++) {
                        double expected = naiveGram(blocks[l], widths[l], blocks[r], widths[r], n, p, q);
                        assertEquals(expected, g[t][p][q], 1e-12 * Math.max(1, n),
                                "n = " + n + ", pair " + l + "," + r + " entry " + p + "," + q);
                    }
                }
            }
        }
    }

    @Test
    void sumOfProductsEqualsPlainLoops() {
        for (int n : new int[] {1, 2, 3, 8192 + 77}) {
            for (int m : new int[] {1, 3, 4, 10}) {
                int[] widths = {10, 3};
                double[][] a = {randomVector(n * widths[0], n + m), randomVector(n * widths[1], 7L * n + m)};
                double[][][] c = {randomMatrix(widths[0], m, 5), randomMatrix(widths[1], m, 6)};
                double[] start = randomVector(n * m, 99);
                for (boolean accumulate : new boolean[] {false, true}) {
                    double[] out = start.clone();
                    RowBlocks.sumOfProducts(out, m, accumulate, a, widths, c, n);
                    for (int i = 0; i < n; i++) {
                        for (int q = 0; q < m; q++) {
                            double expected = accumulate ? start[i * m + q] : 0;
                            for (int t = 0; t < a.length; t++) {
                                for (int p = 0; p < widths[t]; p++) {
                                    expected += a[t][i * widths[t] + p] * c[t][p][q];
                                }
                            }
                            assertEquals(expected, out[i * m + q], 1e-12,
                                    "n = " + n + ", m = " + m + ", accumulate = " + accumulate + ", row " + i + ", column " + q);
                        }
                    }
                }
            }
        }
    }

    @Test
    void residualNormsEqualPlainSums() {
        int n = 8192 + 5;
        double[] a = randomVector(n * 3, 4);
        // theta = 0: the residual block is a itself, so its norms are a's column norms
        double[] norms = new double[3];
        RowBlocks.residuals(a, randomVector(n * 3, 5), new double[3], 3, n, norms, new double[n * 3]);
        for (int c = 0; c < 3; c++) {
            assertEquals(Math.sqrt(naiveGram(a, 3, a, 3, n, c, c)), norms[c], 1e-12 * n, "column " + c);
        }
    }
}
