package org.jkeops.linalg;

import static org.jkeops.linalg.TestMatrices.randomMatrix;
import static org.jkeops.linalg.TestMatrices.randomVector;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/**
 * The fused and SIMD sweeps of LOBPCG's dense algebra against the unfused computation they
 * replace, on awkward lengths (one row, a few rows, not a multiple of a chunk, several chunks) and
 * widths 1 to 10. Where the fused code promises the same operations in the same order the
 * results must be equal to the last bit; the SIMD Gram matrices sum in another order and are
 * compared with a tolerance.
 */
class FusedSweepsTest {

    private static final int[] LENGTHS = {1, 7, 1023, 2 * RowBlocks.CHUNK + 77};

    private static double[] flatten(double[][] c, int cols) {
        double[] flat = new double[c.length * cols];
        for (int p = 0; p < c.length; p++) {
            System.arraycopy(c[p], 0, flat, p * cols, cols);
        }
        return flat;
    }

    @Test
    void simdRowProductsEqualTheScalarLoopBitForBit() {
        assumeTrue(RowBlocks.SIMD, "the JVM does not read jdk.incubator.vector");
        for (int n : LENGTHS) {
            for (int ka : new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 24, 36}) {
                for (int m : new int[] {1, 2, 4, 7, 8, 9, 10, 12, 16, 17}) {
                    double[] a = randomVector(n * ka, 13L * n + ka);
                    double[][] c = randomMatrix(ka, m, ka * 31L + m);
                    double[] start = randomVector(n * m, 5);
                    for (boolean add : new boolean[] {false, true}) {
                        double[] scalar = start.clone();
                        double[] simd = start.clone();
                        RowBlocks.rowsTimes(scalar, m, add, a, ka, flatten(c, m), 0, n);
                        VectorBlocks.rowsTimes(simd, m, add, a, ka, VectorBlocks.padded(c, ka, m), 0, n);
                        assertArrayEquals(scalar, simd, "n = " + n + ", ka = " + ka + ", m = " + m + ", add = " + add);
                    }
                }
            }
        }
    }

    @Test
    void simdGramsEqualPlainSumsOnAnyRowRange() {
        assumeTrue(RowBlocks.SIMD, "the JVM does not read jdk.incubator.vector");
        for (int n : LENGTHS) {
            for (int ka = 0; ka <= 10; ka++) {
                for (int kb : new int[] {1, 3, 8, 9, 10, 17}) {
                    double[] a = randomVector(n * ka, 7L * n + ka);
                    double[] b = randomVector(n * kb, 11L * n + kb);
                    int from = n / 3;
                    int to = n; // the last rows: the unmasked loads must stop before the end of b
                    double[] start = randomVector(ka * kb, 3);
                    double[] acc = start.clone();
                    VectorBlocks.gram(a, ka, b, kb, from, to, acc, new double[VectorBlocks.scratchLength()]);
                    for (int p = 0; p < ka; p++) {
                        for (int q = 0; q < kb; q++) {
                            double expected = start[p * kb + q];
                            for (int i = from; i < to; i++) {
                                expected += a[i * ka + p] * b[i * kb + q];
                            }
                            assertEquals(expected, acc[p * kb + q], 1e-12 * Math.max(1, to - from),
                                    "n = " + n + ", ka = " + ka + ", kb = " + kb + ", entry " + p + "," + q);
                        }
                    }
                }
            }
        }
    }

    @Test
    void scalarPanelGramsEqualPlainSums() {
        // the fallback without jdk.incubator.vector: Panels on their own
        for (int len : new int[] {1, 7, Panels.ROWS}) {
            for (int ku = 1; ku <= 10; ku++) {
                for (int kv : new int[] {1, 2, 5, 10}) {
                    int n = len + 3;
                    double[] a = randomVector(n * ku, ku);
                    double[] b = randomVector(n * kv, 100 + kv);
                    double[] pa = new double[ku * Panels.ROWS];
                    double[] pb = new double[kv * Panels.ROWS];
                    Panels.load(a, ku, 3, len, pa);
                    Panels.load(b, kv, 3, len, pb);
                    double[] acc = new double[ku * kv];
                    Panels.gram(pa, ku, pb, kv, len, acc);
                    for (int p = 0; p < ku; p++) {
                        for (int q = 0; q < kv; q++) {
                            double expected = 0;
                            for (int i = 3; i < 3 + len; i++) {
                                expected += a[i * ku + p] * b[i * kv + q];
                            }
                            assertEquals(expected, acc[p * kv + q], 1e-12 * len, "len " + len + " entry " + p + "," + q);
                        }
                    }
                }
            }
        }
    }

    /**
     * A block's Gram matrix with itself skips the SIMD tiles below the diagonal and mirrors the
     * part above: both triangles must still equal plain sums, through one Gram matrix and through
     * a sweep of several where the block appears with itself and with another.
     */
    @Test
    void gramMatricesOfABlockWithItselfAreWholeAndSymmetric() {
        for (int n : LENGTHS) {
            for (int k : new int[] {1, 2, 3, 7, 8, 9, 11, 12, 17, 24}) {
                double[] a = randomVector(n * k, 41L * n + k);
                double[] b = randomVector(n * 5, 43L * n + k);
                double[][] alone = RowBlocks.gram(a, k, a, k, n);
                double[][][] several = RowBlocks.grams(new double[][] {a, b}, new int[] {k, 5},
                        new int[][] {{0, 0}, {0, 1}, {1, 1}}, n);
                for (int p = 0; p < k; p++) {
                    for (int q = 0; q < k; q++) {
                        double expected = 0;
                        for (int i = 0; i < n; i++) {
                            expected += a[i * k + p] * a[i * k + q];
                        }
                        String at = "n = " + n + ", k = " + k + ", entry " + p + "," + q;
                        assertEquals(expected, alone[p][q], 1e-12 * n, at);
                        assertEquals(alone[q][p], alone[p][q], at); // exactly symmetric
                        assertEquals(alone[p][q], several[0][p][q], at);
                    }
                }
                assertArrayEquals(RowBlocks.gram(b, 5, b, 5, n)[4], several[2][4], "n = " + n + ", k = " + k);
            }
        }
    }

    /** The scalar twin of the SIMD Gram sweep that a fresh JVM runs first must give the same bits. */
    @Test
    void scalarGramTwinEqualsTheSimdSweepBitForBit() {
        assumeTrue(RowBlocks.SIMD, "the JVM does not read jdk.incubator.vector");
        for (int n : LENGTHS) {
            for (int ka : new int[] {0, 1, 2, 3, 7, 8, 9, 11, 12, 15, 16, 17}) {
                for (int kb : new int[] {1, 3, 8, 9, 12, 17}) {
                    double[] a = randomVector(n * ka, 51L * n + ka);
                    double[] b = randomVector(n * kb, 53L * n + kb);
                    boolean same = ka == kb;
                    double[] right = same ? a : b; // a block with itself: the upper triangle
                    int from = n / 3;
                    double[] start = randomVector(ka * kb, 7);
                    double[] simd = start.clone();
                    double[] scalar = start.clone();
                    VectorBlocks.gram(a, ka, right, kb, from, n, simd, new double[VectorBlocks.scratchLength()]);
                    VectorBlocks.gramInScalar(a, ka, right, kb, from, n, scalar);
                    for (int p = 0; p < ka; p++) {
                        for (int q = same ? p : 0; q < kb; q++) {
                            assertEquals(simd[p * kb + q], scalar[p * kb + q], 0.0,
                                    "n = " + n + ", ka = " + ka + ", kb = " + kb + ", entry " + p + "," + q);
                        }
                    }
                }
            }
        }
    }

    @Test
    void fusedUpdatesEqualTheSeparateProductsAndCopies() {
        for (int n : LENGTHS) {
            for (int m = 1; m <= 10; m++) {
                for (boolean withP : new boolean[] {false, true}) {
                    int wr = Math.max(1, m - 2);
                    double[] x = randomVector(n * m, 1), ax = randomVector(n * m, 2);
                    double[] w = randomVector(n * wr, 3), aw = randomVector(n * wr, 4);
                    double[] p = randomVector(n * m, 5), ap = randomVector(n * m, 6);
                    double[][] cw = randomMatrix(wr, m, 7), cp = randomMatrix(m, m, 8), cx = randomMatrix(m, m, 9);
                    double[][] b = withP ? new double[][] {w, p} : new double[][] {w};
                    double[][] ab = withP ? new double[][] {aw, ap} : new double[][] {aw};
                    int[] widths = withP ? new int[] {wr, m} : new int[] {wr};
                    double[][][] c = withP ? new double[][][] {cw, cp} : new double[][][] {cw};
                    // unfused, as LobpcgRun did it
                    double[] p1 = new double[n * m];
                    double[] ap1 = new double[n * m];
                    RowBlocks.sumOfProducts(p1, m, false, b, widths, c, n);
                    RowBlocks.sumOfProducts(ap1, m, false, ab, widths, c, n);
                    double[] x1 = p1.clone();
                    double[] ax1 = ap1.clone();
                    Blocks.addTimes(x1, m, x, m, cx, n);
                    Blocks.addTimes(ax1, m, ax, m, cx, n);
                    // fused, into stale blocks (LobpcgRun reuses the previous iteration's)
                    double[] p2 = randomVector(n * m, 10), ap2 = randomVector(n * m, 11), x2 = randomVector(n * m, 12);
                    double[] ax2 = randomVector(n * m, 13);
                    RowBlocks.updates(p2, x2, b, ab, widths, c, ap2, ax2, x, ax, cx, m, n);
                    String at = "n = " + n + ", m = " + m + ", withP = " + withP;
                    assertArrayEquals(p1, p2, "P, " + at);
                    assertArrayEquals(ap1, ap2, "AP, " + at);
                    assertArrayEquals(x1, x2, "X, " + at);
                    assertArrayEquals(ax1, ax2, "AX, " + at);
                }
            }
        }
    }

    @Test
    void projectionSweepsEqualTheSubtractionThenTheGramMatrix() {
        for (int n : LENGTHS) {
            for (int m = 1; m <= 10; m++) {
                for (int wa : new int[] {1, Math.max(1, m - 3), m}) {
                    double[] x = randomVector(n * m, 31);
                    double[][] c = randomMatrix(m, wa, 32);
                    int[][][] requests = {{RowBlocks.B_T_A}, {RowBlocks.A_T_A}, {RowBlocks.B_T_A, RowBlocks.A_T_A}};
                    for (int[][] grams : requests) {
                        double[] w1 = randomVector(n * wa, 33);
                        double[] w2 = w1.clone();
                        Blocks.subtractTimes(w1, wa, x, m, c, n);
                        double[][][] g = RowBlocks.subtractTimesThenGrams(w2, wa, x, m, c, grams, n);
                        String at = "n = " + n + ", m = " + m + ", wa = " + wa + ", grams " + grams.length;
                        assertArrayEquals(w1, w2, "W, " + at);
                        assertEquals(grams.length, g.length, at);
                        for (int t = 0; t < grams.length; t++) {
                            double[][] expected = grams[t] == RowBlocks.B_T_A ? RowBlocks.gram(x, m, w1, wa, n)
                                    : RowBlocks.gram(w1, wa, w1, wa, n);
                            assertEquals(expected.length, g[t].length, at);
                            for (int p = 0; p < expected.length; p++) {
                                assertArrayEquals(expected[p], g[t][p], "Gram " + t + " row " + p + ", " + at);
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void residualsTheirNormsAndGramEqualTheSeparatePasses() {
        for (int n : LENGTHS) {
            for (int m : new int[] {1, 2, 3, 5, 8, 10, 12}) {
                double[] x = randomVector(n * m, 21), ax = randomVector(n * m, 22);
                double[] theta = randomVector(m, 23);
                double[] norms = new double[m];
                double[] r = randomVector(n * m, 24); // a reused block: every value must be written
                double[][] xr = RowBlocks.residuals(ax, x, theta, m, n, norms, r);
                double[][] separate = RowBlocks.gram(x, m, r, m, n);
                for (int p = 0; p < m; p++) {
                    assertArrayEquals(separate[p], xr[p], "X^T R row " + p + ", n = " + n + ", m = " + m);
                }
                double[] expected = new double[n * m];
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < m; j++) {
                        expected[i * m + j] = ax[i * m + j] - theta[j] * x[i * m + j];
                    }
                }
                assertArrayEquals(expected, r, "n = " + n + ", m = " + m);
                assertArrayEquals(Blocks.columnNorms(expected, m, n), norms, "norms, n = " + n + ", m = " + m);
            }
        }
    }

    @Test
    void theFirstNonFiniteValueIsFoundInAnyChunk() {
        int n = 3 * RowBlocks.CHUNK + 5;
        double[] a = randomVector(n, 1);
        assertEquals(-1, RowBlocks.firstNonFinite(a));
        a[n - 1] = Double.NaN;
        a[2 * RowBlocks.CHUNK + 1] = Double.POSITIVE_INFINITY;
        assertEquals(2 * RowBlocks.CHUNK + 1, RowBlocks.firstNonFinite(a));
        a[0] = Double.NEGATIVE_INFINITY;
        assertEquals(0, RowBlocks.firstNonFinite(a));
    }

    /** A float32 block kernel of width k with a distinct result per row and column. */
    private static LinearOperator floatKernel(int n, int k) {
        FloatBlockMatVec block = b -> {
            float[] o = new float[n * k];
            for (int i = 0; i < n; i++) {
                int next = ((i + 1) % n) * k;
                for (int c = 0; c < k; c++) {
                    o[i * k + c] = 1.5f * b[i * k + c] + b[next + c] * (1 + 0.01f * c) + 0.25f * i / n;
                }
            }
            return o;
        };
        FloatMatVec single = v -> {
            float[] o = new float[n];
            for (int i = 0; i < n; i++) {
                o[i] = 1.5f * v[i] + v[(i + 1) % n] + 0.25f * i / n;
            }
            return o;
        };
        return LinearOperator.ofFloat(n, n, single, k, block);
    }

    /** n diagonal scales in [0.5, 1.5), as D^-1/2 of a kernel's degrees would be. */
    private static double[] positiveScales(int n, long seed) {
        double[] d = randomVector(n, seed);
        for (int i = 0; i < n; i++) {
            d[i] = 0.5 + Math.abs(d[i]);
        }
        return d;
    }

    /** I - D K D built from the operator algebra, as the spectral tutorial builds its L_norm. */
    private static LinearOperator normalizedLaplacian(double[] d, LinearOperator kernel) {
        LinearOperator half = LinearOperator.diag(d);
        return LinearOperator.identity(d.length)
                .minus(half.times(LinearOperator.symmetric(kernel).named("K")).times(half)).named("L_norm");
    }

    /** I - D K D done factor by factor as the operators did before they were fused, for the reference. */
    private static double[] unfusedNormalized(double[] d, LinearOperator kernel, double[] in, int k) {
        int n = d.length;
        double[] scaled = new double[n * k];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < k; c++) {
                scaled[i * k + c] = d[i] * in[i * k + c];
            }
        }
        float[] narrow = new float[n * k];
        for (int e = 0; e < narrow.length; e++) {
            narrow[e] = (float) scaled[e];
        }
        float[] y = kernel.applyBlock(narrow, k);
        double[] out = in.clone();
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < k; c++) {
                double v = d[i] * (double) y[i * k + c];
                out[i * k + c] += -1.0 * v;
            }
        }
        return out;
    }

    @Test
    void theNormalizedLaplacianOnAFloatKernelEqualsTheFactorByFactorProduct() {
        for (int n : LENGTHS) {
            for (int k = 1; k <= 10; k++) {
                double[] d = positiveScales(n, 40L + n);
                LinearOperator kernel = floatKernel(n, k);
                LinearOperator norm = normalizedLaplacian(d, kernel);
                double[] in = randomVector(n * k, 50L + k);
                assertArrayEquals(unfusedNormalized(d, kernel, in, k), norm.applyBlock(in, k), "n = " + n + ", k = " + k);
            }
        }
    }

    @Test
    void blocksNarrowerThanTheKernelArePaddedAsTheKernelOperatorPadsThem() {
        // LOBPCG's W loses columns as they converge: blocks of 1 .. w - 1 columns on a width-w
        // kernel (one padded pass from MIN_PADDED columns on, single passes below), bit for bit
        // the factor-by-factor product, whose kernel operator pads them itself
        int w = 6;
        for (int n : LENGTHS) {
            double[] d = positiveScales(n, 60L + n);
            LinearOperator kernel = floatKernel(n, w);
            LinearOperator half = LinearOperator.diag(d);
            LinearOperator norm = normalizedLaplacian(d, kernel);
            for (int k = 1; k <= w; k++) {
                double[] in = randomVector(n * k, 70L + k);
                double[] expected = unfusedNormalized(d, kernel, in, k);
                double[] out = new double[n * k];
                java.util.Arrays.fill(out, Double.NaN); // poisoned: every value must be written
                norm.applyBlock(in, out, k);
                assertArrayEquals(expected, out, "n = " + n + ", k = " + k + " of width " + w);
                double[] dk = new double[n * k];
                java.util.Arrays.fill(dk, Double.NaN);
                half.times(kernel).times(half).applyBlock(in, dk, k);
                double[] minus = in.clone();
                for (int e = 0; e < dk.length; e++) {
                    minus[e] += -1.0 * dk[e];
                }
                assertArrayEquals(expected, minus, "D K D alone, n = " + n + ", k = " + k);
            }
        }
    }

    @Test
    void everyShapeOfDiagonalsAroundAFloatKernelEqualsItsFactorByFactorProduct() {
        int n = 1023;
        int k = 10;
        LinearOperator kernel = floatKernel(n, k);
        LinearOperator da = LinearOperator.diag(randomVector(n, 1));
        LinearOperator db = LinearOperator.diag(randomVector(n, 2));
        double[] in = randomVector(n * k, 3);
        // fused: D K, K D, D K D; not fused (two diagonals on a side, two kernels): the general path
        LinearOperator[][] shapes = {{da, kernel}, {kernel, db}, {da, kernel, db}, {da, db, kernel}, {kernel, kernel}};
        for (LinearOperator[] factors : shapes) {
            LinearOperator product = factors[0];
            for (int f = 1; f < factors.length; f++) {
                product = product.times(factors[f]);
            }
            double[] expected = in;
            for (int f = factors.length - 1; f >= 0; f--) {
                expected = factors[f].applyBlock(expected, k);
            }
            assertArrayEquals(expected, product.applyBlock(in, k), "product " + product);
            // as a later term of a sum, added in place: D - P + 2 P
            double[] sum = db.minus(product).plus(product.scale(2)).applyBlock(in, k);
            double[] first = db.applyBlock(in, k);
            double[] twice = product.scale(2).applyBlock(in, k);
            for (int e = 0; e < sum.length; e++) {
                assertEquals((first[e] + -1.0 * expected[e]) + 1.0 * twice[e], sum[e], 0.0,
                        "entry " + e + " of D - P + 2 P, P = " + product);
            }
        }
    }

    @Test
    void aKernelOfAnotherWidthTakesTheGeneralPath() {
        int n = 1023;
        LinearOperator kernel = floatKernel(n, 4);
        double[] d = randomVector(n, 9);
        LinearOperator half = LinearOperator.diag(d);
        LinearOperator norm = LinearOperator.identity(n).minus(half.times(kernel).times(half));
        double[] in = randomVector(n * 10, 10);
        double[] expected = in.clone();
        double[] y = half.applyBlock(kernel.applyBlock(half.applyBlock(in, 10), 10), 10);
        for (int e = 0; e < expected.length; e++) {
            expected[e] += -1.0 * y[e];
        }
        assertArrayEquals(expected, norm.applyBlock(in, 10));
    }
}
