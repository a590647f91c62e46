package org.jkeops.examples;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.jkeops.cluster.Clusters;
import org.jkeops.cluster.RangesCentroids;
import org.jkeops.cluster.Sorting;
import org.jkeops.runtime.Backend;
import org.jkeops.runtime.KernelInfo;
import org.jkeops.runtime.KernelRuntime;
import org.jkeops.runtime.Ranges;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.Marker;

/**
 * KeOps' tutorial "Block-sparse reductions" (plot_grid_cluster_pytorch) step by step, on the same
 * data: a noisy spiral of M target points x, a Gaussian blob of N source points y, grid clustering
 * with bins of side eps = 0.05, a coarse cluster-cluster mask keeping the pairs whose centroids are
 * closer than 4 sigma (sigma = 0.05), and a Gaussian convolution a_i = sum_j exp(-|x_i - y_j|^2 /
 * (2 sigma^2)) b_j computed densely and block-sparsely. Prints the same lines as the tutorial
 * (timings, kept fraction, relative time and error, the highlighted cluster) and writes its two
 * figures as PNG: the mask with the highlighted cluster's row, and the points with that cluster
 * (cyan), the source points of its kept neighbour clusters (magenta) and the centroids (black).
 *
 * <p>A second part shows where block sparsity pays: many more points ({@code --large N}, 2·10^5 by
 * default) and a smaller radius (sigma = eps = 0.02, clusters of a few hundred points), so that
 * about 1.4% of the kernel matrix is kept; it compares the measured speed-up, clustering included, with the ideal one, 1 / kept
 * fraction, and prints PASS when it reaches at least half of it.
 *
 * <p>Checks (exit status 1 on failure): on 200 sampled rows the block-sparse result equals a
 * float64 sum over the kept pairs only (relative to the sum of |terms|, within 1e-4), and its
 * relative error against the dense result is below 1%. The speed-up is only reported unless
 * {@code --strict} is given, because shared CI machines time noisily.
 *
 * <p>Flags: {@code --size N} (M = N of the tutorial, 5000), {@code --large N} (0 skips the second
 * part), {@code --large-sigma S} and {@code --large-eps E} (0.02 each; a sigma whose mask keeps no
 * pair of clusters is refused before anything runs), {@code --out DIR} (figures, default
 * target/tutorial-000), {@code --strict}, {@code --backend auto|scalar|simd|opencl}, {@code --help}.
 */
public final class BlockSparseTutorial {
    private static final int CHECKED_ROWS = 200;
    private static final double KEPT_PAIRS_TOLERANCE = 1e-4;
    private static final double DENSE_ERROR_LIMIT = 0.01;
    /** Above this estimate the dense product of the second part runs on a subset of rows. */
    private static final double DENSE_BUDGET_SECONDS = 60;
    /** The time a subset of rows is sized for, when the whole dense product would be too long. */
    private static final double DENSE_SUBSET_SECONDS = 20;
    /** Generated code exists for these backends (as in BlockSparseKernelsImpl). */
    private static final KernelInfo CONV_INFO = new KernelInfo("BlockSparseKernels.conv",
            Set.of(Backend.SCALAR, Backend.SIMD, Backend.OPENCL));

    private BlockSparseTutorial() {
    }

    /** The fewest points of a part: its 1 % relative-error check compares sums over many pairs. */
    static final int MIN_POINTS = 100;

