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

    /** The first cluster whose cell is at or after {@code probe} in lexicographic order (the count when none). */
    int ceiling(long[] probe) {
        int lo = 0;
        int hi = cells.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (compare(cells[mid], probe) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Whether cluster b's cell agrees with {@code probe} on every axis but the last. */
    boolean sameLine(int b, long[] probe) {
        for (int d = 0; d < dim - 1; d++) {
            if (cells[b][d] != probe[d]) {
                return false;
            }
        }
        return true;
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
