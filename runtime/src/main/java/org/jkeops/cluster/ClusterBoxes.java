package org.jkeops.cluster;

import java.util.Arrays;

/**
 * The grid cell and the bounding box of each cluster of points sorted by cell: what the radius and
 * k-nearest-neighbour patterns prune cluster pairs with. Both distances are bounds on every pair of
 * points of the two clusters: {@link #gap2} from below (0 when the boxes overlap), {@link #far2}
 * from above (the farthest corners).
 */
final class ClusterBoxes {
    final long[][] cell;
    final CellIndex index;
    private final float[] lo;
    private final float[] hi;
    private final int dim;

    /**
     * @param sorted        points sorted by cell, row-major
     * @param clusterRanges flattened [start, end) of each cluster in {@code sorted}
     */
    ClusterBoxes(float[] sorted, int dim, int[] clusterRanges, double cellSize) {
        int c = clusterRanges.length / 2;
        this.dim = dim;
        cell = new long[c][dim];
        lo = new float[c * dim];
        hi = new float[c * dim];
        Arrays.fill(lo, Float.POSITIVE_INFINITY);
        Arrays.fill(hi, Float.NEGATIVE_INFINITY);
        for (int a = 0; a < c; a++) {
            int first = clusterRanges[2 * a];
            for (int d = 0; d < dim; d++) {
                // The same floor(x / size) in double as GridCells, so a cluster's cell is its points' cell.
                cell[a][d] = (long) Math.floor(sorted[first * dim + d] / (double) (float) cellSize);
            }
            for (int i = first; i < clusterRanges[2 * a + 1]; i++) {
                for (int d = 0; d < dim; d++) {
                    float v = sorted[i * dim + d];
                    lo[a * dim + d] = Math.min(lo[a * dim + d], v);
                    hi[a * dim + d] = Math.max(hi[a * dim + d], v);
                }
            }
        }
        index = new CellIndex(cell, dim);
    }

    /** Squared distance between the boxes of clusters a and b: no pair of their points is closer. */
    double gap2(int a, int b) {
        double s = 0;
        for (int d = 0; d < dim; d++) {
            double gap = Math.max(0, Math.max((double) lo[b * dim + d] - hi[a * dim + d],
                    (double) lo[a * dim + d] - hi[b * dim + d]));
            s += gap * gap;
        }
        return s;
    }

    /** Squared distance between the farthest corners of the boxes of a and b: no pair is farther. */
    double far2(int a, int b) {
        double s = 0;
        for (int d = 0; d < dim; d++) {
            double far = Math.max((double) hi[b * dim + d] - lo[a * dim + d], (double) hi[a * dim + d] - lo[b * dim + d]);
            s += far * far;
        }
        return s;
    }

    /** Lexicographic odometer over [-reach, reach]^dim; false after the last offset. */
    static boolean next(int[] offset, int reach) {
        for (int d = offset.length - 1; d >= 0; d--) {
            if (offset[d] < reach) {
                offset[d]++;
                return true;
            }
            offset[d] = -reach;
        }
        return false;
    }
}