    public static void main(String[] args) throws IOException {
        int size = 5000;
        int large = 200_000;
        Path out = Path.of("target", "tutorial-000");
        boolean strict = false;
        double largeSigma = 0.02;
        double largeEps = 0.02;
        Backend backend = null;
        try {
            for (int a = 0; a < args.length; a++) {
                switch (args[a]) {
                    case "--help", "-h" -> throw new ExampleArgs.HelpRequested();
                    case "--size" -> size = ExampleArgs.count("--size", ExampleArgs.value("--size", args, ++a),
                            MIN_POINTS, false, "its 1 % relative-error check sums over many pairs");
                    case "--large" -> large = ExampleArgs.count("--large", ExampleArgs.value("--large", args, ++a),
                            MIN_POINTS, true, "its 1 % relative-error check sums over many pairs");
                    case "--out" -> out = Path.of(ExampleArgs.value("--out", args, ++a));
                    case "--large-sigma" -> largeSigma = ExampleArgs.positive("--large-sigma",
                            ExampleArgs.value("--large-sigma", args, ++a));
                    case "--large-eps" -> largeEps = ExampleArgs.positive("--large-eps",
                            ExampleArgs.value("--large-eps", args, ++a));
                    case "--strict" -> strict = true;
                    case "--backend" -> backend = ExampleArgs.backend(ExampleArgs.value("--backend", args, ++a));
                    default -> throw new IllegalArgumentException("unknown argument '" + args[a] + "'");
                }
            }
            if (large > 0) {
                checkLargeSigma(large, largeSigma, largeEps);
            }
            out = ExampleArgs.outDir(out);
        } catch (IllegalArgumentException e) {
            ExampleArgs.exit("BlockSparseTutorial", e, "[--size N] [--large N] [--large-sigma S] [--large-eps E]"
                    + " [--out DIR] [--strict] [--backend auto|scalar|simd|opencl]");
            return;
        }
        KernelRuntime runtime = ExampleArgs.runtime(backend);
        BlockSparseKernels kernels = new BlockSparseKernelsImpl(runtime);
        String backendName = runtime.select(CONV_INFO) + " backend (" + runtime.threads() + " threads)";

        boolean ok = tutorial(kernels, backendName, size, size, out);
        if (large > 0) {
            ok &= whereItPays(kernels, backendName, large, largeSigma, largeEps, strict);
        }
        System.out.println(ok ? "OK" : "FAILED");
        if (!ok) {
            System.exit(1);
        }
    }

    // ---------------------------------------------------------------------------------------
    // Part 1: the tutorial
    // ---------------------------------------------------------------------------------------

    private static boolean tutorial(BlockSparseKernels kernels, String backendName, int m, int n, Path out)
            throws IOException {
        System.out.printf(Locale.ROOT, "== Block-sparse reductions: M = %d, N = %d, %s%n", m, n, backendName);
        SplittableRandom rnd = new SplittableRandom(20260000L);
        float[][] xy = dataset(rnd, m, n);
        double eps = 0.05;
        double sigma = 0.05;
        System.out.printf(Locale.ROOT, "eps = %.2f (square bins), sigma = %.2f, keep = |c_x - c_y|^2 < (4 sigma)^2%n%n",
                eps, sigma);

        Prepared p = prepare(xy[0], xy[1], (float) eps, sigma, true);
        System.out.printf(Locale.ROOT, "We keep %.2e/%.2e = %2d%% of the original kernel matrix.%n%n",
                (double) p.keptPairs, (double) m * n, (int) (100.0 * p.keptPairs / ((double) m * n)));

        // The Gaussian kernel on x / sigma, y / sigma, and a random signal b on the (sorted) y_j.
        float[] xs = scaled(p.x, sigma);
        float[] ys = scaled(p.y, sigma);
        float[] b = gaussian(rnd, n);

        kernels.conv(xs, ys, b, null); // warm-up
        long t0 = System.nanoTime();
        float[] aFull = kernels.conv(xs, ys, b, null);
        double tFull = seconds(t0);
        System.out.printf(Locale.ROOT, " Full  convolution, %s: %2.4fs%n", backendName, tFull);

        kernels.conv(xs, ys, b, p.ranges); // warm-up
        long t1 = System.nanoTime();
        float[] aSparse = kernels.conv(xs, ys, b, p.ranges);
        double tSparse = seconds(t1);
        System.out.printf(Locale.ROOT, "Sparse convolution, %s: %2.4fs%n", backendName, tSparse);
        System.out.printf(Locale.ROOT, "Relative time : %3d%% (%3d%% including clustering), %n",
                (int) (100 * tSparse / tFull), (int) (100 * (tSparse + p.total) / tFull));
        double relError = relativeError(aSparse, aFull);
        System.out.printf(Locale.ROOT, "Relative error:   %3.4f%%%n%n", 100 * relError);

        // The cluster whose centroid is closest to (0.43, 0.6), its points and its kept neighbours.
        int clust = closestCentroid(p.xrc.centroids(), 0.43, 0.6);
        int[] rangesI = p.ranges.rangesI();
        int[] slicesI = p.ranges.slicesI();
        int[] redrangesJ = p.ranges.redrangesJ();
        int startI = rangesI[2 * clust];
        int endI = rangesI[2 * clust + 1];
        int from = clust == 0 ? 0 : slicesI[clust - 1];
        int to = slicesI[clust];
        long neighbourPoints = 0;
        for (int k = from; k < to; k++) {
            neighbourPoints += redrangesJ[2 * k + 1] - redrangesJ[2 * k];
        }
        System.out.printf(Locale.ROOT, "Cluster %d (centroid (%.3f, %.3f), closest to (0.43, 0.6)): target points [%d, %d),"
                        + " %d kept neighbour clusters out of %d (%d source points)%n",
                clust, p.xrc.centroids()[2 * clust], p.xrc.centroids()[2 * clust + 1], startI, endI, to - from,
                p.yrc.clusters(), neighbourPoints);

        boolean ok = checks(xs, ys, b, p, aSparse, relError, rnd);

        Files.createDirectories(out);
        Path mask = out.resolve("block-sparse-mask.png");
        writeMask(p.keep, p.xrc.clusters(), p.yrc.clusters(), clust, mask);
        Path scatter = out.resolve("block-sparse-clusters.png");
        writeScatter(p, clust, from, to, redrangesJ, startI, endI, scatter);
        System.out.printf(Locale.ROOT, "figures: %s, %s%n%n", mask, scatter);
        return ok;
    }

