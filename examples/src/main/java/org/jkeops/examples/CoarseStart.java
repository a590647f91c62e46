package org.jkeops.examples;

import java.util.List;
import java.util.Locale;
import org.jkeops.cluster.RadiusRanges;
import org.jkeops.linalg.LinearOperator;
import org.jkeops.linalg.Lobpcg;
import org.jkeops.linalg.LobpcgResult;
import org.jkeops.runtime.Ranges;

/**
 * A start block for LOBPCG on the roll's normalized Laplacian, from the eigenvectors of a subsample
 * (a multilevel start): every {@value #STRIDE}-th point of the sorted cloud, which the cluster sort
 * spreads evenly over the roll, is a coarse roll with the same sigma, whose {@value #VECTORS}
 * smallest eigenpairs are solved to a loose tolerance (with a start from its own subsample while that one still has
 * {@value #MIN_POINTS} points or more).
 *
 * <p>Why it pays: the wanted eigenvectors are the smoothest functions on the roll, which a tenth of
 * the points already resolves, and LOBPCG spends most of its iterations finding those directions,
 * not polishing them: on the roll at N = 10^5 the fine solve took 63 iterations from this start
 * instead of 112, at N = 10^6 44 instead of 123 (docs/PERFORMANCE.md). The answer is the same: the fine solve stops on the same
 * residual test, only its start differs.
 *
 * <p>How the coarse vectors reach every point: a coarse eigenvector u_c of I - D_c^-1/2 K_c D_c^-1/2
 * gives the random-walk eigenvector f_c = D_c^-1/2 u_c, a smooth function on the roll. A
 * kernel-weighted average over the subsample, {@code f(i) = sum_j K_ij f_c(j) / sum_j K_ij} (j in the
 * subsample), carries it to every point, and u = D^1/2 f is a start vector of the fine operator.
 * The averages of all {@value #VECTORS} vectors and their common denominator are one block pass of
 * the fine kernel over a block that is zero off the subsample.
 */
final class CoarseStart {
    /** One point in STRIDE makes the next coarser level. */
    static final int STRIDE = 10;
    /**
     * The smallest coarse level worth solving. Smaller subsamples resolve the roll too poorly: at N =
     * 3 x 10^4 a subsample of 3,000 points took 264 iterations and saved the fine solve 6 of 124.
     */
    static final int MIN_POINTS = 10_000;
    /** The coarse solves' tolerance: the start needs the right directions, not 1e-6 residuals. */
    static final double TOL = 1e-4;
    /**
     * Coarse eigenvectors carried to the fine level: as many as the interpolation block holds beside
     * its column of weights, 11, not just the 7 wanted. Eigenvalues that are close can swap order
     * between levels, and then the fine 7th is among the coarse 8th to 11th: at N = 10^5 the fine
     * solve took 77 to 111 iterations from 7 coarse vectors (subsamples of 10^4 to 2.5 x 10^4
     * points), 53 to 63 from 11, 112 from the default start.
     */
    static final int VECTORS = SpectralRoll.BLOCK - 1;

    /** What one coarse level cost: its size, LOBPCG iterations and seconds (its own coarser levels included). */
    record Level(int n, int iterations, double seconds) {
    }

    private CoarseStart() {
    }

    /** Whether a roll of n points gets a coarse start: its subsample has at least {@value #MIN_POINTS} points. */
    static boolean applies(int n) {
        return n / STRIDE >= MIN_POINTS;
    }

    /**
     * The start block, row-major n x {@value #VECTORS}, for the roll on the sorted points {@code x}.
     *
     * @param x      the fine points, sorted by the clusters of {@code ranges}
     * @param ranges the fine pattern
     * @param d      the fine degrees K 1
     * @param g      1 / (2 sigma^2)
     * @param radius the pattern's cutoff (4 sigma), for the coarse patterns
     * @param levels receives each coarse level solved, coarsest first
     */
    static double[] block(SpectralKernels kernels, float[] x, Ranges ranges, double[] d, float g, double radius,
                          List<Level> levels) {
        int n = d.length;
        int nc = n / STRIDE;
        long t0 = System.nanoTime();
        float[] sub = new float[3 * nc];
        for (int j = 0; j < nc; j++) {
            System.arraycopy(x, 3 * STRIDE * j, sub, 3 * j, 3);
        }
        RadiusRanges coarse = RadiusRanges.of(sub, 3, radius);
        float[] xc = coarse.points();
        Ranges rc = coarse.ranges();
        double[] dc = SpectralRoll.degrees(kernels, xc, g, rc);
        Lobpcg solver = Lobpcg.of(SpectralTutorial.normalized(SpectralRoll.kernelOperator(kernels, xc, g, rc, null), dc))
                .k(VECTORS).blockSize(SpectralRoll.BLOCK).tol(TOL);
        if (applies(nc)) {
            solver.start(block(kernels, xc, rc, dc, g, radius, levels), VECTORS);
        }
        LobpcgResult r = solver.solve();
        levels.add(new Level(nc, r.iterations(), SpectralTutorial.seconds(t0)));
        return interpolate(kernels, x, ranges, d, g, r, dc, coarse.sorting().permutation());
    }

    /**
     * The coarse eigenvectors carried to the n fine points by the kernel-weighted average over the
     * subsample; subsample point p (coarse sorted order) is fine point {@code STRIDE * permutation[p]}.
     */
    private static double[] interpolate(SpectralKernels kernels, float[] x, Ranges ranges, double[] d, float g,
                                        LobpcgResult coarse, double[] dc, int[] permutation) {
        int n = d.length;
        int w = SpectralRoll.BLOCK;
        int k = VECTORS; // columns 0 .. k - 1 the vectors, column k = w - 1 the weights
        double[] vectors = coarse.eigenvectors(); // one copy: vector(e) copies its vector on every call
        int nc = permutation.length;
        float[] scattered = new float[n * w];
        for (int p = 0; p < nc; p++) {
            int i = STRIDE * permutation[p];
            double s = 1 / Math.sqrt(dc[p]);
            for (int e = 0; e < k; e++) {
                scattered[i * w + e] = (float) (vectors[e * nc + p] * s);
            }
            scattered[i * w + k] = 1f; // the denominator: the kernel's sum over the subsample
        }
        float[] sums = kernels.gauss3x12(x, x, scattered, g, ranges);
        double[] start = new double[n * k];
        for (int i = 0; i < n; i++) {
            double weight = sums[i * w + k];
            if (weight > 0) { // a point with no subsample point within the radius starts at 0
                double s = Math.sqrt(d[i]) / weight;
                for (int e = 0; e < k; e++) {
                    start[i * k + e] = sums[i * w + e] * s;
                }
            }
        }
        return start;
    }

    /** One line per level, coarsest first. */
    static String describe(List<Level> levels) {
        StringBuilder s = new StringBuilder();
        for (Level l : levels) {
            s.append(String.format(Locale.ROOT, "%n  subsample of %,d points: %d LOBPCG iterations to tolerance %.0e, "
                    + "%.3f s", l.n(), l.iterations(), TOL, l.seconds()));
        }
        return s.toString();
    }
}
