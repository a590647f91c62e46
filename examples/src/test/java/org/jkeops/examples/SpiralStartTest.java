package org.jkeops.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.jkeops.linalg.LinearOperator;
import org.jkeops.linalg.Lobpcg;
import org.jkeops.linalg.LobpcgResult;
import org.jkeops.runtime.KernelRuntime;
import org.junit.jupiter.api.Test;

/**
 * The spiral's start from a subsample against LOBPCG's default start on the same Laplacian
 * L = diag(D) - K: the same eigenpairs, found in fewer iterations (a 4,000-point spiral, whose
 * one-in-ten subsample of 400 points still follows the curve at sigma = 0.05).
 */
class SpiralStartTest {
    /** The test spiral of n points, its degrees and its Laplacian L = diag(D) - K. */
    private static final class Spiral {
        final int n;
        final SpectralKernels kernels = new SpectralKernelsImpl(KernelRuntime.shared());
        final float[] x;
        final float g = (float) (1 / (2 * SpectralTutorial.SPIRAL_SIGMA * SpectralTutorial.SPIRAL_SIGMA));
        final double[] d;
        final LinearOperator lap;
        /** The largest degree: the scale of L's spectrum, for absolute tolerances. */
        final double scale;

        Spiral(int n) {
            this.n = n;
            x = SpectralTutorial.spiralPoints(n);
            float[] ones = new float[n];
            Arrays.fill(ones, 1f);
            d = SpectralTutorial.widen(kernels.gauss2(x, x, ones, g));
            lap = LinearOperator.diag(d).minus(SpectralTutorial.spiralKernel(kernels, x, g, null));
            scale = Arrays.stream(d).max().orElseThrow();
        }
    }

    @Test
    void theStartFromASubsampleGivesTheSameEigenpairsInFewerIterations() {
        Spiral s = new Spiral(4_000);

        SpiralStart.Start start = SpiralStart.block(s.kernels, s.x, s.g);
        assertEquals((long) s.n * SpiralStart.VECTORS, start.block().length, "an n x VECTORS block");
        assertEquals(s.n / SpiralStart.STRIDE, start.coarsePoints());
        for (int c = 0; c < SpiralStart.VECTORS; c++) {
            double norm2 = 0;
            for (int i = 0; i < s.n; i++) {
                double v = start.block()[i * SpiralStart.VECTORS + c];
                assertTrue(Double.isFinite(v), "start[" + i + ", " + c + "]");
                norm2 += v * v;
            }
            assertTrue(norm2 > 0, "column " + c + " is not zero");
        }

        LobpcgResult fromDefault = Lobpcg.of(s.lap).k(7).blockSize(SpectralTutorial.SPIRAL_BLOCK)
                .tol(SpectralRoll.TOL).solve();
        LobpcgResult fromSubsample = Lobpcg.of(s.lap).k(7).blockSize(SpectralTutorial.SPIRAL_BLOCK)
                .tol(SpectralRoll.TOL).start(start.block(), SpiralStart.VECTORS).solve();
        assertSameEigenvalues(fromDefault, "from the default start", fromSubsample, "from the subsample's", s);
        System.out.printf("LOBPCG iterations: %d from the default start, %d from the subsample's (%d on the subsample)%n",
                fromDefault.iterations(), fromSubsample.iterations(), start.coarseIterations());
        assertTrue(fromSubsample.iterations() < fromDefault.iterations(), fromSubsample.iterations()
                + " iterations from the subsample's start, " + fromDefault.iterations() + " from the default one");
    }

    @Test
    void theJacobiPreconditionerGivesTheSameEigenpairsInFewerIterations() {
        Spiral s = new Spiral(4_000);

        LinearOperator jacobi = SpectralTutorial.laplacianJacobi(s.d);
        double[] e3 = new double[s.n];
        e3[3] = 1;
        assertEquals(1 / (s.d[3] - 1), jacobi.apply(e3)[3], 1e-12 / (s.d[3] - 1), "diag(L)^-1 at row 3");

        SpiralStart.Start start = SpiralStart.block(s.kernels, s.x, s.g);
        LobpcgResult plain = Lobpcg.of(s.lap).k(7).blockSize(SpectralTutorial.SPIRAL_BLOCK).tol(SpectralRoll.TOL)
                .start(start.block(), SpiralStart.VECTORS).solve();
        LobpcgResult preconditioned = Lobpcg.of(s.lap).k(7).blockSize(SpectralTutorial.SPIRAL_BLOCK)
                .tol(SpectralRoll.TOL).preconditioner(jacobi).start(start.block(), SpiralStart.VECTORS).solve();
        assertSameEigenvalues(plain, "without the preconditioner", preconditioned, "with it", s);
        for (int e = 0; e < 7; e++) {
            assertTrue(preconditioned.residual(e) <= SpectralRoll.TOL * 2 * s.scale, "residual " + e + " = "
                    + preconditioned.residual(e));
        }
        System.out.printf("LOBPCG iterations from the subsample's start: %d without the preconditioner, %d with it%n",
                plain.iterations(), preconditioned.iterations());
        assertTrue(preconditioned.iterations() < plain.iterations(), preconditioned.iterations()
                + " iterations with diag(L)^-1, " + plain.iterations() + " without");
    }

    /** The 7 eigenvalues of two solves agree to 1e-5 relative (plus 1e-6 of the largest degree for the first, 0). */
    private static void assertSameEigenvalues(LobpcgResult first, String firstName, LobpcgResult second,
                                              String secondName, Spiral s) {
        for (int e = 0; e < 7; e++) {
            double a = first.eigenvalue(e);
            double b = second.eigenvalue(e);
            assertTrue(Math.abs(a - b) <= 1e-5 * Math.abs(a) + 1e-6 * s.scale, "eigenvalue " + e + ": " + a + " "
                    + firstName + ", " + b + " " + secondName);
        }
    }
}
