package org.jkeops.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * LOBPCG and the other solvers where rounding, scale and size push them to their limits: a
 * result meets its tolerance against the dense decomposition, or the solver throws and says why.
 */
class LobpcgLimitsTest {

    /** A random symmetric matrix with standard normal entries (the probe that found these cases). */
    private static double[][] randomSymmetric(int n, long seed) {
        Random random = new Random(seed);
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                a[i][j] = random.nextGaussian();
                a[j][i] = a[i][j];
            }
        }
        return a;
    }

    private static double norm(DenseEigen dense) {
        double[] v = dense.values();
        return Arrays.stream(v).map(Math::abs).max().orElse(0);
    }

    /** The k wanted eigenvalues within 1e-4 ||A|| of the dense ones, true residuals within tol ||A||. */
    private static void assertMatchesDense(double[][] a, int k, boolean largest, double tol, String what) {
        LinearOperator op = LinearOperator.symmetric(TestMatrices.dense(a));
        DenseEigen dense = DenseEigen.of(a);
        double scale = norm(dense);
        LobpcgResult r = Lobpcg.of(op).k(k).which(largest ? Lobpcg.Which.LARGEST : Lobpcg.Which.SMALLEST).tol(tol)
                .solve();
        assertArrayEquals(largest ? dense.largest(k) : dense.smallest(k), r.eigenvalues(), 1e-4 * scale, what);
        for (int i = 0; i < k; i++) {
            double residual = TestMatrices.eigenResidual(op, r.eigenvalue(i), r.vector(i));
            assertTrue(residual <= tol * scale, what + ": residual " + i + " = " + residual + " > tol ||A|| = "
                    + tol * scale);
        }
    }

    /**
     * n just above three block widths: the basis [X, W, P] nearly filled the space, its Ritz
     * values left the spectrum (-7,075 and -18,754 for a spectrum within [-9.4, 9.4], -22.6 for one
     * within [-11.7, 11.7]), and a tolerance relative to them accepted those as converged.
     */
    @Test
    void nearlyFullBasesGiveTheDenseEigenpairs() {
        assertMatchesDense(randomSymmetric(25, 25 * 31L), 5, false, 1e-6, "n = 25, k = 5");
        assertMatchesDense(randomSymmetric(25, 25 * 31L + 1), 5, false, 1e-6, "n = 25, k = 5, second seed");
        assertMatchesDense(randomSymmetric(37, 1149), 8, false, 1e-6, "n = 37, k = 8");
        assertMatchesDense(randomSymmetric(22, 22 * 31L + 2), 4, true, 1e-6, "n = 22, k = 4, largest");
        // and where the iteration runs (n >= 5 block widths), across sizes and both ends
        for (int k : new int[] {4, 5, 9}) {
            int m = k + Math.max(3, k / 2);
            for (int n = 5 * m; n <= 5 * m + 4; n += 2) {
                for (long seed = 0; seed < 2; seed++) {
                    for (boolean largest : new boolean[] {false, true}) {
                        assertMatchesDense(randomSymmetric(n, n * 31L + seed), k, largest, 1e-6,
                                "n = " + n + ", k = " + k + ", seed " + seed + (largest ? ", largest" : ""));
                    }
                }
            }
        }
    }

    /**
     * An operator off symmetric by 1e-5 of its entries (below the 1e-3 the projection check
     * detects): the spurious Ritz values it makes used to loosen the tolerance 10^4-fold, and the
     * solver returned residuals of 0.5 for ||A|| = 27.6. Now it either meets the tolerance or throws.
     */
    @Test
    void aSlightlyAsymmetricOperatorNeverReturnsResidualsAboveTheTolerance() {
        int n = 200;
        double[][] a = randomSymmetric(n, 7);
        Random random = new Random(1);
        double[][] b = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                b[i][j] = a[i][j] + (i < j ? 1e-5 : -1e-5) * random.nextGaussian();
            }
        }
        double scale = norm(DenseEigen.of(a));
        LinearOperator op = TestMatrices.dense(b);
        try {
            LobpcgResult r = Lobpcg.of(op).k(6).maxIterations(300).solve();
            for (int i = 0; i < r.k(); i++) {
                double residual = TestMatrices.eigenResidual(op, r.eigenvalue(i), r.vector(i));
                assertTrue(residual <= 1e-6 * scale, "residual " + i + " = " + residual);
            }
        } catch (LobpcgNoConvergenceException e) {
            for (int i = 0; i < e.converged().k(); i++) {
                double residual = TestMatrices.eigenResidual(op, e.converged().eigenvalue(i), e.converged().vector(i));
                assertTrue(residual <= 1e-6 * scale, "a pair reported converged has residual " + residual);
            }
        }
    }

    /** Sums of squares near 1e-160 underflow: diag(1e-170 ...) converged in 0 iterations, 9 x off. */
    @Test
    void anOperatorBeyondDoublesSquaredRangeIsRefusedNamingItsScale() {
        for (double s : new double[] {1e-170, 1e180}) {
            double[] d = new double[200];
            for (int i = 0; i < d.length; i++) {
                d[i] = (i + 1) * s;
            }
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Lobpcg.of(LinearOperator.diag(d)).k(3).solve());
            assertTrue(e.getMessage().contains("returned entries up to") && e.getMessage().contains("scale the operator"),
                    e.getMessage());
        }
    }

    /**
     * LOBPCG uses only the directions of the start's columns and of the preconditioned residuals:
     * entries of 1e160 or 1e-300 (the start's Gram matrix overflowed, or underflowed to a false
     * rank deficiency) and a preconditioner 1e300 I or 1e-300 I give the eigenpairs of the
     * unscaled run.
     */
    @Test
    void scaledStartsAndPreconditionersGiveTheSameEigenpairs() {
        double[] d = new double[200];
        for (int i = 0; i < d.length; i++) {
            d[i] = i + 1;
        }
        LinearOperator op = LinearOperator.diag(d);
        double[] start = TestMatrices.randomVector(200 * 6, 5);
        for (double s : new double[] {1e160, 1e-300}) {
            double[] scaled = start.clone();
            for (int i = 0; i < scaled.length; i++) {
                scaled[i] *= s;
            }
            LobpcgResult r = Lobpcg.of(op).k(3).start(scaled, 6).solve();
            assertArrayEquals(new double[] {1, 2, 3}, r.eigenvalues(), 1e-6, "start scaled by " + s);
            LobpcgResult p = Lobpcg.of(op).k(3).preconditioner(LinearOperator.identity(200).scale(s)).solve();
            assertArrayEquals(new double[] {1, 2, 3}, p.eigenvalues(), 1e-6, "preconditioner " + s + " I");
        }
    }

    @Test
    void theZeroOperatorConvergesWithAZeroProgressResidual() {
        List<Lobpcg.Progress> seen = new ArrayList<>();
        LobpcgResult r = Lobpcg.of(LinearOperator.diag(new double[100])).k(3).progress(seen::add).solve();
        assertArrayEquals(new double[3], r.eigenvalues(), 0);
        assertEquals(0.0, seen.getLast().largestResidual(), "0 / 0 was reported as NaN");
    }

    @Test
    void sizesBeyondAJavaArrayAreRefusedBeforeAllocating() {
        EigshTest.assertMessage("n x blockSize = 250000000 x 9 = 2250000000 elements exceed a Java array",
                () -> Lobpcg.of(LinearOperator.identity(250_000_000)).k(6).solve());
        EigshTest.assertMessage("blockSize = 30000 is too large for n = 46341",
                () -> Lobpcg.of(LinearOperator.identity(46_341)).k(20_000).solve());
        EigshTest.assertMessage("n x ncv = 120000000 x 20 = 2400000000 elements exceed a Java array",
                () -> Eigsh.of(LinearOperator.identity(120_000_000)).k(6).solve());
    }
    /**
     * SpectralTutorial --spiral 600 (probe B4): a float32 operator, a start block near the wanted
     * eigenvectors and a preconditioner. The residuals reached ~1e-5 of ||A||, then the
     * Rayleigh-Ritz steps on the nearly dependent [X, W, P] returned spurious pairs and the
     * iterate blew up (largest residual 2e3 for ||A|| ~ 60 after 300 iterations; 6e7 in the
     * tutorial). Here L = D - K of a spiral, K rounded to float32 and summed in float32.
     */
    @Test
    void aFloat32OperatorFromANearlyConvergedStartWithAPreconditionerConverges() {
        int n = 600;
        double[][] k = TestMatrices.gaussianMatrix(TestMatrices.spiral(n, 7), 2, 0.05);
        float[][] kf = new float[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                kf[i][j] = (float) k[i][j];
            }
        }
        LinearOperator kop = LinearOperator.symmetric(LinearOperator.ofFloat(n, n, v -> {
            float[] out = new float[n];
            for (int i = 0; i < n; i++) {
                float sum = 0;
                for (int j = 0; j < n; j++) {
                    sum += kf[i][j] * v[j];
                }
                out[i] = sum;
            }
            return out;
        }));
        double[] ones = new double[n];
        java.util.Arrays.fill(ones, 1);
        double[] d = kop.apply(ones);
        LinearOperator lap = LinearOperator.diag(d).minus(kop);
        double[][] l = new double[n][n];
        double maxD = 0;
        double[] inverse = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                l[i][j] = -kf[i][j];
            }
            l[i][i] += d[i];
            maxD = Math.max(maxD, d[i]);
            inverse[i] = 1 / (d[i] - 1); // diag(L)^-1, K_ii = 1
        }
        DenseEigen dense = DenseEigen.of(l);
        int width = 7;
        double[] start = new double[n * width];
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        for (int c = 0; c < width; c++) {
            for (int i = 0; i < n; i++) {
                start[i * width + c] = dense.vector(c)[i] + 1e-3 * random.nextDouble(-1, 1) / Math.sqrt(n);
            }
        }
        double[] worst = new double[1];
        LobpcgResult r = Lobpcg.of(lap).k(7).blockSize(10).tol(1e-6).maxIterations(300).start(start, width)
                .preconditioner(LinearOperator.diag(inverse))
                .progress(p -> worst[0] = Math.max(worst[0], p.largestResidual())).solve();
        assertTrue(r.iterations() <= 30, r.toString());
        assertTrue(worst[0] < 1e-2, "largest relative residual on the way " + worst[0]);
        double[] expected = dense.smallest(7);
        for (int i = 0; i < 7; i++) {
            assertEquals(expected[i], r.eigenvalue(i), 1e-5 * maxD, "eigenvalue " + i);
            assertTrue(r.residual(i) <= 1e-6 * 2 * maxD, "residual " + i + ": " + r.residual(i));
        }
    }
}
