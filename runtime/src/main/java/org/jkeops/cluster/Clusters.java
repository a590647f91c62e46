package org.jkeops.cluster;

import org.jkeops.runtime.Ranges;

/**
 * Builds block-sparse {@link Ranges} from point clouds, with the semantics of KeOps' {@code
 * pykeops.numpy.cluster} / {@code pykeops.torch.cluster}. Points are row-major, {@code x[i * dim +
 * d]}. The usual sequence: {@link #gridCluster} labels the points, {@link
 * #clusterRangesCentroids} gives each cluster's range and centroid, {@link #sortClusters} makes
 * clusters contiguous (apply it to every per-point array), a mask on centroid distances gives
 * {@link Ranges#fromMatrix} the cluster pairs to compute.
 *
 * <p>Where this differs from KeOps, on purpose:
 * <ul>
 *   <li>{@code gridCluster} works in any dimension and never merges two cells. KeOps' version
 *       supports 1 to 3 dimensions and hashes cells into {@code sum(cell_d * 2^(10 (D-1-d)))}
 *       (the torch version also takes the absolute value), so cells 1024 apart in a coordinate, or
 *       of opposite signs, can collide, and its labels are ranks of those hashes; here labels are
 *       the ranks of the cells in lexicographic order of their integer coordinates.</li>
 *   <li>{@code sortClusters} is stable (points of a cluster keep their order) and returns the
 *       permutation; KeOps uses an unstable argsort and returns only the sorted arrays.</li>
 *   <li>A cluster of zero total weight (for unweighted centroids: a label no point carries) gets
 *       the centroid 0; KeOps divides by zero there (NaN).</li>
 *   <li>Cells are the exact {@code floor(x / size)}, so points on a cell boundary land where exact
 *       arithmetic puts them: float points are divided in double, which cannot round a quotient
 *       across an integer below cell 2^28 (beyond it neighbouring floats lie cells apart); for
 *       double points the floor of the rounded quotient is corrected by an exact (FMA) check.</li>
 * </ul>
 * Every failure is an {@link IllegalArgumentException} naming the parameter and the values seen.
 */
public final class Clusters {
    /** The most entries an array may have (some JVMs reserve a few header words of the int range). */
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    private Clusters() {
    }

    /**
     * Labels points by the cubic cell of side {@code size} they fall in: cell {@code floor(x_d /
     * size)} per coordinate (bins anchored at the origin). Points share a label exactly when they
     * share a cell; labels are the ranks of the non-empty cells in lexicographic order of their
     * integer coordinates, so they fill [0, C) with no gap.
     *
     * @throws IllegalArgumentException when size is not finite and positive, dim &lt; 1, the length
     *     of x is not a multiple of dim, or a coordinate is not finite
     */
    public static int[] gridCluster(float[] x, int dim, float size) {
        return GridCells.labels(GridCells.cells(x, dim, size), dim);
    }

    /** {@link #gridCluster(float[], int, float)} for float64 points. */
    public static int[] gridCluster(double[] x, int dim, double size) {
        return GridCells.labels(GridCells.cells(x, dim, size), dim);
    }

    /**
     * The flattened [start, end) range of each label 0 .. max in the points once sorted by label
     * ({@link #sortClusters}), from the label counts as KeOps' {@code cluster_ranges}: the labels
     * may be given before or after sorting. A label no point carries gets an empty range.
     *
     * @throws IllegalArgumentException naming a negative label, or one so large that the ranges of
     *     labels 0 .. max, 2 ints each, would not fit in an array (labels up to 1073741818)
     */
    public static int[] clusterRanges(int[] labels) {
        if (labels == null) {
            throw new IllegalArgumentException("labels is null");
        }
        int clusters = labelCount(labels, 2, "the ranges");
        int[] counts = new int[clusters];
        for (int label : labels) {
            counts[label]++;
        }
        int[] ranges = new int[2 * clusters];
        int start = 0;
        for (int c = 0; c < clusters; c++) {
            ranges[2 * c] = start;
            start += counts[c];
            ranges[2 * c + 1] = start;
        }
        return ranges;
    }

    /**
     * Mean of each cluster's points, row-major clusters × dim for labels 0 .. max, accumulated
     * in double. A label no point carries gets centroid 0.
     *
     * @throws IllegalArgumentException naming a negative label, or one so large that the centroids
     *     of labels 0 .. max, dim values each, would not fit in an array
     */
    public static float[] clusterCentroids(float[] x, int dim, int[] labels) {
        int n = points(x == null ? -1 : x.length, dim, labels);
        return Centroids.accumulate(k -> x[k], n, dim, labels, null).floatCentroids();
    }

    /**
     * Weighted mean of each cluster's points ({@code sum w_i x_i / sum w_i}), row-major clusters ×
     * dim, accumulated in double. A cluster of zero total weight gets centroid 0.
     */
    public static float[] clusterCentroids(float[] x, int dim, int[] labels, float[] weights) {
        int n = points(x == null ? -1 : x.length, dim, labels);
        checkWeights(weights == null ? -1 : weights.length, n);
        return Centroids.accumulate(k -> x[k], n, dim, labels, i -> weights[i]).floatCentroids();
    }

    /** {@link #clusterCentroids(float[], int, int[])} for float64 points. */
    public static double[] clusterCentroids(double[] x, int dim, int[] labels) {
        int n = points(x == null ? -1 : x.length, dim, labels);
        return Centroids.accumulate(k -> x[k], n, dim, labels, null).doubleCentroids();
    }