    // ---------------------------------------------------------------------------------------
    // Part 2: where block sparsity pays
    // ---------------------------------------------------------------------------------------

    /** The seed of the second part's points (the first values drawn from it). */
    private static final long LARGE_SEED = 20260001L;

    /**
     * Refuses, before anything runs, a {@code --large-sigma} the second part cannot use, as
     * SpectralTutorial refuses its {@code --sigma}: one whose 1 / sigma overflows float32 (the points
     * are divided by sigma), and one for which the coarse mask keeps no cluster pair (no target and
     * source centroids closer than 4 sigma), whose block-sparse result would be all zeros and whose
     * error check would fail as if the library were wrong. The second needs the part's clusters:
     * its points (the same seed) are drawn and clustered here once more, which costs little next
     * to the part itself.
     */
    static void checkLargeSigma(int size, double sigma, double eps) {
        if (Float.isInfinite((float) (1 / sigma))) {
            throw new IllegalArgumentException("--large-sigma " + sigma + " is too small: the points are divided by"
                    + " sigma, and 1 / sigma overflows float32");
        }
        float[][] xy = dataset(new SplittableRandom(LARGE_SEED), size, size);
        float[] cx = Clusters.clusterRangesCentroids(xy[0], 2, Clusters.gridCluster(xy[0], 2, (float) eps)).centroids();
        float[] cy = Clusters.clusterRangesCentroids(xy[1], 2, Clusters.gridCluster(xy[1], 2, (float) eps)).centroids();
        double closest2 = Double.POSITIVE_INFINITY;
        for (int i = 0; i < cx.length / 2; i++) {
            for (int j = 0; j < cy.length / 2; j++) {
                double dx = cx[2 * i] - cy[2 * j];  // as prepare() computes the mask
                double dy = cx[2 * i + 1] - cy[2 * j + 1];
                closest2 = Math.min(closest2, dx * dx + dy * dy);
            }
        }
        if (!(closest2 < (4 * sigma) * (4 * sigma))) {
            double closest = Math.sqrt(closest2);
            throw new IllegalArgumentException(String.format(Locale.ROOT, "--large-sigma %s keeps no pair of clusters: the"
                    + " mask keeps centroids closer than 4 sigma = %.3g, and the closest target and source centroids"
                    + " (bins of --large-eps %s, %,d points) are %.3g apart; take --large-sigma above %.3g",
                    sigma, 4 * sigma, eps, size, closest, closest / 4));
        }
    }

