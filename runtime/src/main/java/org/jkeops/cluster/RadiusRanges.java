package org.jkeops.cluster;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.jkeops.runtime.Ranges;

/**
 * The block-sparsity pattern of "all pairs closer than r" on one point set, for neighbourhood
 * kernels such as a Gaussian truncated at 4 sigma: {@code RadiusRanges.of(x, 3, 4 * sigma)}.
 *
 * <p>Points are binned in a grid of cells of side {@code s} (chosen from r and the data, see
 * {@link #of(float[], int, double)}; rounded to float32 as the points are, and searched with that
 * rounded side), sorted by cell so that each cell is a contiguous cluster, and
 * a cluster pair is kept when the bounding boxes of the two clusters' actual points come closer
 * than r. That test never drops a pair closer than r (both points lie in their boxes), and boxes of
 * the points rather than whole cells, with cells half the radius (a quarter on dense clouds), keep
 * about 1.6 to 3 times the pairs that are within r on a surface-like cloud, where a centroid mask
 * with a cluster-size margin keeps 10 times or more. Runs of kept clusters that are adjacent in
 * the sorted order are merged into one j-range, so the SIMD sweeps stay long even when clusters
 * are small. The relation is symmetric, so the i- and j-halves of the {@link Ranges} are the same
 * and serve a reduction over either axis. In many dimensions (more than 11 with cells of r, 6 with
 * cells of r / 4) the cells divide only the axes of widest extent ({@link #cellAxes()}); the boxes,
 * and so the pruning, still use every axis.
 *
 * <p>Use it as the clustering tutorials do: compute on {@link #points()} (the sorted copy) and on
 * every per-point array reordered by {@link #sorting()}, and map results back with
 * {@link Sorting#unapply}. Cost: one pass for the bounds, one binning per candidate cell side
 * and one counting sort when the box of cells is small ({@link CellBins}: the usual case), then
 * O(clusters x neighbour cells) box tests on the shared runtime's threads ({@link RadiusPairs});
 * the seed's 10^6-point roll took 0.84-1.2 s on 2 cores shared with other work (load 2.4-5),
 * first call in a fresh JVM included (docs/PERFORMANCE.md, session 8). Immutable; the arrays returned are the result's own.
 */
public final class RadiusRanges {
    /** Cells of half the radius: boxes come within r of a cell's points only from 2 cells away. */
    static final double CELLS_PER_RADIUS = 2;
    /** Below this mean occupancy, cells of a whole radius: ranges of a few points cost more than they save. */
    static final double MIN_POINTS_PER_CELL = 6;
    /**
     * Cells of a quarter radius on dense clouds: they keep about 27 % fewer pairs than half-radius
     * cells (the roll at N = 10^6: 8.7e9 instead of 1.19e10, 1.65 x the pairs within r instead of
     * 2.38 x), which pays once each cluster holds enough rows to share its gathered columns.
     */
    static final double FINE_CELLS_PER_RADIUS = 4;
    /**
     * The mean occupancy from which quarter-radius cells are used. Measured on the roll's
     * 10-column Gaussian pass: 13.5 points per cell (N = 10^6) was faster than half-radius cells,
     * 2.4 (N = 10^5) twice as slow; 12 lies between, nearer the measured good case.
     */
    static final double MIN_POINTS_PER_FINE_CELL = 12;
    /**
     * The most lines of cells the search walks per cluster: it looks along the last binned axis from
     * each line of (2 reach + 1)^(axes - 1), reach = ceil(r / cell), so a grid binning every axis of
     * 20-dimensional points with cells of r made 3^19 = 1.2e9 lines, more than an int array holds.
     * Points of more dimensions than that allows are binned on the axes of widest extent only (11
     * with cells of r, 7 of r / 2, 6 of r / 4); the boxes the pairs are tested with use every axis, so no pair within
     * r is lost and pairs are pruned on all their coordinates. The count is of the cell side asked
     * for: where its float32 rounding is smaller, the search may reach a cell further than counted,
     * for the sliver of lines the rounding adds, each tested against the cluster's box before any
     * lookup.
     */
    static final int MAX_LINES = 59_049;
    /** The smallest cells a caller may ask for: radius / 2^16 (the search steps through them one by one). */
    static final int MAX_CELLS_PER_RADIUS = 1 << 16;

    private final Sorting sorting;
    private final float[] points;
    private final int dim;
    private final int[] cellAxes;
    private final double radius;
    private final double cellSize;
    private final int[] clusterRanges;
    private final Ranges ranges;
    private final long keptPairs;

    private RadiusRanges(Sorting sorting, float[] points, int dim, int[] cellAxes, double radius, double cellSize,
                         int[] clusterRanges, Ranges ranges, long keptPairs) {
        this.sorting = sorting;
        this.points = points;
        this.dim = dim;
        this.cellAxes = cellAxes;
        this.radius = radius;
        this.cellSize = cellSize;
        this.clusterRanges = clusterRanges;
        this.ranges = ranges;
        this.keptPairs = keptPairs;
    }

