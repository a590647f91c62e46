package org.jkeops.device;

import java.util.Locale;
import java.util.SplittableRandom;
import org.jkeops.cluster.Clusters;
import org.jkeops.cluster.RangesCentroids;
import org.jkeops.cluster.Sorting;
import org.jkeops.examples.BlockSparseKernels;
import org.jkeops.runtime.Ranges;

/**
 * The block-sparse row of the device run: the block-sparse tutorial's large case (a noisy 2-D
 * spiral against a Gaussian blob, M = N points, sigma = eps = 0.02, cluster pairs kept when their
 * centroids are closer than 4 sigma) with {@code BlockSparseKernels.conv}, timed on OpenCL sparse
 * and dense and on SIMD sparse, the sparse OpenCL result compared with the SIMD one.
 *
 * <p>The data and the pattern repeat {@code BlockSparseTutorial}'s (same draws, same mask) rather
 * than call it: loading that class needs XChart, which the device bundle leaves out with
 * java.desktop (calling it failed the dry run with {@code NoClassDefFoundError}).
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
        float[] x0 = new float[2 * size];
        for (int i = 0; i < size; i++) {
            double t = 2 * Math.PI * i / size;
            x0[2 * i] = (float) (0.4 + 0.4 * (t / 7) * Math.cos(t) + 0.01 * rnd.nextGaussian());
            x0[2 * i + 1] = (float) (0.5 + 0.3 * Math.sin(t) + 0.01 * rnd.nextGaussian());
        }
        float[] y0 = new float[2 * size];
        for (int k = 0; k < y0.length; k++) {
            y0[k] = (float) (rnd.nextGaussian() / 10 + 0.6);
        }
        float[] b = new float[size];
        for (int k = 0; k < size; k++) {
            b[k] = (float) rnd.nextGaussian();
        }

        long t0 = System.nanoTime();
        int[] xLabels = Clusters.gridCluster(x0, 2, EPS);
        int[] yLabels = Clusters.gridCluster(y0, 2, EPS);
        RangesCentroids xrc = Clusters.clusterRangesCentroids(x0, 2, xLabels);
        RangesCentroids yrc = Clusters.clusterRangesCentroids(y0, 2, yLabels);
        Sorting xSort = Clusters.sortClusters(xLabels);
        Sorting ySort = Clusters.sortClusters(yLabels);
        float[] xs = scaled(xSort.apply(x0, 2));
        float[] ys = scaled(ySort.apply(y0, 2));
        int mc = xrc.clusters();
        int nc = yrc.clusters();
        float[] cx = xrc.centroids();
        float[] cy = yrc.centroids();
        double r2 = (4 * SIGMA) * (4 * SIGMA);
        boolean[] keep = new boolean[mc * nc];
        for (int i = 0; i < mc; i++) {
            for (int j = 0; j < nc; j++) {
                double dx = cx[2 * i] - cy[2 * j];
                double dy = cx[2 * i + 1] - cy[2 * j + 1];
                keep[i * nc + j] = dx * dx + dy * dy < r2;
            }
        }
        Ranges ranges = Ranges.fromMatrix(xrc.ranges(), yrc.ranges(), keep);
        double prepare = seconds(t0);
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

    private static float[] scaled(float[] a) {
        float[] s = new float[a.length];
        for (int k = 0; k < a.length; k++) {
            s[k] = (float) (a[k] / SIGMA);
        }
        return s;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) * 1e-9;
    }
}
