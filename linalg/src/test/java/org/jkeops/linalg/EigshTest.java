package org.jkeops.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ludovic.netlib.arpack.ARPACK;
import dev.ludovic.netlib.arpack.JavaARPACK;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jkeops.linalg.Eigsh.Which;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@link Eigsh} against Hipparchus' dense symmetric eigendecomposition, on the workloads of the
 * spectral-coordinates tutorial: a Gaussian kernel on a 2-D spiral (sigma = 0.05), its graph
 * Laplacian and normalized Laplacian; a Gaussian kernel on random 3-D points; and an indefinite
 * matrix with a known spectrum to tell the four {@code which} apart.
 */
class EigshTest {

    private static final int N = 500;
    private static final double[][] K = TestMatrices.gaussianMatrix(TestMatrices.spiral(N, 7), 2, 0.05);
    private static final double[] D = TestMatrices.rowSums(K);
    private static final LinearOperator K_OP = TestMatrices.denseSymmetric(K);
    private static final LinearOperator LAPLACIAN = LinearOperator.diag(D).minus(K_OP);
    private static final LinearOperator NORMALIZED = normalizedLaplacian();
    private static final DenseEigen K_DENSE = DenseEigen.of(K);

    private static LinearOperator normalizedLaplacian() {
        double[] inverseSqrt = new double[N];
        for (int i = 0; i < N; i++) {
            inverseSqrt[i] = 1 / Math.sqrt(D[i]);
        }
        LinearOperator d = LinearOperator.diag(inverseSqrt);
        return LinearOperator.identity(N).minus(d.times(K_OP).times(d));
    }

    // ------------------------------------------------------------ Gaussian kernels, largest

    @Test
    void largestAlgebraicOfSpiralKernelMatchesDense() {
        EigenResult r = Eigsh.of(K_OP).k(5).which(Which.LARGEST_ALGEBRAIC).solve();

        assertPairsMatch(K_OP, r, K_DENSE, N - 5, 1e-10, 1e-7);
        assertTrue(r.iterations() >= 1 && r.applications() >= r.iterations(), r::toString);
    }

    @Test
    void largestMagnitudeIsTheDefaultAndEqualsLargestAlgebraicForAPositiveKernel() {
        EigenResult lm = Eigsh.of(K_OP).k(5).solve();
        EigenResult la = Eigsh.of(K_OP).k(5).which(Which.LARGEST_ALGEBRAIC).solve();

        assertArrayEquals(K_DENSE.largest(5), lm.eigenvalues(), 1e-10 * K_DENSE.values()[N - 1]);
        assertArrayEquals(la.eigenvalues(), lm.eigenvalues(), 1e-10 * K_DENSE.values()[N - 1]);
    }

    @Test
    void largestOfGaussianKernelOnRandom3dPointsMatchesDense() {
        double[][] k = TestMatrices.gaussianMatrix(TestMatrices.uniformPoints(400, 3, 11), 3, 0.15);
        LinearOperator op = TestMatrices.denseSymmetric(k);

        EigenResult r = Eigsh.of(op).k(6).which(Which.LARGEST_ALGEBRAIC).solve();

        assertPairsMatch(op, r, DenseEigen.of(k), 400 - 6, 1e-10, 1e-7);
    }

    @Test
    void largestOfMatrixFreeKernelAt2000PointsHaveSmallResiduals() {
        LinearOperator op = TestMatrices.gaussianMatrixFree(TestMatrices.spiral(2000, 3), 2, 0.05);
        EigenResult r = Eigsh.of(op).k(5).which(Which.LARGEST_ALGEBRAIC).tol(1e-10).solve();

        double largest = r.eigenvalue(4);
        assertTrue(largest > 200 && largest < 2000, "largest eigenvalue " + largest);
        for (int i = 0; i < 5; i++) {
            double[] v = r.vector(i);
            assertEquals(1.0, TestMatrices.norm(v), 1e-12);
            assertTrue(TestMatrices.eigenResidual(op, r.eigenvalue(i), v) < 1e-7 * largest, "residual of pair " + i);
            for (int j = 0; j < i; j++) {
                assertEquals(0.0, TestMatrices.dot(v, r.vector(j)), 1e-9, "orthogonality of " + i + ", " + j);
            }
        }
    }

