package org.jkeops.linalg;

import static org.jkeops.linalg.EigshTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** LOBPCG against dense eigendecompositions from Hipparchus. */
class LobpcgTest {

    private static final int N = 400;

    /** {@code H diag(lambda) H}, H a Householder reflection: a chosen spectrum with dense eigenvectors. */
    private record Known(double[] lambda, double[] u, LinearOperator op) {

        static Known of(double[] lambda, long seed) {
            int n = lambda.length;
            double[] u = TestMatrices.randomVector(n, seed);
            double uu = TestMatrices.dot(u, u);
            LinearOperator op = LinearOperator.symmetric(LinearOperator.of(n, n, v -> {
                double[] w = reflect(v, u, uu);
                for (int i = 0; i < n; i++) {
                    w[i] *= lambda[i];
                }
                return reflect(w, u, uu);
            }));
            return new Known(lambda.clone(), u, op);
        }

        static double[] reflect(double[] v, double[] u, double uu) {
            double c = 2 * TestMatrices.dot(u, v) / uu;
            double[] out = new double[v.length];
            for (int i = 0; i < v.length; i++) {
                out[i] = v[i] - c * u[i];
            }
            return out;
        }

        double[] sorted() {
            double[] s = lambda.clone();
            java.util.Arrays.sort(s);
            return s;
        }
    }

    private static double[] spectrum(java.util.function.IntToDoubleFunction f) {
        double[] l = new double[N];
        for (int i = 0; i < N; i++) {
            l[i] = f.applyAsDouble(i);
        }
        return l;
    }

    @Test
    void smallestAndLargestOfSeveralSpectraMatchTheirKnownValues() {
        List<double[]> spectra = new ArrayList<>();
        spectra.add(spectrum(i -> i + 1));                                       // evenly spaced
        spectra.add(spectrum(i -> Math.pow(1.01, i)));                           // geometric
        spectra.add(spectrum(i -> i % 2 == 0 ? -1 - i / (double) N : 1 + i / (double) N)); // indefinite
        spectra.add(spectrum(i -> i < 5 ? 1e-3 * (1 + 1e-3 * i) : 1 + i / (double) N));   // clustered bottom
        for (int s = 0; s < spectra.size(); s++) {
            Known known = Known.of(spectra.get(s), 3 + s);
            double[] sorted = known.sorted();
            for (int k : new int[] {1, 5}) {
                LobpcgResult small = Lobpcg.of(known.op()).k(k).tol(1e-10).solve();
                LobpcgResult large = Lobpcg.of(known.op()).k(k).which(Lobpcg.Which.LARGEST).tol(1e-10).solve();
                double scale = Math.max(Math.abs(sorted[0]), Math.abs(sorted[N - 1]));
                assertArrayEquals(java.util.Arrays.copyOfRange(sorted, 0, k), small.eigenvalues(), 1e-9 * scale,
                        "smallest, spectrum " + s + ", k = " + k);
                assertArrayEquals(java.util.Arrays.copyOfRange(sorted, N - k, N), large.eigenvalues(), 1e-9 * scale,
                        "largest, spectrum " + s + ", k = " + k);
                assertResidualsTrue(known.op(), small, 1e-10 * scale);
                assertResidualsTrue(known.op(), large, 1e-10 * scale);
            }
        }
    }

    @Test
    void normalizedLaplacianOfTheSpiralMatchesTheDenseDecompositionAndEigsh() {
        double[][] k = TestMatrices.gaussianMatrix(TestMatrices.spiral(N, 7), 2, 0.05);
        double[][] l = TestMatrices.normalizedLaplacian(k);
        DenseEigen dense = DenseEigen.of(l);
        LinearOperator op = LinearOperator.symmetric(TestMatrices.dense(l));

        // 1e-8: LOBPCG's implicit update of A·P limits residuals to about sqrt(eps) ||A||.
        LobpcgResult r = Lobpcg.of(op).k(7).blockSize(10).tol(1e-8).solve();

        assertArrayEquals(dense.smallest(7), r.eigenvalues(), 1e-12);
        for (int i = 0; i < 7; i++) {
            assertTrue(TestMatrices.distanceUpToSign(dense.vector(i), r.vector(i)) < 1e-5, "eigenvector " + i);
        }
        assertResidualsTrue(op, r, 2e-8);
        // one block product per iteration, plus the start's and the final residuals' (in this run)
        assertTrue(r.blockProducts() >= r.iterations() && r.blockProducts() <= r.iterations() + 2, r.toString());
        assertTrue(r.columns() >= r.blockProducts() && r.columns() <= 10L * r.blockProducts(), r.toString());
    }

