package org.jkeops.linalg;

import static org.jkeops.linalg.EigshTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.LUDecomposition;
import org.jkeops.linalg.Eigsh.Which;
import org.junit.jupiter.api.Test;

/** Conjugate gradient against Hipparchus' Cholesky and LU solutions. */
class KernelSolveTest {

    @Test
    void ridgeSystemOnA2000PointGaussianKernelMatchesCholesky() {
        int n = 2000;
        double alpha = 0.1;
        double[][] k = TestMatrices.gaussianMatrix(TestMatrices.uniformPoints(n, 3, 21), 3, 0.1);
        double[] b = TestMatrices.randomVector(n, 22);

        SolveResult r = KernelSolve.of(TestMatrices.denseSymmetric(k)).alpha(alpha).tolerance(1e-10).solve(b);

        double[] expected = cholesky(withRidge(k, alpha)).solve(new ArrayRealVector(b)).toArray();
        assertTrue(r.converged()[0] && r.allConverged());
        assertTrue(r.relativeResiduals()[0] <= 1e-10, "recursive residual " + r.relativeResiduals()[0]);
        assertTrue(relativeError(r.column(0), expected) < 1e-7, "error " + relativeError(r.column(0), expected));
        assertTrue(trueRelativeResidual(k, alpha, r.column(0), b) < 1e-9);
        assertArrayEquals(r.x(), r.column(0), 0, "one column: x is the solution itself");
    }

    @Test
    void severalRightHandSidesOnAMatrixFreeKernelMatchLuAndStopOnTheirOwn() {
        double[] points = TestMatrices.uniformPoints(500, 3, 31);
        LinearOperator k = TestMatrices.gaussianMatrixFree(points, 3, 0.15);
        double alpha = 0.01;
        double[] top = Eigsh.of(k).k(1).which(Which.LARGEST_ALGEBRAIC).solve().vector(0);
        double[] random = TestMatrices.randomVector(500, 32);
        double[] b = rowMajor(random, top, scaled(random, Math.scalb(1.0, -10)));

        SolveResult r = KernelSolve.of(k).alpha(alpha).tolerance(1e-8).solve(b, 3);

        DecompositionSolver lu = new LUDecomposition(TestMatrices.matrix(withRidge(
                TestMatrices.gaussianMatrix(points, 3, 0.15), alpha))).getSolver();
        for (int j = 0; j < 3; j++) {
            double[] expected = lu.solve(new ArrayRealVector(column(b, 3, j))).toArray();
            assertTrue(relativeError(r.column(j), expected) < 1e-5, "column " + j);
        }
        int[] iterations = r.iterations();
        assertTrue(iterations[1] <= 2, "an eigenvector converges at once: " + Arrays.toString(iterations));
        assertTrue(iterations[0] > 10 * iterations[1], Arrays.toString(iterations));
        assertEquals(iterations[0], iterations[2], "a right-hand side scaled by a power of two runs the same iterations");
    }

    @Test
    void convergedColumnsAreNoLongerApplied() {
        int n = 200;
        double[] d = new double[n];
        Arrays.setAll(d, i -> i + 1);
        AtomicLong applications = new AtomicLong();
        LinearOperator counted = LinearOperator.symmetric(LinearOperator.of(n, n, v -> {
            applications.incrementAndGet();
            return LinearOperator.diag(d).apply(v);
        }));
        double[] easy = new double[n];
        easy[3] = 1;
        easy[50] = -2;
        easy[150] = 0.5;
        double[] b = rowMajor(easy, TestMatrices.randomVector(n, 41), new double[n]);

        SolveResult r = KernelSolve.of(counted).alpha(0.5).tolerance(1e-10).solve(b, 3);

        int[] iterations = r.iterations();
        assertTrue(iterations[0] <= 3, "three distinct eigenvalues: " + Arrays.toString(iterations));
        assertTrue(iterations[1] > 20, Arrays.toString(iterations));
        assertEquals(0, iterations[2], "zero right-hand side");
        assertEquals(iterations[0] + iterations[1], applications.get(), "one application per iteration per column");
        for (int j = 0; j < 3; j++) {
            double[] bj = column(b, 3, j);
            double[] expected = new double[n];
            Arrays.setAll(expected, i -> bj[i] / (d[i] + 0.5));
            assertArrayEquals(expected, r.column(j), 1e-9, "column " + j);
        }
        assertArrayEquals(new double[n], r.column(2), 0);
        assertEquals(0.0, r.relativeResiduals()[2]);
    }