    private static boolean whereItPays(BlockSparseKernels kernels, String backendName, int size, double sigma,
                                       double eps, boolean strict) {
        int m = size;
        int n = size;
        System.out.printf(Locale.ROOT, "== Where block sparsity pays: M = N = %d, sigma = %.3g, eps = %.3g, "
                + "keep = |c_x - c_y| < 4 sigma, %s%n", size, sigma, eps, backendName);
        SplittableRandom rnd = new SplittableRandom(LARGE_SEED);
        float[][] xy = dataset(rnd, m, n);
        Prepared p = prepare(xy[0], xy[1], (float) eps, sigma, false);
        double kept = p.keptPairs / ((double) m * n);
        System.out.printf(Locale.ROOT, "clusters: %d target (%.0f points on average), %d source (%.0f points on average)%n",
                p.xrc.clusters(), (double) m / p.xrc.clusters(), p.yrc.clusters(), (double) n / p.yrc.clusters());
        System.out.printf(Locale.ROOT, "clustering + ranges + sort + mask: %.4fs%n", p.total);
        System.out.printf(Locale.ROOT, "We keep %.2e/%.2e = %.2f%% of the original kernel matrix.%n",
                (double) p.keptPairs, (double) m * n, 100 * kept);

        float[] xs = scaled(p.x, sigma);
        float[] ys = scaled(p.y, sigma);
        float[] b = gaussian(rnd, n);

        long tw = System.nanoTime();
        kernels.conv(xs, ys, b, p.ranges); // warm-up at this size
        int reps = seconds(tw) < 1 ? 5 : 1; // best of 5 when cheap: steadier on shared machines, past JIT warm-up
        double tSparse = Double.POSITIVE_INFINITY;
        float[] aSparse = null;
        for (int rep = 0; rep < reps; rep++) {
            long t0 = System.nanoTime();
            aSparse = kernels.conv(xs, ys, b, p.ranges);
            tSparse = Math.min(tSparse, seconds(t0));
        }
        System.out.printf(Locale.ROOT, "Sparse convolution: %.4fs (%.3g kept pairs/s)%n", tSparse, p.keptPairs / tSparse);

        // Dense: time a small subset of rows first (also a warm-up), then all rows if that fits the
        // budget, else an evenly spaced subset sized to fit it (dense cost is linear in M).
        int probeRows = Math.min(m, 1000);
        float[][] denseOut = new float[1][];
        double tProbe = denseOnRows(kernels, xs, ys, b, evenRows(m, probeRows), denseOut);
        double estimate = tProbe * m / probeRows;
        int rows = estimate <= DENSE_BUDGET_SECONDS ? m
                : (int) Math.min(m, Math.max(probeRows, m * DENSE_SUBSET_SECONDS / estimate));
        int[] denseRows = evenRows(m, rows);
        double tRows = rows == probeRows ? tProbe : denseOnRows(kernels, xs, ys, b, denseRows, denseOut);
        double tFull = tRows * m / rows;
        if (rows == m) {
            System.out.printf(Locale.ROOT, " Full  convolution: %.4fs (%.3g pairs/s)%n", tFull, (double) m * n / tFull);
        } else {
            System.out.printf(Locale.ROOT, " Full  convolution: %.4fs, dense time extrapolated from %d of %d rows "
                    + "(%.4fs measured; %.3g pairs/s)%n", tFull, rows, m, tRows, (double) rows * n / tRows);
        }

        double ideal = 1 / kept;
        double measured = tFull / (tSparse + p.total);
        System.out.printf(Locale.ROOT, "Speed-up: ideal 1/kept = %.1fx; measured %.1fx including clustering "
                + "(%.1fx without)%n", ideal, measured, tFull / tSparse);
        double denseRate = (double) rows * n / tRows;
        double sparseRate = p.keptPairs / tSparse;
        if (denseRate < sparseRate / 2) {
            // exp(-d^2/2) of far pairs (d ~ 13.2 .. 14.4) is a float32 subnormal, which CPUs handle slowly
            System.out.printf(Locale.ROOT, "note: the dense product ran at %.3g pairs/s, the block-sparse one at %.3g kept "
                    + "pairs/s: far pairs whose exp(-d^2/2) is a float32 subnormal are slow on the CPU, and only the "
                    + "dense product meets them, so the measured speed-up can exceed the ideal one%n", denseRate, sparseRate);
        }
        boolean fast = measured >= ideal / 2;
        System.out.printf(Locale.ROOT, "speed-up >= ideal / 2: %s%n", fast ? "met"
                : strict ? "FAILED (--strict)" : "below target (reported only; --strict makes it a check)");

        float[] sparseOnRows = new float[rows];
        for (int r = 0; r < rows; r++) {
            sparseOnRows[r] = aSparse[denseRows[r]];
        }
        double relError = relativeError(sparseOnRows, denseOut[0]);
        System.out.printf(Locale.ROOT, "Relative error%s:   %3.4f%%%n", rows == m ? "" : " (on the dense rows)",
                100 * relError);
        boolean ok = checks(xs, ys, b, p, aSparse, relError, rnd);
        System.out.println();
        return ok && (fast || !strict);
    }

