package org.jkeops.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.jkeops.cluster.Clusters;
import org.jkeops.cluster.RangesCentroids;
import org.jkeops.cluster.Sorting;
import org.jkeops.it.Backends.Target;
import org.jkeops.linalg.EigenResult;
import org.jkeops.linalg.Eigsh;
import org.jkeops.linalg.KernelSolve;
import org.jkeops.linalg.LinearOperator;
import org.jkeops.linalg.SolveResult;
import org.jkeops.runtime.Ranges;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated kernel methods as linalg operators, on every backend: eigenvalues of K and of the
 * normalized Laplacian, and kernel solves, against the same solvers on a plain-Java float64
 * operator of the same matrix (the solvers themselves are tested against dense references in the
 * linalg module). The block-sparse case compares with the plain operator restricted to the mask.
 */
class LinalgTest {
    static final int N = 600;
    static final double SIGMA = 0.1;

    static List<Target> backends() {
        return Backends.underTest();
    }

    /** 2-D points on a noisy spiral, sorted by a grid clustering. */
    static double[] points(Random rnd) {
        double[] x = new double[2 * N];
        for (int i = 0; i < N; i++) {
            double t = 2 * Math.PI * i / N;
            x[2 * i] = 0.4 + 0.4 * (t / 7) * Math.cos(t) + 0.01 * rnd.nextGaussian();
            x[2 * i + 1] = 0.5 + 0.3 * Math.sin(t) + 0.01 * rnd.nextGaussian();
        }
        return x;
    }

    /** The plain float64 operator exp(-g |x_i - x_j|^2) over the pairs {@code keep} allows. */
    static LinearOperator plain(double[] x, double g, Ref.Mask keep) {
        return LinearOperator.symmetric(LinearOperator.of(N, N, v -> {
            double[] out = new double[N];
            for (int i = 0; i < N; i++) {
                double s = 0;
                for (int j = 0; j < N; j++) {
                    if (keep == null || keep.kept(i, j)) {
                        double dx = x[2 * i] - x[2 * j];
                        double dy = x[2 * i + 1] - x[2 * j + 1];
                        s += Math.exp(-g * (dx * dx + dy * dy)) * v[j];
                    }
                }
                out[i] = s;
            }
            return out;
        }));
    }

    static LinearOperator normalized(LinearOperator k) {
        double[] ones = new double[N];
        java.util.Arrays.fill(ones, 1);
        double[] d = k.apply(ones);
        double[] s = new double[N];
        for (int i = 0; i < N; i++) {
            s[i] = 1 / Math.sqrt(d[i]);
        }
        LinearOperator h = LinearOperator.diag(s);
        return LinearOperator.identity(N).minus(h.times(k).times(h));
    }

