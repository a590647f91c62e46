package org.jkeops.examples;

import org.jkeops.linalg.LinearOperator;
import org.jkeops.linalg.Lobpcg;
import org.jkeops.linalg.LobpcgResult;

/**
 * A start block for LOBPCG on the spiral's graph Laplacian L = diag(D) - K, from the eigenvectors of
 * a subsample: every {@value #STRIDE}-th point of the spiral (generated in order along the curve,
 * so the subsample is the same spiral, sparser) with the same sigma. Its {@value #VECTORS} smallest
 * eigenvectors, solved to a loose tolerance, are smooth functions along the curve; a kernel-weighted
 * average over the subsample, {@code f(i) = sum_j K_ij f_c(j) / sum_j K_ij} (j in the subsample),
 * carries them to every point in one 10-column pass of the kernel between all points and the
 * subsample (the vectors and, in the last column, the weights): a tenth of a fine pass. The same construction as the roll's {@link CoarseStart}, for the
 * unnormalized Laplacian of a dense kernel. The fine solve stops on the same residual test: only
 * its start differs.
 *
 * <p>The coarse solve is not preconditioned even where the fine one is ({@link
 * SpectralTutorial#laplacianJacobi}): with diag(L)^-1 it stops after 11 iterations instead of 23,
 * but the fine solve from its vectors then takes 7 iterations instead of 6, and one fine pass
 * (n^2 pairs) costs more than those 12 coarse iterations (n^2 / 100 pairs each).
 */
final class SpiralStart {
    /** One point in STRIDE makes the subsample. */
    static final int STRIDE = 10;
    /** The coarse solve's tolerance: the start needs the right directions, not 1e-6 residuals. */
    static final double TOL = 1e-4;
    /** Coarse eigenvectors carried over: as many as the 10-column block holds beside its weights. */
    static final int VECTORS = SpectralTutorial.SPIRAL_BLOCK - 1;

    /** The start block, row-major n x {@value #VECTORS}, and the coarse solve's iterations. */
    record Start(double[] block, int coarsePoints, int coarseIterations) {
    }

    private SpiralStart() {
    }

    /** Whether the subsample of n points holds more points than the {@value #VECTORS} vectors it solves for. */
    static boolean applies(int n) {
        return n / STRIDE > VECTORS;
    }

    /** The start for the spiral {@code x} (n points in 2-D, in order along the curve), g = 1 / (2 sigma^2). */
    static Start block(SpectralKernels kernels, float[] x, float g) {
        int n = x.length / 2;
        int nc = n / STRIDE;
        int w = SpectralTutorial.SPIRAL_BLOCK;
        float[] xc = new float[2 * nc];
        for (int j = 0; j < nc; j++) {
            System.arraycopy(x, 2 * STRIDE * j, xc, 2 * j, 2);
        }
        float[] ones = new float[nc];
        java.util.Arrays.fill(ones, 1f);
        double[] dc = SpectralTutorial.widen(kernels.gauss2(xc, xc, ones, g));
        LinearOperator kc = SpectralTutorial.spiralKernel(kernels, xc, g, null);
        LobpcgResult coarse = Lobpcg.of(LinearOperator.diag(dc).minus(kc)).k(VECTORS).blockSize(w).tol(TOL).solve();
        double[] vectors = coarse.eigenvectors(); // one copy: vector(e) copies its vector on every call
        // The fine kernel between every point and the subsample: n x nc pairs, a tenth of a pass.
        float[] coarseBlock = new float[nc * w];
        for (int p = 0; p < nc; p++) {
            for (int e = 0; e < VECTORS; e++) {
                coarseBlock[p * w + e] = (float) vectors[e * nc + p];
            }
            coarseBlock[p * w + VECTORS] = 1f; // the denominator: the kernel's sum over the subsample
        }
        float[] sums = kernels.gauss2x10(x, xc, coarseBlock, g);
        double[] start = new double[n * VECTORS];
        for (int i = 0; i < n; i++) {
            double weight = sums[i * w + VECTORS];
            if (weight > 0) { // exp underflows to 0 only for a point far from every subsample point
                for (int e = 0; e < VECTORS; e++) {
                    start[i * VECTORS + e] = sums[i * w + e] / weight;
                }
            }
        }
        return new Start(start, nc, coarse.iterations());
    }
}