    // ------------------------------------------------------------ Laplacians, smallest

    @Test
    void smallestAlgebraicOfGraphLaplacianMatchesDenseAndStartsAtZero() {
        DenseEigen dense = DenseEigen.of(TestMatrices.laplacian(K));
        EigenResult r = Eigsh.of(LAPLACIAN).k(7).which(Which.SMALLEST_ALGEBRAIC).solve();

        assertPairsMatch(LAPLACIAN, r, dense, 0, 1e-10, 1e-6);
        assertEquals(0.0, r.eigenvalue(0), 1e-10);
        double[] constant = new double[N];
        Arrays.fill(constant, 1 / Math.sqrt(N));
        assertTrue(TestMatrices.distanceUpToSign(constant, r.vector(0)) < 1e-8, "first eigenvector is constant");
    }

    @Test
    void smallestMagnitudeOfGraphLaplacianIsTheTutorialCallAndAgreesWithSmallestAlgebraic() {
        EigenResult sm = Eigsh.of(LAPLACIAN).k(7).which(Which.SMALLEST_MAGNITUDE).solve();
        EigenResult sa = Eigsh.of(LAPLACIAN).k(7).which(Which.SMALLEST_ALGEBRAIC).solve();

        assertArrayEquals(sa.eigenvalues(), sm.eigenvalues(), 1e-10);
        assertTrue(sm.eigenvalue(1) > 0.1, "second eigenvalue " + sm.eigenvalue(1));
    }

    @Test
    void smallestOfNormalizedLaplacianThroughTheShiftMatchesDenseWithZeroFirst() {
        DenseEigen dense = DenseEigen.of(TestMatrices.normalizedLaplacian(K));
        EigenResult r = Eigsh.smallestOfBounded(NORMALIZED, 7, 2.0).solve();

        assertPairsMatch(NORMALIZED, r, dense, 0, 1e-12, 1e-6);
        assertEquals(0.0, r.eigenvalue(0), 1e-12);
        double[] sqrtD = Arrays.stream(D).map(Math::sqrt).toArray();
        double norm = TestMatrices.norm(sqrtD);
        double[] expected = Arrays.stream(sqrtD).map(x -> x / norm).toArray();
        assertTrue(TestMatrices.distanceUpToSign(expected, r.vector(0)) < 1e-8, "first eigenvector ~ sqrt(D)");
    }

    @Test
    void shiftedSmallestOfGraphLaplacianWithGershgorinBoundMatchesSmallestAlgebraic() {
        double bound = 2 * Arrays.stream(D).max().orElseThrow();
        EigenResult shifted = Eigsh.smallestOfBounded(LAPLACIAN, 7, bound).solve();
        EigenResult sa = Eigsh.of(LAPLACIAN).k(7).which(Which.SMALLEST_ALGEBRAIC).solve();

        // The test is relative to the bound, so the zero eigenvalue is only accurate to about eps * bound.
        assertArrayEquals(sa.eigenvalues(), shifted.eigenvalues(), 1e-12 * bound);
        for (int i = 0; i < 7; i++) {
            assertTrue(TestMatrices.distanceUpToSign(sa.vector(i), shifted.vector(i)) < 1e-6, "vector " + i);
        }
    }

