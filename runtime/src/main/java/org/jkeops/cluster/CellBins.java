package org.jkeops.cluster;

/**
 * The points binned at one cell side, ready to be sorted by cell: counted in a {@link DenseGrid}
 * when the box of cells between the points' bounds is small (one counting sort, direct line
 * lookups), else labelled by {@link GridCells} (a sort of packed cell keys or of coordinate
 * tuples) and sorted by {@link Sorting#of}. Both give the same labels, order and cluster ranges.
 */
final class CellBins implements CellSizes.Binning {
    /** Most box cells per point for the dense table (memory: one int per box cell). */
    static final int DENSE_CELLS_PER_POINT = 4;
    /** A box this small is counted densely whatever the point count. */
    static final int DENSE_CELLS_ALWAYS = 1 << 12;

    private final float[] x;
    private final int dim;
    private final double size;
    private final DenseGrid dense;
    private final int[] labels;

    private CellBins(float[] x, int dim, double size, DenseGrid dense, int[] labels) {
        this.x = x;
        this.dim = dim;
        this.size = size;
        this.dense = dense;
        this.labels = labels;
    }

    /**
     * A side chosen from the data that the points can be binned at: one below float32's range (it
     * would round to 0) becomes the smallest float, which is still exact, only coarser than asked
     * (the searches step in the side binned at, {@link #side}).
     */
    static double binnable(double size) {
        return (float) size > 0 ? size : Float.MIN_VALUE;
    }

    /** Fails naming {@code name} when a side given by the caller rounds to 0 in float32, where the points are binned. */
    static void checkBinnable(String name, double size) {
        if (!((float) size > 0)) {
            throw new IllegalArgumentException(name + " = " + size + " is below float32's smallest positive value "
                    + Float.MIN_VALUE + ": the points are binned in float32");
        }
    }

    /** Bins x (bounds lo, hi per axis from {@link CellSizes#bounds}) in cells of side {@code (float) size}. */
    static CellBins of(float[] x, int dim, double size, float[] lo, float[] hi) {
        int n = x.length / dim;
        long maxCells = Math.min(Integer.MAX_VALUE - 8, Math.max(DENSE_CELLS_ALWAYS, (long) DENSE_CELLS_PER_POINT * n));
        // Non-finite bounds or sides fall to GridCells, whose checks name the bad value.
        DenseGrid dense = n > 0 && size > 0 && Double.isFinite(size)
                ? DenseGrid.of(x, dim, (float) size, lo, hi, maxCells) : null;
        // No points: no cells, at any side (a side beyond float32's range would fail gridCluster's check).
        int[] labels = dense != null ? null : n == 0 ? new int[0] : Clusters.gridCluster(x, dim, (float) size);
        return new CellBins(x, dim, size, dense, labels);
    }

    @Override
    public double occupancy() {
        return dense != null ? dense.occupancy() : CellSizes.occupancy(labels);
    }

    /** The number of non-empty cells: the clusters once sorted. */
    int clusters() {
        return dense != null ? dense.occupied() : Clusters.maxLabel(labels) + 1;
    }

    /** The cell side asked for. */
    double size() {
        return size;
    }

    /**
     * The side the points are binned at: {@link #size} rounded to float32, as {@link DenseGrid} and
     * {@link GridCells} bin. Where the rounding went down, cells of size would be wider than the
     * actual ones, so a search must step and measure gaps in this side.
     */
    double side() {
        return (float) size;
    }

    /** The dense table for line lookups once {@link #sort} has run, or null on the labelled path. */
    DenseGrid dense() {
        return dense;
    }

    /** The points sorted by cell (stable). Call once. */
    DenseGrid.Sorted sort() {
        if (dense != null) {
            return dense.sort(x);
        }
        Sorting sorting = Sorting.of(labels);
        return new DenseGrid.Sorted(sorting, sorting.apply(x, dim), Clusters.clusterRanges(sorting.labels()));
    }
}