    @Test
    void aPreconditionerCutsIterationsOnAnIllConditionedSpectrum() {
        // diag(1 .. 1e4) in a rotated basis; the exact inverse of its diagonal in that basis is an
        // ideal preconditioner, a rough one (entries perturbed by 30 %) still helps.
        double[] lambda = spectrum(i -> 1 + i * 25.0);
        Known known = Known.of(lambda, 17);
        double[] inv = new double[N];
        for (int i = 0; i < N; i++) {
            inv[i] = (1 + 0.3 * Math.sin(i)) / lambda[i];
        }
        LinearOperator t = LinearOperator.symmetric(LinearOperator.of(N, N, v -> {
            double uu = TestMatrices.dot(known.u(), known.u());
            double[] w = Known.reflect(v, known.u(), uu);
            for (int i = 0; i < N; i++) {
                w[i] *= inv[i];
            }
            return Known.reflect(w, known.u(), uu);
        }));

        LobpcgResult plain = Lobpcg.of(known.op()).k(4).tol(1e-9).solve();
        LobpcgResult pre = Lobpcg.of(known.op()).k(4).tol(1e-9).preconditioner(t).solve();

        assertArrayEquals(new double[] {1, 26, 51, 76}, pre.eigenvalues(), 1e-6);
        assertArrayEquals(plain.eigenvalues(), pre.eigenvalues(), 1e-6);
        assertTrue(pre.iterations() * 2 < plain.iterations(), "preconditioned " + pre.iterations()
                + " iterations, plain " + plain.iterations());
    }

    @Test
    void nonConvergenceCarriesTheConvergedPairsAndTheLastIterate() {
        // Two separated eigenvalues (1, 2), then four near 3 and the rest up to ~400: from a random
        // start, 3 unpreconditioned iterations cannot bring the near-3 pairs to 1e-11 (their gap to
        // the next eigenvalue, 8, is small against that spread). The start block holds the exact
        // eigenvectors of 1 and 2, so those two converge at once and must come back in converged().
        Known known = Known.of(spectrum(i -> i < 2 ? 1 + i : i < 6 ? 3 + 1e-4 * i : 2 + i), 23);
        double uu = TestMatrices.dot(known.u(), known.u());
        double[] start = new double[N * 6];
        double[] random = TestMatrices.randomVector(N * 6, 24);
        for (int c = 0; c < 6; c++) {
            double[] column = new double[N];
            if (c < 2) {
                column[c] = 1;
                column = Known.reflect(column, known.u(), uu); // H e_c: the eigenvector of lambda[c]
            } else {
                System.arraycopy(random, c * N, column, 0, N);
            }
            BlockColumns.setColumn(start, 6, c, column);
        }
        LobpcgNoConvergenceException e = assertThrows(LobpcgNoConvergenceException.class,
                () -> Lobpcg.of(known.op()).k(6).blockSize(6).tol(1e-11).maxIterations(3).start(start, 6).solve());
        assertEquals(6, e.lastIterate().k());
        assertTrue(e.convergedCount() >= 2 && e.convergedCount() < 6, e.getMessage());
        assertTrue(e.getMessage().startsWith("LOBPCG reached maxIterations = 3: " + e.convergedCount() + " of k = 6"),
                e.getMessage());
        assertEquals(1, e.converged().eigenvalue(0), 1e-12);
        assertEquals(2, e.converged().eigenvalue(1), 1e-12);
        for (int i = 0; i < e.converged().k(); i++) {
            double actual = TestMatrices.eigenResidual(known.op(), e.converged().eigenvalue(i), e.converged().vector(i));
            assertTrue(actual <= 1e-11 * 500, "converged pair " + i + ": residual " + actual);
            assertEquals(actual, e.converged().residual(i), 1e-12, "converged pair " + i + ": reported residual");
        }
        for (int i = 0; i < 6; i++) {
            assertEquals(TestMatrices.eigenResidual(known.op(), e.lastIterate().eigenvalue(i), e.lastIterate().vector(i)),
                    e.lastIterate().residual(i), 1e-9, "the reported residual is the true one");
        }
    }