    /** {@link #clusterCentroids(float[], int, int[], float[])} for float64 points. */
    public static double[] clusterCentroids(double[] x, int dim, int[] labels, double[] weights) {
        int n = points(x == null ? -1 : x.length, dim, labels);
        checkWeights(weights == null ? -1 : weights.length, n);
        return Centroids.accumulate(k -> x[k], n, dim, labels, i -> weights[i]).doubleCentroids();
    }

    /**
     * Ranges, centroids and point counts per cluster in one pass over the points, as KeOps'
     * {@code cluster_ranges_centroids}.
     */
    public static RangesCentroids clusterRangesCentroids(float[] x, int dim, int[] labels) {
        int n = points(x == null ? -1 : x.length, dim, labels);
        int[] ranges = clusterRanges(labels); // its label limit first: nothing allocated for a label past it
        Centroids c = Centroids.accumulate(k -> x[k], n, dim, labels, null);
        return new RangesCentroids(ranges, c.floatCentroids(), c.floatTotals());
    }

    /** Ranges, weighted centroids and total weights per cluster. */
    public static RangesCentroids clusterRangesCentroids(float[] x, int dim, int[] labels, float[] weights) {
        int n = points(x == null ? -1 : x.length, dim, labels);
        checkWeights(weights == null ? -1 : weights.length, n);
        int[] ranges = clusterRanges(labels); // its label limit first: nothing allocated for a label past it
        Centroids c = Centroids.accumulate(k -> x[k], n, dim, labels, i -> weights[i]);
        return new RangesCentroids(ranges, c.floatCentroids(), c.floatTotals());
    }

    /** {@link #clusterRangesCentroids(float[], int, int[])} for float64 points. */
    public static DoubleRangesCentroids clusterRangesCentroids(double[] x, int dim, int[] labels) {
        int n = points(x == null ? -1 : x.length, dim, labels);
        int[] ranges = clusterRanges(labels); // its label limit first: nothing allocated for a label past it
        Centroids c = Centroids.accumulate(k -> x[k], n, dim, labels, null);
        return new DoubleRangesCentroids(ranges, c.doubleCentroids(), c.doubleTotals());
    }

    /** {@link #clusterRangesCentroids(float[], int, int[], float[])} for float64 points. */
    public static DoubleRangesCentroids clusterRangesCentroids(double[] x, int dim, int[] labels, double[] weights) {
        int n = points(x == null ? -1 : x.length, dim, labels);
        checkWeights(weights == null ? -1 : weights.length, n);
        int[] ranges = clusterRanges(labels); // its label limit first: nothing allocated for a label past it
        Centroids c = Centroids.accumulate(k -> x[k], n, dim, labels, i -> weights[i]);
        return new DoubleRangesCentroids(ranges, c.doubleCentroids(), c.doubleTotals());
    }

    /**
     * The stable reordering of points by label, to apply to every per-point array so that
     * clusters are contiguous (then {@link #clusterRanges} of the labels are their ranges).
     */
    public static Sorting sortClusters(int[] labels) {
        return Sorting.of(labels);
    }

    /** {@link Ranges#fromMatrix}, here too for readers coming from KeOps' cluster module. */
    public static Ranges fromMatrix(int[] rangesI, int[] rangesJ, boolean[] keep) {
        return Ranges.fromMatrix(rangesI, rangesJ, keep);
    }

    /**
     * The number of labels 0 .. max (0 when there are none), checking that {@code perLabel}
     * entries for each (of {@code what}) fit in one array: a label near Integer.MAX_VALUE would
     * otherwise overflow the count (NegativeArraySizeException) or the size (ArithmeticException),
     * or ask for an array larger than any (OutOfMemoryError). Labels below the limit are taken at
     * their word, however much memory their ranges and centroids take.
     */
    static int labelCount(int[] labels, int perLabel, String what) {
        int max = maxLabel(labels);
        int limit = MAX_ARRAY / perLabel - 1;
        if (max > limit) {
            int i = 0;
            while (labels[i] != max) {
                i++;
            }
            throw new IllegalArgumentException("labels[" + i + "] = " + max + " is too large: " + what + " of labels 0 .. "
                    + max + " would take " + ((long) max + 1) * perLabel + " entries (" + perLabel
                    + " per label), more than an array holds; labels must be at most " + limit);
        }
        return max + 1;
    }

    /** The largest label, -1 when there are none; fails on a negative label. */
    static int maxLabel(int[] labels) {
        int max = -1;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0) {
                throw new IllegalArgumentException("labels[" + i + "] = " + labels[i]
                        + " is negative; labels must be in [0, C)");
            }
            max = Math.max(max, labels[i]);
        }
        return max;
    }

    /** Number of points, checking that x holds whole points and labels has one per point. */
    private static int points(int length, int dim, int[] labels) {
        if (length < 0) {
            throw new IllegalArgumentException("x is null");
        }
        if (dim < 1) {
            throw new IllegalArgumentException("dim must be at least 1, got " + dim);
        }
        if (length % dim != 0) {
            throw new IllegalArgumentException("x: length " + length + " is not a multiple of dim " + dim);
        }
        if (labels == null) {
            throw new IllegalArgumentException("labels is null");
        }
        if (labels.length != length / dim) {
            throw new IllegalArgumentException("labels: length " + labels.length + ", expected one per point of x ("
                    + length / dim + " = " + length + " / dim " + dim + ")");
        }
        return length / dim;
    }

    private static void checkWeights(int length, int n) {
        if (length < 0) {
            throw new IllegalArgumentException("weights is null");
        }
        if (length != n) {
            throw new IllegalArgumentException("weights: length " + length + ", expected one per point (" + n + ")");
        }
    }
}
