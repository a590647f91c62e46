package org.jkeops.cluster;

/**
 * Points binned in a grid whose bounding box of cells is small enough to count in one table (a few
 * cells per point at most, the usual case for low-dimensional clouds with cells sized from the
 * data): one pass gives each point its cell's index in the box, a histogram gives the occupancy,
 * and a counting sort over the box gives the same labels, the same stable order and the same
 * cluster ranges as {@link Clusters#gridCluster} followed by {@link Sorting#of}, without sorting
 * 64-bit keys. The sorted table also answers "which clusters lie on this line of cells" with two
 * array reads ({@link #clusterBefore}), where {@link ClusterBoxes} would search.
 *
 * <p>Cells are {@code floor(x_d / size)} in double, exactly as {@link GridCells} and {@link
 * ClusterBoxes} compute them, so a point lands in the same cell on every path. The box is
 * row-major over the axes, the last axis fastest, so ascending box index is the lexicographic
 * order of cells that {@link GridCells} ranks by.
 */
final class DenseGrid {
    private final int dim;
    /** The smallest cell coordinate along each axis (of the points' bounds). */
    private final long[] min;
    /** Box index step per axis: the product of the extents of the later axes. */
    private final int[] stride;
    private final int cells;
    /** The box index of each point's cell. */
    private final int[] key;
    /** Points per box cell; {@link #sort} turns it into each cell's end in the sorted points. */
    private final int[] count;
    /** The number of non-empty cells. */
    private final int occupied;
    /** After {@link #sort}: the clusters (non-empty cells) before each box cell, and their count at the end. */
    private int[] clusterBefore;

    private DenseGrid(int dim, long[] min, int[] stride, int cells, int[] key, int[] count, int occupied) {
        this.dim = dim;
        this.min = min;
        this.stride = stride;
        this.cells = cells;
        this.key = key;
        this.count = count;
        this.occupied = occupied;
    }

    /**
     * The binning of x at cell side {@code size}, or null when the box of cells between the
     * points' bounds would hold more than {@code maxCells} cells.
     *
     * @param lo the smallest coordinate along each axis, all finite
     * @param hi the largest coordinate along each axis
     */
    static DenseGrid of(float[] x, int dim, float size, float[] lo, float[] hi, long maxCells) {
        double side = size;
        long[] min = new long[dim];
        long[] extent = new long[dim];
        double total = 1;
        for (int d = 0; d < dim; d++) {
            double first = Math.floor(lo[d] / side);
            double last = Math.floor(hi[d] / side);
            if (!(Math.abs(first) < 0x1p52 && Math.abs(last) < 0x1p52)) {
                return null; // beyond exact long arithmetic: far-apart points or a very fine grid
            }
            total *= last - first + 1;
            if (!(total <= maxCells)) {
                return null;
            }
            min[d] = (long) first;
            extent[d] = (long) last - min[d] + 1;
        }
        int cells = (int) total;
        int[] stride = new int[dim];
        int step = 1;
        for (int d = dim - 1; d >= 0; d--) {
            stride[d] = step;
            step *= (int) extent[d];
        }
        int n = x.length / dim;
        int[] key = new int[n];
        int[] count = new int[cells];
        for (int i = 0; i < n; i++) {
            int k = 0;
            for (int d = 0; d < dim; d++) {
                k += (int) ((long) Math.floor(x[i * dim + d] / side) - min[d]) * stride[d];
            }
            key[i] = k;
            count[k]++;
        }
        int occupied = 0;
        for (int c = 0; c < cells; c++) {
            occupied += count[c] != 0 ? 1 : 0;
        }
        return new DenseGrid(dim, min, stride, cells, key, count, occupied);
    }

    /** The number of non-empty cells. */
    int occupied() {
        return occupied;
    }

    /** Mean points per non-empty cell. */
    double occupancy() {
        return occupied == 0 ? 0 : (double) key.length / occupied;
    }

    /** The points sorted by cell (stable), as {@link Sorting#of} of the grid labels would sort them. */
    record Sorted(Sorting sorting, float[] points, int[] clusterRanges) {
    }

    /**
     * Sorts the points by cell with one counting sort over the box; afterwards {@link
     * #clusterBefore} answers line lookups. Call once.
     */
    Sorted sort(float[] x) {
        int n = key.length;
        int[] before = new int[cells + 1];
        int[] clusterRanges = new int[2 * occupied];
        int start = 0;
        for (int c = 0, cluster = 0; c < cells; c++) {
            before[c] = cluster;
            int points = count[c];
            if (points != 0) {
                clusterRanges[2 * cluster] = start;
                clusterRanges[2 * cluster + 1] = start + points;
                cluster++;
            }
            count[c] = start; // from here on: the next free position of the cell
            start += points;
        }
        before[cells] = occupied;
        int[] permutation = new int[n];
        int[] labels = new int[n];
        float[] sorted = new float[x.length];
        for (int i = 0; i < n; i++) {
            int p = count[key[i]]++;
            permutation[p] = i;
            labels[p] = before[key[i]];
            System.arraycopy(x, i * dim, sorted, p * dim, dim);
        }
        clusterBefore = before;
        return new Sorted(Sorting.sorted(permutation, labels), sorted, clusterRanges);
    }

    /** The box index of a cell within the box. */
    int index(long[] cell) {
        long k = 0;
        for (int d = 0; d < dim; d++) {
            k += (cell[d] - min[d]) * stride[d];
        }
        return (int) k;
    }

    /** The box index step of one cell along axis d. */
    int stride(int d) {
        return stride[d];
    }

    /**
     * The number of clusters whose cells come before box index {@code k} (in [0, cells]): where
     * the clusters of a line of cells start, or end at the index past its last cell. Only after
     * {@link #sort}.
     */
    int clusterBefore(int k) {
        return clusterBefore[k];
    }

    /**
     * The number of clusters whose cells come before {@code cell} in the lexicographic order,
     * plus {@code offset} cells along the last axis: where a line's clusters start (offset 0) or
     * end (offset = the cells walked + 1). Only after {@link #sort}; {@code cell} within the box.
     */
    int clusterBefore(long[] cell, long offset) {
        long k = offset;
        for (int d = 0; d < dim; d++) {
            k += (cell[d] - min[d]) * stride[d];
        }
        return clusterBefore[(int) k];
    }
}