    @Test
    void theDefaultStartIsDeterministicAndAStartBlockIsUsed() {
        Known known = Known.of(spectrum(i -> i + 1), 29);
        LobpcgResult a = Lobpcg.of(known.op()).k(3).tol(1e-8).solve();
        LobpcgResult b = Lobpcg.of(known.op()).k(3).tol(1e-8).solve();
        assertEquals(a, b);

        double[] start = new double[N * 3];
        for (int c = 0; c < 3; c++) {
            BlockColumns.setColumn(start, 3, c, a.vector(c));
        }
        LobpcgResult warm = Lobpcg.of(known.op()).k(3).tol(1e-8).start(start, 3).solve();
        assertArrayEquals(a.eigenvalues(), warm.eigenvalues(), 1e-8);
        assertTrue(warm.iterations() <= 1, "a converged start needs no iteration: " + warm);
    }

    /**
     * A result stores its vectors one after the other, while start takes a row-major block: passing
     * eigenvectors() to start(block, width) is accepted and scrambles the start (55 iterations instead
     * of 1 in the probe). start(result) and eigenvectorBlock() give the block in the right layout.
     */
    @Test
    void aRestartFromAPreviousResultConvergesAtOnce() {
        Known known = Known.of(spectrum(i -> i + 1), 43);
        LobpcgResult previous = Lobpcg.of(known.op()).k(3).tol(1e-8).solve();

        LobpcgResult restarted = Lobpcg.of(known.op()).k(3).tol(1e-8).start(previous).solve();

        assertArrayEquals(previous.eigenvalues(), restarted.eigenvalues(), 1e-8);
        assertTrue(restarted.iterations() <= 1, "a converged start needs no iteration: " + restarted);
        assertTrue(previous.iterations() > 10, "from the default start it takes many: " + previous);

        double[] block = previous.eigenvectorBlock();
        for (int c = 0; c < 3; c++) {
            assertArrayEquals(previous.vector(c), BlockColumns.column(block, N, 3, c), 0, "column " + c);
        }
        assertMessage("previous result has n = 400, expected n = 4 like op",
                () -> Lobpcg.of(LinearOperator.identity(4)).start(previous));
    }

    @Test
    void smallOperatorsAreFormedAndDecomposedDensely() {
        double[][] s = {{2, 1, 0, 0}, {1, 2, 1, 0}, {0, 1, 2, 1}, {0, 0, 1, 2}};
        LinearOperator op = LinearOperator.symmetric(TestMatrices.dense(s));
        LobpcgResult r = Lobpcg.of(op).k(2).solve();
        DenseEigen dense = DenseEigen.of(s);
        assertArrayEquals(dense.smallest(2), r.eigenvalues(), 1e-12);
        LobpcgResult top = Lobpcg.of(op).k(1).which(Lobpcg.Which.LARGEST).solve();
        assertArrayEquals(dense.largest(1), top.eigenvalues(), 1e-12);
    }

    /** Below five block widths the operator is formed densely: its bad output is named there too. */
    @Test
    void aSmallFormedOperatorsNaNAndAsymmetryAreNamed() {
        double[][] s = {{2, 1, 0, 0}, {1, 2, 1, 0}, {0, 1, 2, 1}, {0, 0, 1, 2}};
        // NaN * 0 is NaN: the whole of row 2 of A I is NaN, and the first one met is named
        double[][] withNaN = {{2, 1, 0, 0}, {1, 2, 1, 0}, {0, 1, Double.NaN, 1}, {0, 0, 1, 2}};
        IllegalStateException nan = assertThrows(IllegalStateException.class,
                () -> Lobpcg.of(LinearOperator.symmetric(TestMatrices.dense(withNaN))).k(2).solve());
        assertTrue(nan.getMessage().contains("returned NaN at row 2, column 0 of its product with the identity"),
                nan.getMessage());
        double[][] skew = {{2, 1, 0, 0}, {1, 2, 1, 0}, {0, 1, 2, 1}, {0, 0.5, 1, 2}};
        IllegalArgumentException asym = assertThrows(IllegalArgumentException.class,
                () -> Lobpcg.of(LinearOperator.symmetric(TestMatrices.dense(skew))).k(2).solve());
        assertTrue(asym.getMessage().contains("is not symmetric: |A - A^T| reaches 0.5 against its largest entry 2.0"),
                asym.getMessage());
        // the same operator, symmetric, is accepted (the check does not refuse every small input)
        assertEquals(2, Lobpcg.of(LinearOperator.symmetric(TestMatrices.dense(s))).k(2).solve().k());
    }

