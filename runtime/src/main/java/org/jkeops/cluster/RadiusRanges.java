package org.jkeops.cluster;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.jkeops.runtime.Ranges;

/**
 * The block-sparsity pattern of "all pairs closer than r" on one point set, for neighbourhood
 * kernels such as a Gaussian truncated at 4 sigma: {@code RadiusRanges.of(x, 3, 4 * sigma)}.
 *
 * <p>Points are binned in a grid of cells of side {@code s} (chosen from r and the data, see
 * {@link #of(float[], int, double)}), sorted by cell so that each cell is a contiguous cluster, and
 * a cluster pair is kept when the bounding boxes of the two clusters' actual points come closer
 * than r. That test never drops a pair closer than r (both points lie in their boxes), and boxes of
 * the points rather than whole cells, with cells half the radius, keep about 2 to 3 times the pairs
 * that are within r on a surface-like cloud, where a centroid mask with a cluster-size margin keeps
 * 10 times or more. Runs of kept clusters that are adjacent in the sorted order are merged into one
 * j-range, so the SIMD sweeps stay long even when clusters are small. The relation is symmetric,
 * so the i- and j-halves of the {@link Ranges} are the same and serve a reduction over either axis.
 *
 * <p>Use it as the clustering tutorials do: compute on {@link #points()} (the sorted copy) and on
 * every per-point array reordered by {@link #sorting()}, and map results back with
 * {@link Sorting#unapply}. Cost O(N log N) for the sort of the cell keys plus O(clusters x
 * neighbour cells); about 0.3 s for 10^6 points in 3-D. Immutable; the arrays returned are the
 * result's own.
 */
public final class RadiusRanges {
    /** Cells of half the radius: boxes come within r of a cell's points only from 2 cells away. */
    static final double CELLS_PER_RADIUS = 2;
    /** Below this mean occupancy, cells of a whole radius: ranges of a few points cost more than they save. */
    static final double MIN_POINTS_PER_CELL = 6;

    private final Sorting sorting;
    private final float[] points;
    private final int dim;
    private final double radius;
    private final double cellSize;
    private final int[] clusterRanges;
    private final Ranges ranges;
    private final long keptPairs;

    private RadiusRanges(Sorting sorting, float[] points, int dim, double radius, double cellSize, int[] clusterRanges,
                         Ranges ranges, long keptPairs) {
        this.sorting = sorting;
        this.points = points;
        this.dim = dim;
        this.radius = radius;
        this.cellSize = cellSize;
        this.clusterRanges = clusterRanges;
        this.ranges = ranges;
        this.keptPairs = keptPairs;
    }

    /**
     * The pattern for pairs closer than {@code radius}, with cells of side {@code radius / 2}, or
     * {@code radius} when the smaller cells would hold fewer than 6 points on average (sparse
     * clouds, where per-range overhead outweighs the pairs saved).
     *
     * @param x      row-major points, {@code x[i * dim + d]}
     * @param dim    the dimension, {@code >= 1}
     * @param radius the cutoff, finite and positive
     * @throws IllegalArgumentException naming the parameter for a bad shape, radius or coordinate
     */
    public static RadiusRanges of(float[] x, int dim, double radius) {
        checkRadius("radius", radius);
        RadiusRanges fine = of(x, dim, radius, radius / CELLS_PER_RADIUS);
        int n = x.length / dim;
        if (n < MIN_POINTS_PER_CELL * fine.clusters()) {
            return of(x, dim, radius, radius);
        }
        return fine;
    }

    /** The pattern for pairs closer than {@code radius} with cells of side {@code cellSize}. */
    public static RadiusRanges of(float[] x, int dim, double radius, double cellSize) {
        checkRadius("radius", radius);
        checkRadius("cellSize", cellSize);
        int[] labels = Clusters.gridCluster(x, dim, (float) cellSize);
        Sorting sorting = Sorting.of(labels);
        float[] sorted = sorting.apply(x, dim);
        int[] clusterRanges = Clusters.clusterRanges(sorting.labels());
        int c = clusterRanges.length / 2;
        int n = labels.length;
        ClusterBoxes boxes = new ClusterBoxes(sorted, dim, clusterRanges, cellSize);
        int reach = (int) Math.ceil(radius / cellSize);
        double r2 = radius * radius;
        int[] slices = new int[c];
        RangeRuns runs = new RangeRuns(clusterRanges, 8 * c);
        long kept = 0;
        long[] probe = new long[dim];
        int[] offset = new int[dim];
        for (int a = 0; a < c; a++) {
            Arrays.fill(offset, -reach);
            while (true) {
                int b = candidate(boxes.index, boxes.cell[a], offset, probe, cellSize, r2);
                if (b >= 0 && boxes.gap2(a, b) < r2) {
                    kept += (long) (clusterRanges[2 * a + 1] - clusterRanges[2 * a])
                            * (clusterRanges[2 * b + 1] - clusterRanges[2 * b]);
                    runs.add(b);
                }
                if (!ClusterBoxes.next(offset, reach)) {
                    break;
                }
            }
            slices[a] = runs.endRow();
        }
        int[] redranges = runs.redranges();
        Ranges ranges = new Ranges(clusterRanges, slices, redranges, clusterRanges, slices, redranges);
        ranges.validate("ranges", n, n);
        return new RadiusRanges(sorting, sorted, dim, radius, cellSize, clusterRanges, ranges, kept);
    }

    /** The cluster at cell {@code base + offset}, or -1 when it is empty or its cell is too far to matter. */
    private static int candidate(CellIndex index, long[] base, int[] offset, long[] probe, double cellSize, double r2) {
        double gap2 = 0;
        for (int d = 0; d < offset.length; d++) {
            int steps = Math.abs(offset[d]) - 1; // whole cells between the two cells along d
            if (steps > 0) {
                gap2 += (steps * cellSize) * (steps * cellSize);
            }
            probe[d] = base[d] + offset[d];
        }
        return gap2 < r2 ? index.find(probe) : -1;
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

    /** The side of the grid cells. */
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
        double r2 = radius * radius;
        long within = 0;
        for (int s = 0; s < samples; s++) {
            int i = random.nextInt(n);
            int a = clusterOf(i);
            for (int p = a == 0 ? 0 : slices[a - 1]; p < slices[a]; p++) {
                for (int j = red[2 * p]; j < red[2 * p + 1]; j++) {
                    double d2 = 0;
                    for (int d = 0; d < dim; d++) {
                        double diff = points[i * dim + d] - points[j * dim + d];
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