    /** Times the dense product on the given rows of x; stores the result in out[0] when out is given. */
    private static double denseOnRows(BlockSparseKernels kernels, float[] xs, float[] ys, float[] b, int[] rows,
                                      float[][] out) {
        float[] sub = new float[2 * rows.length];
        for (int r = 0; r < rows.length; r++) {
            sub[2 * r] = xs[2 * rows[r]];
            sub[2 * r + 1] = xs[2 * rows[r] + 1];
        }
        long t0 = System.nanoTime();
        float[] a = kernels.conv(sub, ys, b, null);
        double t = seconds(t0);
        if (out != null) {
            out[0] = a;
        }
        return t;
    }

    /** count evenly spaced indices in [0, m). */
    private static int[] evenRows(int m, int count) {
        int[] rows = new int[count];
        for (int r = 0; r < count; r++) {
            rows[r] = (int) ((long) r * m / count);
        }
        return rows;
    }

    // ---------------------------------------------------------------------------------------
    // The pipeline: clustering, ranges and centroids, sorting, the coarse mask
    // ---------------------------------------------------------------------------------------

    /** Sorted points and labels, clusters, the coarse mask and the ranges built from it, with timings. */
    private record Prepared(float[] x, float[] y, int[] xLabels, int[] yLabels, RangesCentroids xrc,
                            RangesCentroids yrc, boolean[] keep, Ranges ranges, long keptPairs, double total) {
    }

    private static Prepared prepare(float[] x0, float[] y0, float eps, double sigma, boolean print) {
        long start = System.nanoTime();
        long t = System.nanoTime();
        int[] xLabels = Clusters.gridCluster(x0, 2, eps);
        int[] yLabels = Clusters.gridCluster(y0, 2, eps);
        double tCluster = seconds(t);

        t = System.nanoTime();
        RangesCentroids xrc = Clusters.clusterRangesCentroids(x0, 2, xLabels);
        RangesCentroids yrc = Clusters.clusterRangesCentroids(y0, 2, yLabels);
        double tRanges = seconds(t);

        t = System.nanoTime();
        Sorting xSort = Clusters.sortClusters(xLabels);
        Sorting ySort = Clusters.sortClusters(yLabels);
        float[] x = xSort.apply(x0, 2);
        float[] y = ySort.apply(y0, 2);
        double tSort = seconds(t);

        // Skip the cluster pairs whose centroids are further apart than 4 sigma: exp(-8) << 1.
        t = System.nanoTime();
        int mc = xrc.clusters();
        int nc = yrc.clusters();
        float[] cx = xrc.centroids();
        float[] cy = yrc.centroids();
        double r2 = (4 * sigma) * (4 * sigma);
        boolean[] keep = new boolean[mc * nc];
        for (int i = 0; i < mc; i++) {
            for (int j = 0; j < nc; j++) {
                double dx = cx[2 * i] - cy[2 * j];
                double dy = cx[2 * i + 1] - cy[2 * j + 1];
                keep[i * nc + j] = dx * dx + dy * dy < r2;
            }
        }
        Ranges ranges = Ranges.fromMatrix(xrc.ranges(), yrc.ranges(), keep);
        double tProcess = seconds(t);
        double total = seconds(start);
        if (print) {
            System.out.printf(Locale.ROOT, "Perform clustering       : %.4fs%n", tCluster);
            System.out.printf(Locale.ROOT, "Compute ranges+centroids : %.4fs%n", tRanges);
            System.out.printf(Locale.ROOT, "Sort the points          : %.4fs%n", tSort);
            System.out.printf(Locale.ROOT, "Process the ranges       : %.4fs%n", tProcess);
            System.out.printf(Locale.ROOT, "Total time               : %.4fs%n%n", total);
        }

        // The area of the kept blocks, from the cluster sizes (as the tutorial computes it).
        int[] ri = xrc.ranges();
        int[] rj = yrc.ranges();
        long keptPairs = 0;
        for (int i = 0; i < mc; i++) {
            for (int j = 0; j < nc; j++) {
                if (keep[i * nc + j]) {
                    keptPairs += (long) (ri[2 * i + 1] - ri[2 * i]) * (rj[2 * j + 1] - rj[2 * j]);
                }
            }
        }
        ranges.validate(x.length / 2, y.length / 2);
        if (keptPairs != ranges.pairsOverJ()) {
            throw new IllegalStateException("kept area " + keptPairs + " != ranges.pairsOverJ() " + ranges.pairsOverJ());
        }
        return new Prepared(x, y, xSort.labels(), ySort.labels(), xrc, yrc, keep, ranges, keptPairs, total);
    }