    @Test
    void shiftedSmallestNeedsNoMoreApplicationsThanSmallestMagnitudeAtALooseTolerance() {
        EigenResult shifted = Eigsh.smallestOfBounded(NORMALIZED, 7, 2.0).tol(1e-8).solve();
        EigenResult sm = Eigsh.of(NORMALIZED).k(7).which(Which.SMALLEST_MAGNITUDE).tol(1e-8).solve();

        assertArrayEquals(sm.eigenvalues(), shifted.eigenvalues(), 1e-7);
        assertTrue(shifted.applications() <= sm.applications(),
                "shifted " + shifted.applications() + " vs SM " + sm.applications());
    }

    // ------------------------------------------------------------ which, on a known indefinite spectrum

    /** {@code H diag(lambda) H} with a Householder reflection H: eigenvectors {@code H e_i}, spectrum chosen. */
    private static final class KnownSpectrum {
        static final int SIZE = 300;
        final double[] lambda = new double[SIZE];
        final double[] u = TestMatrices.randomVector(SIZE, 5);
        final double uu = TestMatrices.dot(u, u);
        final LinearOperator op;

        KnownSpectrum() {
            double[] special = {10, 9, 8, -20, -15, 0.01, -0.02, 0.03};
            System.arraycopy(special, 0, lambda, 0, special.length);
            for (int i = special.length; i < SIZE; i++) {
                double t = 1 + 2.0 * i / SIZE;           // bulk in [1, 3] and [-3, -1]
                lambda[i] = i % 2 == 0 ? t : -t;
            }
            op = LinearOperator.symmetric(LinearOperator.of(SIZE, SIZE, v -> reflect(scale(reflect(v)))));
        }

        double[] reflect(double[] v) {
            double c = 2 * TestMatrices.dot(u, v) / uu;
            double[] out = new double[SIZE];
            for (int i = 0; i < SIZE; i++) {
                out[i] = v[i] - c * u[i];
            }
            return out;
        }

        double[] scale(double[] v) {
            double[] out = new double[SIZE];
            for (int i = 0; i < SIZE; i++) {
                out[i] = lambda[i] * v[i];
            }
            return out;
        }

        double[] eigenvector(double value) {
            int i = 0;
            while (lambda[i] != value) {
                i++;
            }
            double[] e = new double[SIZE];
            e[i] = 1;
            return reflect(e);
        }
    }

    @Test
    void eachWhichSelectsItsEndOfAnIndefiniteSpectrum() {
        KnownSpectrum s = new KnownSpectrum();

        assertWhich(s, Which.LARGEST_ALGEBRAIC, 3, 8, 9, 10);
        assertWhich(s, Which.SMALLEST_ALGEBRAIC, 2, -20, -15);
        assertWhich(s, Which.LARGEST_MAGNITUDE, 3, -20, -15, 10);
        assertWhich(s, Which.SMALLEST_MAGNITUDE, 3, -0.02, 0.01, 0.03);
    }

    /**
     * ARPACK's convergence floor, {@code tol · max(eps^(2/3), |theta|)}, is absolute: an operator of
     * norm 1e-30 used to "converge" 5 % off. The run scales the operator by a power of 2 from its first
     * product, so every scale gives the same relative accuracy.
     */
    @Test
    void tinyAndHugeOperatorsConvergeAsWellAsUnitOnes() {
        KnownSpectrum s = new KnownSpectrum();
        for (double factor : new double[] {1e-30, 1e-150, 1e-290, 1e40, 1e250}) {
            LinearOperator scaled = s.op.scale(factor);
            for (Which which : Which.values()) {
                EigenResult unit = Eigsh.of(s.op).k(3).which(which).solve();
                EigenResult r = Eigsh.of(scaled).k(3).which(which).solve();
                for (int i = 0; i < 3; i++) {
                    double expected = unit.eigenvalue(i) * factor;
                    assertEquals(expected, r.eigenvalue(i), 1e-9 * Math.abs(expected),
                            which + " x " + factor + " eigenvalue " + i);
                    assertTrue(TestMatrices.distanceUpToSign(unit.vector(i), r.vector(i)) < 1e-6,
                            which + " x " + factor + " vector " + i);
                }
            }
        }
        double[] tiny = new double[50];
        for (int i = 0; i < tiny.length; i++) {
            tiny[i] = 1e-30 * (i + 1);
        }
        EigenResult diagonal = Eigsh.of(LinearOperator.diag(tiny)).k(3).which(Which.SMALLEST_ALGEBRAIC).solve();
        assertArrayEquals(new double[] {1e-30, 2e-30, 3e-30}, diagonal.eigenvalues(), 1e-40);
    }