    @Test
    void jacobiReducesIterationsOnABadlyScaledOperator() {
        int n = 300;
        double[][] g = TestMatrices.gaussianMatrix(TestMatrices.spiral(n, 51), 2, 0.05);
        double[] s = new double[n];
        double[] u = TestMatrices.randomVector(n, 52);
        Arrays.setAll(s, i -> Math.pow(10, u[i]));
        LinearOperator sOp = LinearOperator.diag(s);
        LinearOperator scaled = sOp.times(TestMatrices.denseSymmetric(g).plus(LinearOperator.identity(n).scale(0.1))).times(sOp);
        double[] jacobi = new double[n];
        Arrays.setAll(jacobi, i -> s[i] * s[i] * 1.1);
        double[] b = TestMatrices.randomVector(n, 53);

        SolveResult plain = KernelSolve.of(scaled).tolerance(1e-8).solve(b);
        SolveResult preconditioned = KernelSolve.of(scaled).tolerance(1e-8).jacobi(jacobi).solve(b);

        double[][] dense = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                dense[i][j] = s[i] * (g[i][j] + (i == j ? 0.1 : 0)) * s[j];
            }
        }
        double[] expected = new LUDecomposition(TestMatrices.matrix(dense)).getSolver()
                .solve(new ArrayRealVector(b)).toArray();
        assertTrue(relativeError(preconditioned.column(0), expected) < 1e-5);
        assertTrue(relativeError(plain.column(0), expected) < 1e-5);
        assertTrue(preconditioned.iterations()[0] * 2 < plain.iterations()[0],
                "Jacobi " + preconditioned.iterations()[0] + " vs plain " + plain.iterations()[0]);
    }

    @Test
    void reachingTheCapThrowsWithThePartialResult() {
        int n = 400;
        double[][] k = TestMatrices.gaussianMatrix(TestMatrices.uniformPoints(n, 2, 61), 2, 0.1);
        double[] random = TestMatrices.randomVector(n, 62);
        double[] b = rowMajor(random, new double[n]);

        KernelSolveNoConvergenceException e = assertThrows(KernelSolveNoConvergenceException.class,
                () -> KernelSolve.of(TestMatrices.denseSymmetric(k)).alpha(1e-3).tolerance(1e-12).maxIterations(3).solve(b, 2));

        SolveResult partial = e.result();
        assertArrayEquals(new int[] {3, 0}, partial.iterations());
        assertArrayEquals(new boolean[] {false, true}, partial.converged());
        assertFalse(partial.allConverged());
        double reported = partial.relativeResiduals()[0];
        assertTrue(reported > 1e-12 && Double.isFinite(reported), "residual " + reported);
        assertEquals(trueRelativeResidual(k, 1e-3, partial.column(0), random), reported, 1e-8 * reported + 1e-12);
        assertTrue(e.getMessage().contains("for 1 of 2 right-hand sides (column 0: ||r||/||b|| = "), e.getMessage());
    }

    /**
     * alpha = 0, a singular K and b outside its range: there is no solution, and CG diverges until
     * its iterates overflow. That was reported as "maxIterations reached" with Infinity in x; the
     * exception now names the overflow and carries the iterate with the smallest residual.
     */
    @Test
    void aDivergingColumnStopsAtTheOverflowWithItsBestFiniteIterate() {
        double[] d = {0, 1, 2, 3, 4};
        double[] outside = {1e-3, 1, 1, 1, 1};
        double[] inRange = {0, 1, 1, 1, 1};
        double[] b = rowMajor(outside, inRange);

        KernelSolveNoConvergenceException e = assertThrows(KernelSolveNoConvergenceException.class,
                () -> KernelSolve.of(LinearOperator.diag(d)).maxIterations(1000).solve(b, 2));

        SolveResult r = e.result();
        assertArrayEquals(new boolean[] {false, true}, r.converged());
        assertTrue(r.iterations()[0] < 1000, "stopped at the overflow, not at the cap: " + r);
        double[] x = r.column(0);
        double[] residual = new double[5];
        for (int i = 0; i < 5; i++) {
            assertTrue(Double.isFinite(x[i]), "x = " + Arrays.toString(x));
            residual[i] = outside[i] - d[i] * x[i];
        }
        double reported = r.relativeResiduals()[0];
        assertEquals(TestMatrices.norm(residual) / TestMatrices.norm(outside), reported, 1e-12,
                "the residual of the x returned");
        assertTrue(reported < 1.01e-3 / TestMatrices.norm(outside),
                "the part in K's range is solved before CG diverges: " + reported);
        assertArrayEquals(new double[] {0, 1, 0.5, 1 / 3.0, 0.25}, r.column(1), 1e-6);
        assertTrue(e.getMessage().contains("for 1 of 2 right-hand sides (column 0: CG diverged, its iterates overflowed at"
                + " iteration " + r.iterations()[0] + ", so the system is probably singular and inconsistent"),
                e.getMessage());
        assertTrue(e.getMessage().contains("alpha > 0 regularises it") && !e.getMessage().contains("maxIterations"),
                e.getMessage());

        // The probe's case: CG's first step already raises the residual, so no iterate beats x = 0.
        KernelSolveNoConvergenceException first = assertThrows(KernelSolveNoConvergenceException.class,
                () -> KernelSolve.of(LinearOperator.diag(new double[] {0, 1, 0, 2})).solve(new double[] {1, 1, 1, 1}));
        assertArrayEquals(new double[4], first.result().x(), 0);
        assertArrayEquals(new double[] {1}, first.result().relativeResiduals(), 0);
        assertTrue(first.getMessage().contains("x is the iterate of iteration 0, the one with the smallest residual,"
                + " ||r||/||b|| = 1.0"), first.getMessage());
    }

    @Test
    void aZeroRightHandSideConvergesAtZeroIterations() {
        AtomicLong applications = new AtomicLong();
        LinearOperator k = LinearOperator.of(5, 5, v -> {
            applications.incrementAndGet();
            return v.clone();
        });

        SolveResult r = KernelSolve.of(k).alpha(1).solve(new double[5]);

        assertArrayEquals(new double[5], r.x(), 0);
        assertArrayEquals(new int[] {0}, r.iterations());
        assertTrue(r.allConverged());
        assertEquals(0, applications.get());
    }

    /**
     * CG is linear in b: a b near the ends of double's range is solved scaled by a power of 2
     * (b = 1e160 gave ||b||^2 = Infinity and x = 0 reported converged; b = 1e-170 gave ||b|| = 0).
     */
    @Test
    void rightHandSidesNearTheEndsOfDoublesRangeAreSolved() {
        LinearOperator k = LinearOperator.diag(new double[] {1, 2, 3, 4});
        for (double s : new double[] {1e160, 1e-170, 1e300, 1e-300}) {
            double[] b = {s, s, s, s};
            SolveResult r = KernelSolve.of(k).solve(b);
            assertTrue(r.allConverged());
            for (int i = 0; i < 4; i++) {
                assertEquals(s / (i + 1), r.x()[i], 1e-12 * (s / (i + 1)), "b = " + s + ", row " + i);
            }
        }
    }

    /**
     * p·(alpha I + K)p overflows for an operator of norm near 1e307 although every product entry is
     * finite: the step became rz / Infinity = 0, p doubled each iteration until K·p overflowed, and the
     * exception blamed K's data. The product is now summed scaled by a power of 2 (exact).
     */
    @Test
    void anOperatorWhoseQuadraticFormOverflowsIsSolved() {
        double[] ones = new double[300];
        Arrays.fill(ones, 1);

        SolveResult r = KernelSolve.of(LinearOperator.identity(300).scale(1e307)).solve(ones);

        assertTrue(r.allConverged(), r::toString);
        assertArrayEquals(new int[] {1}, r.iterations());
        for (double x : r.x()) {
            assertEquals(1e-307, x, 1e-12 * 1e-307);
        }

        double[] d = {0.5e308, 1e308, 1.5e308, 1.7e308};
        SolveResult spread = KernelSolve.of(LinearOperator.diag(d)).tolerance(1e-12).solve(new double[] {1, 1, 1, 1});

        assertTrue(spread.allConverged(), spread::toString);
        for (int i = 0; i < 4; i++) {
            assertEquals(1 / d[i], spread.x()[i], 1e-10 / d[i], "row " + i);
        }
    }

    /**
     * With Jacobi the same happens at the other end: for a diagonal near 1e-307 the preconditioned
     * residual z = r / diag held 1e307, and r·z overflowed (x came back NaN). The inverse diagonal is
     * scaled by a power of 2 to at most 1, which leaves CG's iterates the same (z and p scale
     * together, the step by the inverse).
     */
    @Test
    void jacobiWithATinyDiagonalIsSolved() {
        int n = 300;
        double[] ones = new double[n];
        Arrays.fill(ones, 1);
        double[] diagonal = new double[n];
        Arrays.fill(diagonal, 1e-307);

        SolveResult r = KernelSolve.of(LinearOperator.identity(n).scale(1e-307)).jacobi(diagonal).solve(ones);

        assertTrue(r.allConverged(), r::toString);
        for (double x : r.x()) {
            assertEquals(1e307, x, 1e-12 * 1e307);
        }
    }

    @Test
    void nanInTheRightHandSideOrInTheOperatorsOutputIsNamedAsSuch() {
        assertMessage("b[3] (row 3, right-hand side 0) = NaN is not finite",
                () -> KernelSolve.of(LinearOperator.diag(new double[] {1, 2, 3, 4})).solve(new double[] {1, 2, 3,
                        Double.NaN}));
        LinearOperator bad = LinearOperator.symmetric(LinearOperator.of(4, 4, v -> {
            double[] out = v.clone();
            out[2] = Double.NaN;
            return out;
        }));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> KernelSolve.of(bad).solve(new double[] {1, 2, 3, 4}));
        assertTrue(e.getMessage().startsWith("alpha I + K returned NaN at row 2 for right-hand side 0 at iteration 1"),
                e.getMessage());
    }

    @Test
    void anIndefiniteOperatorIsReported() {
        LinearOperator negative = LinearOperator.diag(new double[] {1, -1, 2});

        assertMessage("alpha I + K is not positive definite along the search direction of right-hand side 0",
                () -> KernelSolve.of(negative).solve(new double[] {0, 1, 0}));
    }

    @Test
    void argumentErrorsNameTheParameterAndSizes() {
        LinearOperator k = LinearOperator.identity(4);
        assertMessage("b has length 7, expected n * columns = 4 * 2 = 8", () -> KernelSolve.of(k).solve(new double[7], 2));
        assertMessage("b has length 3, expected n * columns = 4 * 1 = 4", () -> KernelSolve.of(k).solve(new double[3]));
        assertMessage("columns = 0 must be >= 1", () -> KernelSolve.of(k).solve(new double[0], 0));
        assertMessage("alpha = -1.0 must be finite and >= 0", () -> KernelSolve.of(k).alpha(-1));
        assertMessage("tolerance = 0.0 must be finite and > 0", () -> KernelSolve.of(k).tolerance(0));
        assertMessage("maxIterations = 0 must be >= 1", () -> KernelSolve.of(k).maxIterations(0));
        assertMessage("jacobi diagonal has length 3, expected n = 4", () -> KernelSolve.of(k).jacobi(new double[3]));
        assertMessage("jacobi diagonal[2] = 0.0 must be finite and > 0", () -> KernelSolve.of(k).jacobi(new double[] {1, 1, 0, 1}));
        assertMessage("k is 3 x 4; a kernel solve needs a square", () -> KernelSolve.of(TestMatrices.dense(new double[3][4])));
    }

    // ------------------------------------------------------------ helpers

    private static double[][] withRidge(double[][] k, double alpha) {
        double[][] a = new double[k.length][];
        for (int i = 0; i < k.length; i++) {
            a[i] = k[i].clone();
            a[i][i] += alpha;
        }
        return a;
    }

    private static DecompositionSolver cholesky(double[][] a) {
        return new CholeskyDecomposition(TestMatrices.matrix(a)).getSolver();
    }

    private static double relativeError(double[] x, double[] expected) {
        double[] diff = x.clone();
        for (int i = 0; i < x.length; i++) {
            diff[i] -= expected[i];
        }
        return TestMatrices.norm(diff) / TestMatrices.norm(expected);
    }

    private static double trueRelativeResidual(double[][] k, double alpha, double[] x, double[] b) {
        double[] r = TestMatrices.multiply(k, x);
        for (int i = 0; i < r.length; i++) {
            r[i] = b[i] - r[i] - alpha * x[i];
        }
        return TestMatrices.norm(r) / TestMatrices.norm(b);
    }

    private static double[] scaled(double[] v, double factor) {
        return Arrays.stream(v).map(x -> x * factor).toArray();
    }

    /** The columns side by side, n × columns row-major. */
    private static double[] rowMajor(double[]... columns) {
        int n = columns[0].length;
        double[] b = new double[n * columns.length];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < columns.length; j++) {
                b[i * columns.length + j] = columns[j][i];
            }
        }
        return b;
    }

    private static double[] column(double[] b, int columns, int j) {
        double[] c = new double[b.length / columns];
        for (int i = 0; i < c.length; i++) {
            c[i] = b[i * columns + j];
        }
        return c;
    }
}
