package org.jkeops.device;

import java.util.Locale;
import java.util.SplittableRandom;
import org.jkeops.examples.BlockSparseKernels;
import org.jkeops.examples.BlockSparseTutorial;
import org.jkeops.runtime.Ranges;

/**
 * The block-sparse row of the device run: the block-sparse tutorial's large case (a noisy 2-D
 * spiral against a Gaussian blob, M = N points, sigma = eps = 0.02, cluster pairs kept when their
 * centroids are closer than 4 sigma) with {@code BlockSparseKernels.conv}, timed on OpenCL sparse
 * and dense and on SIMD sparse, the sparse OpenCL result compared with the SIMD one.
 */
final class BlockSparseBench {
    private static final double SIGMA = 0.02;
    private static final float EPS = 0.02f;

    private BlockSparseBench() {
    }

    /** What one run measured. */
    record Result(int size, double keptFraction, double prepareSeconds, double openClSparse, double openClDense,
            double simdSparse, String agreement) {
        boolean ok() {
            return agreement.startsWith("ok");
        }

        String tableRow() {
            return String.format(Locale.ROOT, "| block-sparse Gaussian conv D=2 (kept %.2f%%) | %,d | %.3f | %.3f | %.3f | "
                    + "%.1fx | %.1fx | %s |", 100 * keptFraction, size, openClSparse, openClDense, simdSparse,
                    openClDense / openClSparse, simdSparse / openClSparse, agreement);
        }
    }

    static Result run(int size, int reps, BlockSparseKernels onCl, BlockSparseKernels onSimd) {
        SplittableRandom rnd = new SplittableRandom(20260001L);
        float[][] xy = BlockSparseTutorial.dataset(rnd, size, size);
        float[] b = BlockSparseTutorial.gaussian(rnd, size);
        BlockSparseTutorial.Prepared p = BlockSparseTutorial.prepare(xy[0], xy[1], EPS, SIGMA, false);
        float[] xs = BlockSparseTutorial.scaled(p.x(), SIGMA);
        float[] ys = BlockSparseTutorial.scaled(p.y(), SIGMA);
        Ranges ranges = p.ranges();
        double prepare = p.total();
        double kept = ranges.pairsOverJ() / ((double) size * size);

        float[] clSparse = onCl.conv(xs, ys, b, ranges); // warm-up: program build, buffers
        double tClSparse = best(reps, () -> onCl.conv(xs, ys, b, ranges));
        onCl.conv(xs, ys, b, null);
        double tClDense = best(reps, () -> onCl.conv(xs, ys, b, null));
        float[] simdSparse = onSimd.conv(xs, ys, b, ranges);
        double tSimdSparse = best(reps, () -> onSimd.conv(xs, ys, b, ranges));
        String agreement = GpuBench.agreement(clSparse, simdSparse, size);
        System.out.printf(Locale.ROOT, "block-sparse M = N = %,d: kept %.2f%% of pairs (clustering + ranges %.2f s); "
                + "OpenCL sparse %.3f s, dense %.3f s; SIMD sparse %.3f s; %s%n", size, 100 * kept, prepare, tClSparse,
                tClDense, tSimdSparse, agreement);
        return new Result(size, kept, prepare, tClSparse, tClDense, tSimdSparse, agreement);
    }

    private static double best(int reps, Runnable call) {
        double best = Double.MAX_VALUE;
        for (int r = 0; r < reps; r++) {
            long t0 = System.nanoTime();
            call.run();
            best = Math.min(best, seconds(t0));
            if (best > 20) {
                break;
            }
        }
        return best;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) * 1e-9;
    }
}