    // ---------------------------------------------------------------------------------------
    // Checks
    // ---------------------------------------------------------------------------------------

    /**
     * Compares sampled rows of the block-sparse result with a float64 sum over the kept pairs
     * only (from the mask and the cluster ranges, not from the Ranges object), and the relative
     * error against the dense result with its limit.
     */
    private static boolean checks(float[] xs, float[] ys, float[] b, Prepared p, float[] aSparse, double relError,
                                  SplittableRandom rnd) {
        int m = xs.length / 2;
        int nc = p.yrc.clusters();
        int[] rj = p.yrc.ranges();
        int[] rows = rnd.ints(Math.min(CHECKED_ROWS, m), 0, m).toArray();
        double worst = 0;
        for (int i : rows) {
            int ci = p.xLabels[i];
            double ref = 0;
            double scale = 0;
            for (int cj = 0; cj < nc; cj++) {
                if (!p.keep[ci * nc + cj]) {
                    continue;
                }
                for (int j = rj[2 * cj]; j < rj[2 * cj + 1]; j++) {
                    double dx = (double) xs[2 * i] - ys[2 * j];
                    double dy = (double) xs[2 * i + 1] - ys[2 * j + 1];
                    double term = Math.exp(-(dx * dx + dy * dy) / 2) * b[j];
                    ref += term;
                    scale += Math.abs(term);
                }
            }
            double err = scale == 0 ? Math.abs(aSparse[i]) : Math.abs(aSparse[i] - ref) / scale;
            worst = Math.max(worst, err);
        }
        boolean keptOk = worst < KEPT_PAIRS_TOLERANCE;
        boolean denseOk = relError < DENSE_ERROR_LIMIT;
        System.out.printf(Locale.ROOT, "check block-sparse vs float64 sum over the kept pairs on %d rows: "
                + "max error / sum|terms| = %.2e  %s%n", rows.length, worst, keptOk ? "OK" : "FAILED");
        System.out.printf(Locale.ROOT, "check relative error vs dense < %.0f%%: %.4f%%  %s%n", 100 * DENSE_ERROR_LIMIT,
                100 * relError, denseOk ? "OK" : "FAILED");
        return keptOk && denseOk;
    }

    /** sum |a - ref| / sum |ref|. */
    private static double relativeError(float[] a, float[] ref) {
        double num = 0;
        double den = 0;
        for (int i = 0; i < a.length; i++) {
            num += Math.abs((double) a[i] - ref[i]);
            den += Math.abs((double) ref[i]);
        }
        return num / den;
    }

    // ---------------------------------------------------------------------------------------
    // Data
    // ---------------------------------------------------------------------------------------