    /**
     * The pattern for pairs closer than {@code radius}, with cells of side {@code radius / 4} when
     * they hold at least 12 points on average (dense clouds: fewer kept pairs), else
     * {@code radius / 2}, or {@code radius} when those would hold fewer than 6 points on average
     * (sparse clouds, where per-range overhead outweighs the pairs saved). A side below float32's
     * range, where the points are binned, becomes the smallest float (a radius of 1e-300 is valid).
     *
     * @param x      row-major points, {@code x[i * dim + d]}
     * @param dim    the dimension, {@code >= 1}
     * @param radius the cutoff, finite and positive
     * @throws IllegalArgumentException naming the parameter for a bad shape, radius or coordinate
     */
    public static RadiusRanges of(float[] x, int dim, double radius) {
        checkRadius("radius", radius);
        CellAxes axes = CellAxes.of(x, dim(x, dim));
        int n = x.length / dim;
        // Each candidate side only bins and counts (CellBins: one pass, no sort); the points are
        // sorted once, at the side chosen.
        // A radius below float32's range (1e-300 is valid) gets cells of the smallest float.
        Binned binned = axes.bins(radius, CellBins.binnable(radius / FINE_CELLS_PER_RADIUS));
        if (n < MIN_POINTS_PER_FINE_CELL * binned.bins().clusters()) {
            binned = axes.bins(radius, CellBins.binnable(radius / CELLS_PER_RADIUS));
            if (n < MIN_POINTS_PER_CELL * binned.bins().clusters()) {
                binned = axes.bins(radius, CellBins.binnable(radius));
            }
        }
        return of(x, dim, radius, binned);
    }

    /**
     * The pattern for pairs closer than {@code radius} with cells of side {@code cellSize}.
     *
     * @throws IllegalArgumentException naming the parameter for a bad shape, radius or coordinate, and
     *     cellSize when it is not finite and positive, rounds to 0 in float32 (below 1.4e-45), or is
     *     below radius / {@value #MAX_CELLS_PER_RADIUS}
     */
    public static RadiusRanges of(float[] x, int dim, double radius, double cellSize) {
        checkRadius("radius", radius);
        checkRadius("cellSize", cellSize);
        CellBins.checkBinnable("cellSize", cellSize);
        if (radius / cellSize > MAX_CELLS_PER_RADIUS) {
            // the search walks up to radius / cellSize cells each way along a line
            throw new IllegalArgumentException("cellSize = " + cellSize + " is below radius / " + MAX_CELLS_PER_RADIUS
                    + " (radius " + radius + ")");
        }
        return of(x, dim, radius, CellAxes.of(x, dim(x, dim)).bins(radius, cellSize));
    }

    /** The pattern from the points binned at the chosen side. */
    private static RadiusRanges of(float[] x, int dim, double radius, Binned binned) {
        CellBins bins = binned.bins();
        DenseGrid.Sorted sortedCells = bins.sort();
        int[] clusterRanges = sortedCells.clusterRanges();
        int binnedAxes = binned.axes().length;
        float[] sorted = binnedAxes == dim ? sortedCells.points() : sortedCells.sorting().apply(x, dim);
        double cellSize = bins.size();
        ClusterBoxes boxes = new ClusterBoxes(sortedCells.points(), binnedAxes, sorted, dim, clusterRanges, cellSize,
                bins.dense());
        RadiusPairs pairs = RadiusPairs.search(boxes, clusterRanges, binnedAxes, radius, cellSize);
        int n = x.length / dim;
        Ranges ranges = new Ranges(clusterRanges, pairs.slices, pairs.redranges, clusterRanges, pairs.slices, pairs.redranges);
        ranges.validate("ranges", n, n);
        return new RadiusRanges(sortedCells.sorting(), sorted, dim, binned.axes(), radius, cellSize, clusterRanges, ranges,
                pairs.kept);
    }

    /** The points binned at one side, on the axes {@link CellAxes} chose for it. */
    private record Binned(CellBins bins, int[] axes) {
    }

    /** The points' bounds and their axes by extent, from which each cell side's binned axes are chosen. */
    private record CellAxes(float[] x, int dim, float[] lo, float[] hi, int[] byExtent) {
        static CellAxes of(float[] x, int dim) {
            float[] lo = new float[dim];
            float[] hi = new float[dim];
            CellSizes.bounds(x, dim, lo, hi); // names a non-finite coordinate of any axis
            int[] byExtent = IntStream.range(0, dim).boxed()
                    .sorted((a, b) -> Double.compare((double) hi[b] - lo[b], (double) hi[a] - lo[a]))
                    .mapToInt(Integer::intValue).toArray();
            return new CellAxes(x, dim, lo, hi, byExtent);
        }

