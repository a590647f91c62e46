package org.jkeops.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jkeops.cluster.RadiusRanges;
import org.jkeops.linalg.LinearOperator;
import org.jkeops.linalg.Lobpcg;
import org.jkeops.linalg.LobpcgResult;
import org.jkeops.runtime.KernelRuntime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The multilevel start against LOBPCG's default start on the same operator: the same eigenpairs,
 * found in fewer iterations. A roll of N = 20,000 points with a wide kernel (sigma = 0.03: its
 * one-in-ten subsample keeps ~90 neighbours per point, sigma widened by ~5 %) and with the
 * tutorial's (sigma = 0.01: ~10 neighbours at the same sigma, so the subsample's sigma is widened
 * by sqrt(10)).
 */
class CoarseStartTest {
    @Test
    void theCoarseSigmaIsWidenedOnlyAsFarAsTheNeighbourCountNeeds() {
        assertEquals(1.0, CoarseStart.widening(1_000), "100 neighbours left at the same sigma");
        assertEquals(1.0, CoarseStart.widening(5_000));
        assertEquals(Math.sqrt(2), CoarseStart.widening(500), 1e-12, "50 left: twice the area");
        assertEquals(Math.sqrt(CoarseStart.STRIDE), CoarseStart.widening(10), 1e-12, "at most sqrt(STRIDE)");
    }

    @ParameterizedTest(name = "sigma = {0}")
    @CsvSource({"0.03, 1.0, 1.1", "0.01, 2.5, 3.17"})
    void theStartFromASubsampleGivesTheSameEigenpairsInFewerIterations(double sigma, double minWidening,
                                                                       double maxWidening) {
        int n = 20_000;
        SpectralKernels kernels = new SpectralKernelsImpl(KernelRuntime.shared());
        RadiusRanges rr = RadiusRanges.of(SpectralRoll.points(n, new double[n]), 3, 4 * sigma);
        float[] x = rr.points();
        float g = (float) (1 / (2 * sigma * sigma));
        double[] d = SpectralRoll.degrees(kernels, x, g, rr.ranges());
        LinearOperator norm = SpectralTutorial.normalized(SpectralRoll.kernelOperator(kernels, x, g, rr.ranges(), null), d);

        List<CoarseStart.Level> levels = new ArrayList<>();
        double[] start = CoarseStart.block(kernels, rr, rr.estimatePairsWithin(4_000, 11) / n, d, g, levels);
        assertEquals((long) n * CoarseStart.VECTORS, start.length, "an n x VECTORS block");
        assertEquals(1, levels.size(), "one level: the subsample of 2,000 points has no subsample worth solving");
        assertEquals(n / CoarseStart.STRIDE, levels.get(0).n());
        double widened = levels.get(0).sigma() / sigma;
        assertTrue(widened >= minWidening && widened <= maxWidening, "the subsample's sigma is " + widened
                + " x the fine one, expected " + minWidening + " to " + maxWidening);
        for (int c = 0; c < CoarseStart.VECTORS; c++) {
            double norm2 = 0;
            for (int i = 0; i < n; i++) {
                assertTrue(Double.isFinite(start[i * CoarseStart.VECTORS + c]), "start[" + i + ", " + c + "]");
                norm2 += start[i * CoarseStart.VECTORS + c] * start[i * CoarseStart.VECTORS + c];
            }
            assertTrue(norm2 > 0, "column " + c + " is not zero");
        }

        Lobpcg plain = Lobpcg.of(norm).k(SpectralRoll.K).blockSize(SpectralRoll.BLOCK).tol(SpectralRoll.TOL);
        LobpcgResult fromDefault = plain.solve();
        LobpcgResult fromCoarse = Lobpcg.of(norm).k(SpectralRoll.K).blockSize(SpectralRoll.BLOCK).tol(SpectralRoll.TOL)
                .start(start, CoarseStart.VECTORS).solve();
        for (int e = 0; e < SpectralRoll.K; e++) {
            double a = fromDefault.eigenvalue(e);
            double b = fromCoarse.eigenvalue(e);
            assertTrue(Math.abs(a - b) <= 1e-4 * Math.abs(a) + 1e-8, "eigenvalue " + e + ": " + a + " from the default start, "
                    + b + " from the coarse one");
            assertTrue(fromCoarse.residual(e) <= 1e-5, "residual " + e + " = " + fromCoarse.residual(e));
        }
        System.out.printf("LOBPCG iterations: %d from the default start, %d from the coarse start (%d on the subsample)%n",
                fromDefault.iterations(), fromCoarse.iterations(), levels.get(0).iterations());
        assertTrue(fromCoarse.iterations() < fromDefault.iterations(), fromCoarse.iterations()
                + " iterations from the coarse start, " + fromDefault.iterations() + " from the default one");
    }
}
