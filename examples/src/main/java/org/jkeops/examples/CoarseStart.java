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
 * spreads evenly over the roll, is a coarse roll whose {@value #VECTORS} smallest eigenpairs are
 * solved to a loose tolerance (with a start from its own subsample where that is worth solving).
 *
 * <p>Why it pays: the wanted eigenvectors are the smoothest functions on the roll, which a tenth of
 * the points already resolves, and LOBPCG spends most of its iterations finding those directions,
 * not polishing them: on the roll at N = 10^5 the fine solve took 63 iterations from this start
 * instead of 112, at N = 10^6 44 instead of 123, at 3 x 10^4 66 instead of 124 (docs/PERFORMANCE.md).
 * The answer is the same: the fine solve stops on the same residual test, only its start differs.
 *
 * <p>The coarse kernel's width: a tenth of the points at the same sigma has a tenth of the neighbours
 * within the cutoff, and below about {@value #MIN_NEIGHBOURS} per point the coarse graph no longer
 * resolves the roll (at N = 3 x 10^4, sigma = 0.01: 15 neighbours, 264 coarse iterations, and a start
 * that saved 6 of 124 fine ones). The coarse level then widens sigma just enough to keep
 * {@value #MIN_NEIGHBOURS} (on a surface the neighbours grow as sigma^2; at most by sqrt(STRIDE), which
 * restores the fine count), and is the last level: widening twice would let the cutoff bridge the
 * roll's layers. The smooth eigenvectors are nearly the same functions at the nearby sigma.
 *
 * <p>How the coarse vectors reach every point: a coarse eigenvector u_c of I - D_c^-1/2 K_c D_c^-1/2
 * gives the random-walk eigenvector f_c = D_c^-1/2 u_c, a smooth function on the roll. A
 * kernel-weighted average over the subsample, {@code f(i) = sum_j K_ij f_c(j) / sum_j K_ij} (j in the
 * subsample, K the fine kernel), carries it to every point, and u = D^1/2 f is a start vector of the
 * fine operator. The averages of all {@value #VECTORS} vectors and their common denominator are one
 * block pass of the fine kernel over a block that is zero off the subsample.
 */
final class CoarseStart {
    /** One point in STRIDE makes the next coarser level. */
    static final int STRIDE = 10;
    /**
     * The smallest coarse level worth solving (with a widened sigma where needed): the roll of 10^4
     * points took 147 iterations instead of 218 from a subsample of 1,000.
     */
    static final int MIN_POINTS = 1_000;
    /** Neighbours within the cutoff per point below which a coarse level widens its sigma. */
    static final int MIN_NEIGHBOURS = 100;
    /** Sampled rows for a coarse level's neighbour count ({@link RadiusRanges#estimatePairsWithin}). */
    private static final int SAMPLES = 2_000;
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

    /**
     * What one coarse level cost: its size, its kernel's sigma, LOBPCG iterations and seconds (its own
     * coarser levels included).
     */
    record Level(int n, double sigma, int iterations, double seconds) {
    }

    private CoarseStart() {
    }

    /** Whether a roll of n points gets a coarse start: its subsample has at least {@value #MIN_POINTS} points. */
    static boolean applies(int n) {
        return n / STRIDE >= MIN_POINTS;
    }

    /**
     * The start block, row-major n x {@value #VECTORS}, for the roll whose pattern is {@code fine}.
     *
     * @param fine       the fine points (sorted by their clusters), pattern and cutoff
     * @param neighbours the fine points' mean count of points within the cutoff (the caller's
     *                   {@link RadiusRanges#estimatePairsWithin} / n), which sets the subsample's sigma
     * @param d          the fine degrees K 1
     * @param g          the fine kernel's 1 / (2 sigma^2); the cutoff is {@code fine.radius()}
     * @param levels     receives each coarse level solved, coarsest first
     */
    static double[] block(SpectralKernels kernels, RadiusRanges fine, double neighbours, double[] d, float g,
                          List<Level> levels) {
        int n = d.length;
        int nc = n / STRIDE;
        long t0 = System.nanoTime();
        float[] x = fine.points();
        float[] sub = new float[3 * nc];
        for (int j = 0; j < nc; j++) {
            System.arraycopy(x, 3 * STRIDE * j, sub, 3 * j, 3);
        }
        double scale = widening(neighbours);
        float gc = (float) (g / (scale * scale));
        RadiusRanges coarse = RadiusRanges.of(sub, 3, fine.radius() * scale);
        float[] xc = coarse.points();
        Ranges rc = coarse.ranges();
        double[] dc = SpectralRoll.degrees(kernels, xc, gc, rc);
        Lobpcg solver = Lobpcg.of(SpectralTutorial.normalized(SpectralRoll.kernelOperator(kernels, xc, gc, rc, null), dc))
                .k(VECTORS).blockSize(SpectralRoll.BLOCK).tol(TOL);
        if (scale == 1 && applies(nc)) {
            solver.start(block(kernels, coarse, coarse.estimatePairsWithin(SAMPLES, 11) / nc, dc, gc, levels), VECTORS);
        }
        LobpcgResult r = solver.solve();
        levels.add(new Level(nc, Math.sqrt(0.5 / gc), r.iterations(), SpectralTutorial.seconds(t0)));
        return interpolate(kernels, x, fine.ranges(), d, g, r, dc, coarse.sorting().permutation());
    }

    /**
     * The factor on sigma for the subsample of a level with {@code neighbours} points within the
     * cutoff per point: 1 while the subsample keeps {@value #MIN_NEIGHBOURS}, else just enough to
     * restore them (neighbours grow as sigma^2 on a surface), at most sqrt(STRIDE).
     */
    static double widening(double neighbours) {
        double atSameSigma = neighbours / STRIDE;
        if (atSameSigma >= MIN_NEIGHBOURS) {
            return 1;
        }
        return Math.min(Math.sqrt(STRIDE), Math.sqrt(MIN_NEIGHBOURS / atSameSigma));
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
            s.append(String.format(Locale.ROOT, "%n  subsample of %,d points, sigma = %.4f: %d LOBPCG iterations to "
                    + "tolerance %.0e, %.3f s", l.n(), l.sigma(), l.iterations(), TOL, l.seconds()));
        }
        return s.toString();
    }
}