    @Test
    void progressIsReportedEveryIteration() {
        Known known = Known.of(spectrum(i -> i + 1), 31);
        List<Lobpcg.Progress> seen = new ArrayList<>();
        LobpcgResult r = Lobpcg.of(known.op()).k(2).tol(1e-8).progress(seen::add).solve();
        assertEquals(r.iterations() + 1, seen.size());
        assertEquals(2, seen.getLast().converged());
        assertTrue(seen.getFirst().largestResidual() > seen.getLast().largestResidual());
    }

    @Test
    void badInputIsRejectedNamingTheValue() {
        Known known = Known.of(spectrum(i -> i + 1), 37);
        assertMessage("k = 400 must be in [1, n - 1] = [1, 399]", () -> Lobpcg.of(known.op()).k(400).solve());
        assertMessage("blockSize = 3 must be >= k = 5", () -> Lobpcg.of(known.op()).k(5).blockSize(3).solve());
        assertMessage("start has length 10, expected n x width = 400 x 2 = 800",
                () -> Lobpcg.of(known.op()).start(new double[10], 2));
        assertMessage("start[3] (row 1, column 1) = NaN is not finite",
                () -> Lobpcg.of(known.op()).start(withNaN(new double[N * 2], 3), 2));
        assertMessage("the start block has numerical rank 0 < blockSize = 4", () -> Lobpcg.of(known.op()).k(2)
                .blockSize(4).start(new double[N * 4], 4).solve());
        assertMessage("op is 3 x 4; LOBPCG needs a square", () -> Lobpcg.of(LinearOperator.of(3, 4, v -> new double[3])));
        assertMessage("tol = NaN must be finite and > 0", () -> Lobpcg.of(known.op()).tol(Double.NaN));
        assertMessage("preconditioner is 3 x 3, expected 400 x 400",
                () -> Lobpcg.of(known.op()).preconditioner(LinearOperator.identity(3)));
    }

    @Test
    void aNonSymmetricOperatorIsDetected() {
        double[][] a = TestMatrices.randomMatrix(N, N, 41);
        LinearOperator op = LinearOperator.symmetric(TestMatrices.dense(a)); // wrongly flagged symmetric
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Lobpcg.of(op).k(3).solve());
        assertTrue(e.getMessage().contains("is not symmetric: its projection"), e.getMessage());
    }

    @Test
    void nanInTheOperatorsOutputIsNamed() {
        LinearOperator op = LinearOperator.symmetric(LinearOperator.of(N, N, v -> {
            double[] out = v.clone();
            out[17] = Double.NaN;
            return out;
        }));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Lobpcg.of(op).k(2).solve());
        assertTrue(e.getMessage().contains("returned NaN at row 17, column 0 of a block product of width 5"),
                e.getMessage());
    }

    /**
     * Inside the iterations the output of a block product is checked through the Gram matrix
     * WᵀAW it feeds (one sweep less than scanning it): a NaN or an infinity there must still be
     * named with its row, column and block product, as at the first product.
     */
    @Test
    void aNonFiniteValueInALaterBlockProductIsNamed() {
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            int[] blockCalls = {0};
            LinearOperator op = LinearOperator.symmetric(LinearOperator.of(N, N, v -> {
                double[] out = new double[N];
                for (int i = 0; i < N; i++) {
                    out[i] = (i + 1) * v[i];
                }
                return out;
            }, 5, b -> {
                double[] out = new double[b.length];
                for (int i = 0; i < b.length; i++) {
                    out[i] = (i / 5 + 1) * b[i];
                }
                if (++blockCalls[0] == 4) {
                    out[7 * 5 + 2] = bad;
                }
                return out;
            }));
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> Lobpcg.of(op).k(2).blockSize(5).tol(1e-12).solve());
            assertTrue(e.getMessage().contains("returned " + bad + " at row 7, column 2 of a block product of width 5"
                    + " (block product #4)"), e.getMessage());
        }
    }

    private static double[] withNaN(double[] a, int at) {
        a[at] = Double.NaN;
        return a;
    }

    private static void assertResidualsTrue(LinearOperator op, LobpcgResult r, double tol) {
        for (int i = 0; i < r.k(); i++) {
            double actual = TestMatrices.eigenResidual(op, r.eigenvalue(i), r.vector(i));
            assertTrue(actual <= tol, "residual " + i + " = " + actual + " > " + tol);
            assertEquals(actual, r.residual(i), 1e-9 * (1 + actual) + 1e-12, "reported residual " + i);
        }
    }
}
