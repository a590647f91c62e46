package org.jkeops.cluster;

/**
 * Grid cell sides chosen from the data: a target mean number of points per non-empty cell. Points
 * on a curve or a surface fill far fewer cells than their bounding box suggests, so the side is
 * refined from the measured occupancy, with the cloud's local dimension estimated from how the
 * occupancy changed between two sides.
 */
final class CellSizes {
    /** Refinements after the first guess: each costs one grid clustering. */
    private static final int STEPS = 3;
    /** Close enough: within this factor of the target occupancy. */
    private static final double TOLERANCE = 1.35;

    private CellSizes() {
    }

    /** A cell side and the grid labels of the points at that side. */
    record Grid(double size, int[] labels) {
    }

    /**
     * A cell side for which non-empty cells hold about {@code target} of the points of x on
     * average, with the labels of its last clustering so the caller need not cluster again.
     */
    static Grid grid(float[] x, int dim, double target) {
        int n = x.length / dim;
        double volume = 1;
        int spread = 0;
        double widest = 0;
        for (int d = 0; d < dim; d++) {
            float lo = Float.POSITIVE_INFINITY;
            float hi = Float.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                lo = Math.min(lo, x[i * dim + d]);
                hi = Math.max(hi, x[i * dim + d]);
            }
            double extent = (double) hi - lo;
            if (extent > 0) {
                volume *= extent;
                spread++;
                widest = Math.max(widest, extent);
            }
        }
        if (spread == 0 || n <= target) {
            // One cell for every point (all equal, or fewer than the target): any positive side works.
            double size = spread == 0 ? 1 : 2 * widest;
            return new Grid(size, Clusters.gridCluster(x, dim, (float) size));
        }
        double local = spread;
        double size = Math.pow(volume * target / n, 1.0 / spread);
        int[] labels = Clusters.gridCluster(x, dim, (float) size);
        double occupancy = occupancy(labels);
        for (int step = 0; step < STEPS && Math.abs(Math.log(occupancy / target)) > Math.log(TOLERANCE); step++) {
            double next = size * Math.pow(target / occupancy, 1.0 / local);
            labels = Clusters.gridCluster(x, dim, (float) next);
            double measured = occupancy(labels);
            if (measured != occupancy && next != size) {
                // occupancy ~ size^local: the data's own dimension near this scale, kept in [1, spread].
                local = Math.max(1, Math.min(spread, Math.log(measured / occupancy) / Math.log(next / size)));
            }
            size = next;
            occupancy = measured;
        }
        return new Grid(size, labels);
    }

    private static double occupancy(int[] labels) {
        return labels.length == 0 ? 0 : (double) labels.length / (Clusters.maxLabel(labels) + 1);
    }
}