    /**
     * The tutorial's point clouds: x on the spiral t -> (0.4 + 0.4 (t/7) cos t, 0.5 + 0.3 sin t),
     * t = linspace(0, 2 pi, M + 1)[:-1], plus 0.01 N(0, 1) noise; y = N(0, 1) / 10 + (0.6, 0.6).
     */
    private static float[][] dataset(SplittableRandom rnd, int m, int n) {
        float[] x = new float[2 * m];
        for (int i = 0; i < m; i++) {
            double t = 2 * Math.PI * i / m;
            x[2 * i] = (float) (0.4 + 0.4 * (t / 7) * Math.cos(t) + 0.01 * rnd.nextGaussian());
            x[2 * i + 1] = (float) (0.5 + 0.3 * Math.sin(t) + 0.01 * rnd.nextGaussian());
        }
        float[] y = new float[2 * n];
        for (int k = 0; k < 2 * n; k++) {
            y[k] = (float) (rnd.nextGaussian() / 10 + 0.6);
        }
        return new float[][] {x, y};
    }

    private static float[] gaussian(SplittableRandom rnd, int n) {
        float[] v = new float[n];
        for (int k = 0; k < n; k++) {
            v[k] = (float) rnd.nextGaussian();
        }
        return v;
    }

    private static float[] scaled(float[] a, double sigma) {
        float[] s = new float[a.length];
        for (int k = 0; k < a.length; k++) {
            s[k] = (float) (a[k] / sigma);
        }
        return s;
    }