    private static void assertWhich(KnownSpectrum s, Which which, int k, double... expected) {
        EigenResult r = Eigsh.of(s.op).k(k).which(which).tol(1e-12).solve();
        assertArrayEquals(expected, r.eigenvalues(), 1e-9, which.name());
        for (int i = 0; i < k; i++) {
            assertTrue(TestMatrices.distanceUpToSign(s.eigenvector(expected[i]), r.vector(i)) < 1e-6,
                    which + " vector " + i);
        }
    }

    @Test
    void whichMapsToArpackCodes() {
        assertEquals("LA", Which.LARGEST_ALGEBRAIC.arpackCode());
        assertEquals("SA", Which.SMALLEST_ALGEBRAIC.arpackCode());
        assertEquals("LM", Which.LARGEST_MAGNITUDE.arpackCode());
        assertEquals("SM", Which.SMALLEST_MAGNITUDE.arpackCode());
    }

    // ------------------------------------------------------------ start vector, progress, failures

    @Test
    void aStartVectorNearTheAnswerSavesApplicationsAndRunsAreReproducible() {
        double[] top = K_DENSE.vector(N - 1);
        double[] near = top.clone();
        double[] noise = TestMatrices.randomVector(N, 9);
        for (int i = 0; i < N; i++) {
            near[i] += 1e-6 * noise[i];
        }
        EigenResult fromDefault = Eigsh.of(K_OP).k(1).which(Which.LARGEST_ALGEBRAIC).solve();
        EigenResult fromNear = Eigsh.of(K_OP).k(1).which(Which.LARGEST_ALGEBRAIC).startVector(near).solve();

        assertEquals(fromDefault.eigenvalue(0), fromNear.eigenvalue(0), 1e-10 * fromDefault.eigenvalue(0));
        assertTrue(fromNear.applications() < fromDefault.applications(),
                "near start " + fromNear.applications() + " vs default " + fromDefault.applications());
        assertEquals(fromDefault, Eigsh.of(K_OP).k(1).which(Which.LARGEST_ALGEBRAIC).solve(), "default start is fixed");
    }

    /**
     * ARPACK normalizes the start vector itself, but a subnormal one has lost digits by then: a start
     * at 4.9e-324 gave residuals of 7e-2 at tol = 0 and no exception. startVector scales its copy by
     * a power of 2, so the run is the one from the same pattern at unit scale.
     */
    @Test
    void aSubnormalStartVectorGivesTheSamePairsAsAUnitOne() {
        KnownSpectrum s = new KnownSpectrum();
        double[] unit = new double[KnownSpectrum.SIZE];
        double[] subnormal = new double[KnownSpectrum.SIZE];
        for (int i = 0; i < unit.length; i++) {
            unit[i] = i * 31 % 17 - 8;                     // small integers: times MIN_VALUE they are exact
            subnormal[i] = unit[i] * Double.MIN_VALUE;
        }
        EigenResult fromUnit = Eigsh.of(s.op).k(3).which(Which.LARGEST_ALGEBRAIC).startVector(unit).solve();
        EigenResult fromSubnormal = Eigsh.of(s.op).k(3).which(Which.LARGEST_ALGEBRAIC).startVector(subnormal).solve();

        assertArrayEquals(new double[] {8, 9, 10}, fromSubnormal.eigenvalues(), 1e-12);
        for (int i = 0; i < 3; i++) {
            double residual = TestMatrices.eigenResidual(s.op, fromSubnormal.eigenvalue(i), fromSubnormal.vector(i));
            assertTrue(residual < 1e-12, "residual " + i + " = " + residual);
        }
        assertEquals(fromUnit, fromSubnormal, "the start's scale does not change the run");
    }