        /**
         * x binned in cells of side {@code size} on as many axes of widest extent (ascending) as keep
         * the search within {@link #MAX_LINES} lines per cluster: every axis, unless many.
         */
        Binned bins(double radius, double size) {
            // The reach of the side asked for, not of its float32 rounding that the search steps in
            // (which may be one more where the rounding went down): the axes binned, and so the
            // pattern, stay those of the cells asked for.
            long across = 2L * RadiusPairs.reach(radius, size) + 1;
            int count = 1;
            for (long lines = 1; count < dim && lines * across <= MAX_LINES; count++) {
                lines *= across;
            }
            if (count == dim) {
                return new Binned(CellBins.of(x, dim, size, lo, hi), IntStream.range(0, dim).toArray());
            }
            int[] axes = Arrays.copyOf(byExtent, count);
            Arrays.sort(axes);
            int n = x.length / dim;
            float[] points = new float[n * count];
            float[] plo = new float[count];
            float[] phi = new float[count];
            for (int k = 0; k < count; k++) {
                plo[k] = lo[axes[k]];
                phi[k] = hi[axes[k]];
                for (int i = 0; i < n; i++) {
                    points[i * count + k] = x[i * dim + axes[k]];
                }
            }
            return new Binned(CellBins.of(points, count, size, plo, phi), axes);
        }
    }

    /** The dimension, after checking that x holds whole points of it, before the bounds are taken. */
    private static int dim(float[] x, int dim) {
        GridCells.checkShape(x == null ? -1 : x.length, dim);
        return dim;
    }

    private static void checkRadius(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and positive, got " + value);
        }
    }

    /** The reordering of the points by cluster; apply it to every per-point array. */
    public Sorting sorting() {
        return sorting;
    }

    /** The points in sorted order (row-major), what the kernel must be called on. */
    public float[] points() {
        return points;
    }

    /** The block-sparsity pattern over the sorted points, the same for both axes. */
    public Ranges ranges() {
        return ranges;
    }

    /** Flattened [start, end) of each cluster in the sorted points. */
    public int[] clusterRanges() {
        return clusterRanges;
    }

    /** The number of clusters (non-empty cells). */
    public int clusters() {
        return clusterRanges.length / 2;
    }

    /**
     * The axes the grid's cells divide (ascending): every axis unless the points have so many that
     * the search would walk more than {@value #MAX_LINES} lines of cells per cluster, else as many
     * of widest extent as keep it within that; pairs are pruned on every axis.
     */
    public int[] cellAxes() {
        return cellAxes.clone();
    }

    /**
     * The side of the grid cells, as chosen or given; the points are binned at its float32
     * rounding, {@code (float) cellSize()}, and the search steps in that.
     */
    public double cellSize() {
        return cellSize;
    }

    /** The cutoff radius. */
    public double radius() {
        return radius;
    }

    /** The pairs (i, j) the ranges keep, i = j included: what one reduction computes. */
    public long keptPairs() {
        return keptPairs;
    }

    /**
     * An estimate of the ordered pairs (i, j), i = j included, closer than the radius: the exact
     * count over the kept j-ranges of {@code samples} random rows, scaled to all rows. Every pair
     * closer than the radius is among the kept ones, so this is the count over all pairs too.
     */
    public double estimatePairsWithin(int samples, long seed) {
        int n = points.length / dim;
        if (samples < 1 || n == 0) {
            throw new IllegalArgumentException("samples must be >= 1 on a non-empty cloud, got " + samples
                    + " for " + n + " points");
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[] slices = ranges.slicesI();
        int[] red = ranges.redrangesJ();
        double r2 = RadiusPairs.squared(radius);
        long within = 0;
        for (int s = 0; s < samples; s++) {
            int i = random.nextInt(n);
            int a = clusterOf(i);
            for (int p = a == 0 ? 0 : slices[a - 1]; p < slices[a]; p++) {
                for (int j = red[2 * p]; j < red[2 * p + 1]; j++) {
                    double d2 = 0;
                    for (int d = 0; d < dim; d++) {
                        double diff = (double) points[i * dim + d] - points[j * dim + d]; // exact, as the box tests
                        d2 += diff * diff;
                    }
                    within += d2 < r2 ? 1 : 0;
                }
            }
        }
        return (double) within / samples * n;
    }

    /** The cluster holding sorted point i. */
    int clusterOf(int i) {
        int lo = 0;
        int hi = clusters() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (clusterRanges[2 * mid] <= i) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "RadiusRanges[%d points, %d clusters, cell %.4g, radius %.4g, %d kept pairs]",
                points.length / dim, clusters(), cellSize, radius, keptPairs);
    }
}
