package org.jkeops.cluster;

/**
 * Lookup of a cluster by its integer grid cell, for clusters whose cells are in lexicographic
 * order (as {@link GridCells} labels them): a binary search over the cells, so no hash map of
 * boxed keys is built.
 */
final class CellIndex {
    private final long[][] cells;
    private final int dim;

    /** @param cells the cell of each cluster, in lexicographic order */
    CellIndex(long[][] cells, int dim) {
        this.cells = cells;
        this.dim = dim;
    }

    /** The cluster whose cell is {@code probe}, or -1. */
    int find(long[] probe) {
        int lo = 0;
        int hi = cells.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int cmp = compare(cells[mid], probe);
            if (cmp == 0) {
                return mid;
            }
            if (cmp < 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return -1;
    }

    private int compare(long[] a, long[] b) {
        for (int d = 0; d < dim; d++) {
            int c = Long.compare(a[d], b[d]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