    @Test
    void progressIsReportedAfterEveryApplication() {
        List<Eigsh.Progress> seen = new ArrayList<>();
        EigenResult r = Eigsh.of(K_OP).k(5).which(Which.LARGEST_ALGEBRAIC).progress(seen::add).solve();

        assertEquals(r.applications(), seen.size());
        for (int i = 0; i < seen.size(); i++) {
            assertEquals(i + 1, seen.get(i).applications());
        }
        Assumptions.assumeTrue(ArpackImplementation.get() instanceof JavaARPACK, "restart counts need the F2J ARPACK");
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i).iteration() >= seen.get(i - 1).iteration(), "restarts never go back");
        }
        assertEquals(r.iterations(), seen.getLast().iteration());
        assertTrue(seen.getFirst().converged() == 0 && seen.getLast().converged() >= 1, seen::toString);
    }

    @Test
    void hittingMaxIterationsThrowsWithTheConvergedPairs() {
        EigshNoConvergenceException e = assertThrows(EigshNoConvergenceException.class,
                () -> Eigsh.of(K_OP).k(10).which(Which.LARGEST_ALGEBRAIC).maxIterations(2).solve());

        EigenResult partial = e.converged();
        assertEquals(10, e.requested());
        assertEquals(partial.k(), e.convergedCount());
        assertTrue(partial.k() > 0 && partial.k() < 10, "converged " + partial.k());
        assertEquals(3, partial.iterations(), "the pass after the cap tests convergence, then stops");
        assertArrayEquals(K_DENSE.largest(partial.k()), partial.eigenvalues(), 1e-8 * K_DENSE.values()[N - 1]);
        for (int i = 0; i < partial.k(); i++) {
            assertTrue(TestMatrices.eigenResidual(K_OP, partial.eigenvalue(i), partial.vector(i)) < 1e-6);
        }
        assertTrue(e.getMessage().contains("maxIterations = 2") && e.getMessage().contains("of k = 10"), e.getMessage());
    }

    @Test
    void runsFromSeveralThreadsAreSerializedAndCorrect() throws Exception {
        EigenResult expectedK = Eigsh.of(K_OP).k(4).which(Which.LARGEST_ALGEBRAIC).solve();
        EigenResult expectedL = Eigsh.of(LAPLACIAN).k(4).which(Which.SMALLEST_ALGEBRAIC).solve();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<EigenResult> k = pool.submit(() -> Eigsh.of(K_OP).k(4).which(Which.LARGEST_ALGEBRAIC).solve());
            Future<EigenResult> l = pool.submit(() -> Eigsh.of(LAPLACIAN).k(4).which(Which.SMALLEST_ALGEBRAIC).solve());
            assertEquals(expectedK, k.get());
            assertEquals(expectedL, l.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aNestedRunFromInsideAnOperatorFailsAndReleasesTheLock() {
        LinearOperator nesting = LinearOperator.symmetric(LinearOperator.of(N, N, v -> {
            Eigsh.of(K_OP).k(1).solve();
            return K_OP.apply(v);
        }));

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Eigsh.of(nesting).k(1).solve());
        assertTrue(e.getMessage().contains("cannot nest"), e.getMessage());
        assertEquals(1, Eigsh.of(K_OP).k(1).solve().k(), "the lock was released");
    }

    @Test
    void argumentErrorsNameTheParameterAndSizes() {
        assertMessage("k = 0 must be >= 1", () -> Eigsh.of(K_OP).k(0));
        assertMessage("k = 500 must be in [1, n - 1] = [1, 499]", () -> Eigsh.of(K_OP).k(500).solve());
        assertMessage("ncv = 5 must satisfy k < ncv <= n, here 6 < ncv <= 500", () -> Eigsh.of(K_OP).ncv(5).solve());
        assertMessage("ncv = 501 must satisfy k < ncv <= n", () -> Eigsh.of(K_OP).ncv(501).solve());
        assertMessage("op is 3 x 4; eigsh needs a square", () -> Eigsh.of(TestMatrices.dense(new double[3][4])));
        assertMessage("op is 1 x 1; ARPACK needs n >= 2", () -> Eigsh.of(LinearOperator.identity(1)).k(1).solve());
        assertMessage("startVector has length 3, expected n = 500", () -> Eigsh.of(K_OP).startVector(new double[3]));
        assertMessage("startVector is zero", () -> Eigsh.of(K_OP).startVector(new double[N]));
        assertMessage("tol = -1.0 must be finite and >= 0", () -> Eigsh.of(K_OP).tol(-1));
        assertMessage("maxIterations = 0 must be >= 1", () -> Eigsh.of(K_OP).maxIterations(0));
        assertMessage("upperBound = NaN is not finite", () -> Eigsh.smallestOfBounded(K_OP, 2, Double.NaN));
        IllegalStateException fixed = assertThrows(IllegalStateException.class,
                () -> Eigsh.smallestOfBounded(K_OP, 2, 3.0).which(Which.SMALLEST_ALGEBRAIC));
        assertTrue(fixed.getMessage().contains("which is fixed"), fixed.getMessage());
    }

    @Test
    void nanOrInfinityFromTheOperatorIsNamed() {
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY}) {
            LinearOperator poisoned = LinearOperator.symmetric(LinearOperator.of(N, N, v -> {
                double[] y = K_OP.apply(v);
                y[17] = bad;
                return y;
            })).named("poisoned");
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> Eigsh.of(poisoned).k(3).solve());
            assertTrue(e.getMessage().startsWith("op poisoned [500 x 500] returned " + bad + " at row 17 (operator application #1)"),
                    e.getMessage());
            assertEquals(1, Eigsh.of(K_OP).k(1).solve().k(), "the lock was released");
        }
    }

    @Test
    void arpackErrorCodesAreExplained() {
        IllegalStateException e = ArpackErrors.failure("dsaupd", -9999);
        assertTrue(e.getMessage().startsWith("ARPACK dsaupd returned info = -9999: could not build"), e.getMessage());
        assertTrue(ArpackErrors.meaning("dseupd", -14).contains("did not find any eigenvalues"));
        assertTrue(ArpackErrors.meaning("dsaupd", 3).contains("increase ncv"));
    }

    // ------------------------------------------------------------ helpers

    /**
     * The k pairs of {@code r} against the dense pairs {@code first .. first + k - 1}: eigenvalues within
     * {@code valueTol * max|lambda|}, vectors up to sign within {@code vectorTol}, residuals small.
     */
    private static void assertPairsMatch(LinearOperator op, EigenResult r, DenseEigen dense, int first,
                                         double valueTol, double vectorTol) {
        double scale = Math.max(Math.abs(dense.values()[0]), Math.abs(dense.values()[dense.values().length - 1]));
        for (int i = 0; i < r.k(); i++) {
            assertEquals(dense.values()[first + i], r.eigenvalue(i), valueTol * scale, "eigenvalue " + i);
            assertTrue(TestMatrices.distanceUpToSign(dense.vector(first + i), r.vector(i)) < vectorTol,
                    "eigenvector " + i);
            assertTrue(TestMatrices.eigenResidual(op, r.eigenvalue(i), r.vector(i)) < 1e-9 * scale, "residual " + i);
        }
    }

    static void assertMessage(String expectedStart, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().startsWith(expectedStart), "message: " + e.getMessage());
    }
}
