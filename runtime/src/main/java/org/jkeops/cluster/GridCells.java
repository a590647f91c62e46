package org.jkeops.cluster;

import java.util.Arrays;

/**
 * Grid clustering behind {@link Clusters#gridCluster}: integer cell coordinates {@code floor(x_d /
 * size)}, then the rank of each point's cell in the lexicographic order of cells.
 *
 * <p>Ranking never hashes, so distinct cells never share a label: when the spans of all coordinates
 * fit together in 63 bits (each coordinate gets the bits its own min..max span needs), cells are
 * packed into one {@code long} whose order is the lexicographic order and sorted as primitives;
 * otherwise (many dimensions, far-apart points) point indices are sorted by comparing coordinate
 * tuples.
 */
final class GridCells {
    private static final double TWO_63 = 0x1p63;

    private GridCells() {
    }

    /** Cell coordinates of row-major float points, as integral doubles without -0.0. */
    static double[] cells(float[] x, int dim, float size) {
        checkShape(x == null ? -1 : x.length, dim);
        checkSize(size);
        double[] cells = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            cells[k] = cell(x[k], size, k, dim);
        }
        return cells;
    }

    /** Cell coordinates of row-major double points, as integral doubles without -0.0. */
    static double[] cells(double[] x, int dim, double size) {
        checkShape(x == null ? -1 : x.length, dim);
        checkSize(size);
        double[] cells = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            cells[k] = exactCell(x[k], size, cell(x[k], size, k, dim));
        }
        return cells;
    }

    /**
     * The exact floor(value / size) from the floor of the rounded quotient, which can round up
     * to the next integer (897.6000000000001 / 6.8 gives 132.0, the exact quotient is below it):
     * one step down where c x size, computed exactly by an FMA, lies above the value, one up
     * where (c + 1) x size does not. float points need none of this: their quotient in double
     * lands in the right cell ({@link DenseGrid} and {@link ClusterBoxes} bin them the same way).
     */
    private static double exactCell(double value, double size, double c) {
        if (Math.fma(c, size, -value) > 0) {
            return c - 1 + 0.0;
        }
        if (Math.fma(c + 1, size, -value) <= 0) {
            return c + 1 + 0.0;
        }
        return c;
    }

    /** Fails naming x or dim unless x (of {@code length}, -1 for null) holds whole points of dim >= 1. */
    static void checkShape(int length, int dim) {
        if (length < 0) {
            throw new IllegalArgumentException("x is null");
        }
        if (dim < 1) {
            throw new IllegalArgumentException("dim must be at least 1, got " + dim);
        }
        if (length % dim != 0) {
            throw new IllegalArgumentException("x: length " + length + " is not a multiple of dim " + dim);
        }
    }

    private static void checkSize(double size) {
        if (!(size > 0) || Double.isInfinite(size)) {
            throw new IllegalArgumentException("size must be finite and positive, got " + size);
        }
    }

    /** Fails naming the first coordinate of x (row-major, dim per point) that is not finite, if any. */
    static void checkFinite(float[] x, int dim) {
        for (int k = 0; k < x.length; k++) {
            if (!Float.isFinite(x[k])) {
                throw notFinite(x[k], k, dim);
            }
        }
    }

    private static IllegalArgumentException notFinite(double value, int k, int dim) {
        return new IllegalArgumentException("x[" + k + "] = " + value + " (point " + k / dim + ", coordinate "
                + k % dim + ") is not finite");
    }

    private static double cell(double value, double size, int k, int dim) {
        if (!Double.isFinite(value)) {
            throw notFinite(value, k, dim);
        }
        double c = Math.floor(value / size);
        if (Double.isInfinite(c)) {
            throw new IllegalArgumentException("x[" + k + "] = " + value + " divided by size " + size
                    + " overflows: the grid is too fine for this point");
        }
        return c + 0.0; // -0.0 becomes 0.0, so that both land in the same cell
    }

    /** Labels of points whose cells are given row-major: ranks of the cells, lexicographically. */
    static int[] labels(double[] cells, int dim) {
        long[] keys = packedKeys(cells, dim);
        return keys != null ? rankKeys(keys) : rankTuples(cells, dim);
    }

    /**
     * One key per point whose (signed) order is the lexicographic order of its cell, or null
     * when the cells do not fit in 63 bits.
     */
    static long[] packedKeys(double[] cells, int dim) {
        int n = cells.length / dim;
        long[] min = new long[dim];
        int[] bits = new int[dim];
        int totalBits = 0;
        for (int d = 0; d < dim; d++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                lo = Math.min(lo, cells[i * dim + d]);
                hi = Math.max(hi, cells[i * dim + d]);
            }
            if (n > 0 && (lo < -TWO_63 || hi >= TWO_63)) {
                return null;
            }
            min[d] = n > 0 ? (long) lo : 0;
            long span = n > 0 ? (long) hi - min[d] : 0; // exact as an unsigned value
            bits[d] = Long.SIZE - Long.numberOfLeadingZeros(span);
            totalBits += bits[d];
            if (totalBits > Long.SIZE - 1) {
                return null;
            }
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            long key = 0;
            for (int d = 0; d < dim; d++) {
                key = (key << bits[d]) | ((long) cells[i * dim + d] - min[d]);
            }
            keys[i] = key;
        }
        return keys;
    }

    /** Ranks of keys among the distinct keys. */
    static int[] rankKeys(long[] keys) {
        long[] distinct = keys.clone();
        Arrays.sort(distinct);
        int count = 0;
        for (int k = 0; k < distinct.length; k++) {
            if (k == 0 || distinct[k] != distinct[count - 1]) {
                distinct[count++] = distinct[k];
            }
        }
        int[] labels = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            labels[i] = Arrays.binarySearch(distinct, 0, count, keys[i]);
        }
        return labels;
    }

    /** Ranks of cells among the distinct cells, by sorting coordinate tuples (no packing). */
    static int[] rankTuples(double[] cells, int dim) {
        int n = cells.length / dim;
        IndexSort.Order order = (a, b) -> compareTuples(cells, dim, a, b);
        int[] sorted = IndexSort.sorted(n, order);
        int[] labels = new int[n];
        int label = -1;
        for (int p = 0; p < n; p++) {
            if (p == 0 || order.compare(sorted[p - 1], sorted[p]) != 0) {
                label++;
            }
            labels[sorted[p]] = label;
        }
        return labels;
    }

    private static int compareTuples(double[] cells, int dim, int a, int b) {
        for (int d = 0; d < dim; d++) {
            int c = Double.compare(cells[a * dim + d], cells[b * dim + d]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