    private static int closestCentroid(float[] centroids, double px, double py) {
        int best = 0;
        double bestD = Double.POSITIVE_INFINITY;
        for (int c = 0; c < centroids.length / 2; c++) {
            double dx = centroids[2 * c] - px;
            double dy = centroids[2 * c + 1] - py;
            if (dx * dx + dy * dy < bestD) {
                bestD = dx * dx + dy * dy;
                best = c;
            }
        }
        return best;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) * 1e-9;
    }

    // ---------------------------------------------------------------------------------------
    // Figures
    // ---------------------------------------------------------------------------------------

    /** viridis at 0, 1/3, 2/3 and 1, as matplotlib's matshow shows the values 0..3. */
    private static final Color[] VIRIDIS4 = {
        new Color(0x440154), new Color(0x31688E), new Color(0x35B779), new Color(0xFDE725),
    };

    /**
     * The coarse mask as matshow draws it: row ci, column cj; kept = 1, and the highlighted
     * cluster's row plus 2 (3 where kept, 2 where not), as {@code keep[clust_i] += 2}.
     */
    private static void writeMask(boolean[] keep, int mc, int nc, int clust, Path file) throws IOException {
        int cell = Math.max(1, Math.min(8, 900 / Math.max(mc, nc)));
        int left = 60;
        int top = 70;
        int width = left + nc * cell + 30;
        int height = top + mc * cell + 40;
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < mc; i++) {
            for (int j = 0; j < nc; j++) {
                int v = (keep[i * nc + j] ? 1 : 0) + (i == clust ? 2 : 0);
                g.setColor(VIRIDIS4[v]);
                g.fillRect(left + j * cell, top + i * cell, cell, cell);
            }
        }
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1));
        g.drawRect(left - 1, top - 1, nc * cell + 1, mc * cell + 1);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        int step = nc > 100 || mc > 100 ? 20 : 10;
        for (int j = 0; j < nc; j += step) { // column ticks on top, as matshow
            int px = left + j * cell + cell / 2;
            g.drawLine(px, top - 6, px, top - 1);
            String s = Integer.toString(j);
            g.drawString(s, px - g.getFontMetrics().stringWidth(s) / 2, top - 9);
        }
        for (int i = 0; i < mc; i += step) {
            int py = top + i * cell + cell / 2;
            g.drawLine(left - 6, py, left - 1, py);
            String s = Integer.toString(i);
            g.drawString(s, left - 9 - g.getFontMetrics().stringWidth(s), py + 4);
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.drawString(String.format(Locale.ROOT, "Cluster-cluster mask keep (%d x %d): kept = 1, row of cluster %d + 2",
                mc, nc, clust), left, 22);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawString("source clusters (columns)", left, top - 28);
        g.drawString("target clusters (rows)", left, top + mc * cell + 25);
        g.dispose();
        ImageIO.write(img, "png", file.toFile());
    }

    /** A filled circle of a fixed diameter, whatever the chart's marker size. */
    private static final class Dot extends Marker {
        private final double diameter;

        Dot(double diameter) {
            this.diameter = diameter;
        }

        @Override
        public void paint(Graphics2D g, double x, double y, int markerSize) {
            g.fill(new Ellipse2D.Double(x - diameter / 2, y - diameter / 2, diameter, diameter));
        }
    }

    /**
     * The tutorial's second figure: target points coloured by cluster (Wistia shades), source
     * points by cluster (winter shades), the source points of the highlighted cluster's kept
     * neighbours in magenta, the highlighted cluster in cyan, the centroids in black.
     */
    private static void writeScatter(Prepared p, int clust, int from, int to, int[] redrangesJ, int startI, int endI,
                                      Path file) throws IOException {
        XYChart chart = new XYChartBuilder().width(900).height(900)
                .title("Block-sparse reduction: cluster " + clust + " (cyan) and its kept neighbours (magenta)")
                .xAxisTitle("x").yAxisTitle("y").build();
        XYStyler styler = chart.getStyler();
        styler.setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        styler.setXAxisMin(0.0).setXAxisMax(1.0).setYAxisMin(0.0).setYAxisMax(1.0);
        styler.setPlotContentSize(1.0); // the axes span exactly [0, 1]^2
        styler.setXAxisDecimalPattern("0.0").setYAxisDecimalPattern("0.0");
        styler.setLegendPosition(Styler.LegendPosition.InsideSE);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);

        Color[] wistia = {new Color(0xFFBD00), new Color(0xE4FF7A), new Color(0xFC7F00), new Color(0xFFE81A)};
        Color[] winter = {new Color(0x0000FF), new Color(0x0080C0), new Color(0x00FF80)};
        addByLabel(chart, "Target points", p.x, p.xLabels, wistia, 3);
        addByLabel(chart, "Source points", p.y, p.yLabels, winter, 3);

        int count = 0;
        for (int k = from; k < to; k++) {
            count += redrangesJ[2 * k + 1] - redrangesJ[2 * k];
        }
        double[][] magenta = new double[2][count];
        int q = 0;
        for (int k = from; k < to; k++) {
            for (int j = redrangesJ[2 * k]; j < redrangesJ[2 * k + 1]; j++, q++) {
                magenta[0][q] = p.y[2 * j];
                magenta[1][q] = p.y[2 * j + 1];
            }
        }
        add(chart, "Kept neighbours' source points", magenta, Color.MAGENTA, 5);

        double[][] cyan = new double[2][endI - startI];
        for (int i = startI; i < endI; i++) {
            cyan[0][i - startI] = p.x[2 * i];
            cyan[1][i - startI] = p.x[2 * i + 1];
        }
        add(chart, "Cluster " + clust, cyan, Color.CYAN, 6);

        float[] c = p.xrc.centroids();
        double[][] centroids = new double[2][c.length / 2];
        for (int k = 0; k < c.length / 2; k++) {
            centroids[0][k] = c[2 * k];
            centroids[1][k] = c[2 * k + 1];
        }
        add(chart, "Cluster centroids", centroids, new Color(0, 0, 0, 128), 6);
        Charts.savePng(chart, file);
    }

    /** Points in colors.length series by label modulo colors.length; only the first is in the legend. */
    private static void addByLabel(XYChart chart, String name, float[] pts, int[] labels, Color[] colors,
                                   double diameter) {
        for (int s = 0; s < colors.length; s++) {
            int count = 0;
            for (int label : labels) {
                count += label % colors.length == s ? 1 : 0;
            }
            double[][] xy = new double[2][count];
            int q = 0;
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] % colors.length == s) {
                    xy[0][q] = pts[2 * i];
                    xy[1][q] = pts[2 * i + 1];
                    q++;
                }
            }
            XYSeries series = add(chart, s == 0 ? name : name + " " + s, xy, colors[s], diameter);
            series.setShowInLegend(s == 0);
        }
    }

    private static XYSeries add(XYChart chart, String name, double[][] xy, Color color, double diameter) {
        // XChart refuses empty series: an off-chart point stands for none
        double[] xs = xy[0].length == 0 ? new double[] {-1} : xy[0];
        double[] ys = xy[1].length == 0 ? new double[] {-1} : xy[1];
        XYSeries series = chart.addSeries(name, xs, ys);
        series.setMarker(new Dot(diameter));
        series.setMarkerColor(color);
        return series;
    }
}