    static void assertClose(double[] expected, double[] got, double tol, String what) {
        assertEquals(expected.length, got.length, what);
        for (int e = 0; e < expected.length; e++) {
            assertTrue(Math.abs(expected[e] - got[e]) <= tol * (1 + Math.abs(expected[e])),
                    what + ": eigenvalue " + e + " = " + got[e] + ", expected " + expected[e]);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void eigenvaluesAndSolvesThroughGeneratedKernels(Target backend) {
        LinalgKernels k = new LinalgKernelsImpl(Backends.runtime(backend));
        double[] x = points(new Random(11));
        float[] xf = TestData.toFloat(x);
        double g = 1 / (2 * SIGMA * SIGMA);
        LinearOperator ref = plain(x, g, null);
        LinearOperator kd = LinearOperator.symmetric(LinearOperator.of(N, N, v -> k.gaussD(x, x, v, g)));
        LinearOperator kf = LinearOperator.symmetric(LinearOperator.ofFloat(N, N, v -> k.gaussF(xf, xf, v, (float) g, null)));

        double[] top = Eigsh.of(ref).k(5).solve().eigenvalues();
        assertClose(top, Eigsh.of(kd).k(5).solve().eigenvalues(), 1e-9, "float64 kernel, 5 largest of K on " + backend);
        assertClose(top, Eigsh.of(kf).k(5).tol(1e-6).solve().eigenvalues(), 1e-4, "float32 kernel, 5 largest of K on " + backend);

        double[] small = Eigsh.of(normalized(ref)).k(4).which(Eigsh.Which.SMALLEST_MAGNITUDE).solve().eigenvalues();
        EigenResult got = Eigsh.of(normalized(kd)).k(4).which(Eigsh.Which.SMALLEST_MAGNITUDE).solve();
        assertClose(small, got.eigenvalues(), 1e-8, "float64 kernel, 4 smallest of L_norm on " + backend);
        assertTrue(Math.abs(got.eigenvalue(0)) < 1e-8, "L_norm's first eigenvalue is 0: " + got.eigenvalue(0));

        double[] b = new double[2 * N];
        Random rnd = new Random(5);
        for (int e = 0; e < b.length; e++) {
            b[e] = rnd.nextGaussian();
        }
        SolveResult expected = KernelSolve.of(ref).alpha(0.5).tolerance(1e-10).solve(b, 2);
        SolveResult solved = KernelSolve.of(kd).alpha(0.5).tolerance(1e-10).solve(b, 2);
        for (int e = 0; e < b.length; e++) {
            assertEquals(expected.x()[e], solved.x()[e], 1e-7 * (1 + Math.abs(expected.x()[e])),
                    "kernel solve x[" + e + "] on " + backend);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void blockSparseOperatorEqualsTheMaskedMatrix(Target backend) {
        LinalgKernels k = new LinalgKernelsImpl(Backends.runtime(backend));
        double[] raw = points(new Random(12));
        float[] rawF = TestData.toFloat(raw);
        int[] labels = Clusters.gridCluster(rawF, 2, 0.1f);
        Sorting sorting = Clusters.sortClusters(labels);
        float[] xf = sorting.apply(rawF, 2);
        double[] x = new double[2 * N];
        for (int e = 0; e < x.length; e++) {
            x[e] = xf[e];
        }
        RangesCentroids rc = Clusters.clusterRangesCentroids(xf, 2, sorting.labels());
        int c = rc.clusters();
        boolean[] keep = new boolean[c * c];
        float[] cen = rc.centroids();
        for (int a = 0; a < c; a++) {
            for (int bb = 0; bb < c; bb++) {
                double dx = cen[2 * a] - cen[2 * bb];
                double dy = cen[2 * a + 1] - cen[2 * bb + 1];
                keep[a * c + bb] = dx * dx + dy * dy < 0.3 * 0.3;
            }
        }
        Ranges ranges = Ranges.fromMatrix(rc.ranges(), rc.ranges(), keep);
        assertTrue(ranges.pairsOverJ() < (long) N * N, "the mask drops pairs");
        int[] owner = new int[N];
        for (int a = 0; a < c; a++) {
            for (int i = rc.ranges()[2 * a]; i < rc.ranges()[2 * a + 1]; i++) {
                owner[i] = a;
            }
        }
        double g = 1 / (2 * SIGMA * SIGMA);
        LinearOperator ref = plain(x, g, (i, j) -> keep[owner[i] * c + owner[j]]);
        LinearOperator kf = LinearOperator.symmetric(LinearOperator.ofFloat(N, N, v -> k.gaussF(xf, xf, v, (float) g, ranges)));
        assertClose(Eigsh.of(normalized(ref)).k(4).which(Eigsh.Which.SMALLEST_MAGNITUDE).solve().eigenvalues(),
                Eigsh.of(normalized(kf)).k(4).which(Eigsh.Which.SMALLEST_MAGNITUDE).tol(1e-6).solve().eigenvalues(),
                1e-4, "block-sparse float32 kernel, 4 smallest of L_norm on " + backend);
    }
}
