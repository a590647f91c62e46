package org.jkeops.cluster;

import java.util.Arrays;
import java.util.function.DoubleFunction;

/**
 * Grid cell sides chosen from the data: a target mean number of points per non-empty cell. Points
 * on a curve or a surface fill far fewer cells than their bounding box suggests, so the side is
 * refined from the measured occupancy, with the cloud's local dimension estimated from how the
 * occupancy changed between two sides.
 */
final class CellSizes {
    /**
     * Most refinements after the first guess, each one binning. Ordinary clouds need at most 3; a
     * few far outliers make the first guess, from the bounding box, orders of magnitude too
     * large, and the occupancy barely moves until the cells come down to the bulk's scale (0.1 %
     * of 10^5 points at 10^6: 6 steps). Stopping early there left the bulk in one cell, and the
     * k-NN pattern kept 99.8 % of the pairs.
     */
    static final int STEPS = 16;
    /** Close enough: within this factor of the target occupancy. */
    private static final double TOLERANCE = 1.35;

    private CellSizes() {
    }

    /** One binning of the points at a cell side, of which the caller keeps the last. */
    interface Binning {
        /** Mean points per non-empty cell. */
        double occupancy();
    }

    /** A cell side and the binning of the points at that side. */
    record Choice<B extends Binning>(double size, B binning) {
    }

    /**
     * A cell side for which non-empty cells hold about {@code target} of n points (bounds lo, hi
     * per axis, {@link #bounds}) on average, and the binning {@code bin} made at that side. Each
     * refinement bins once more, so a binning that only counts makes the search cheap. Sides are
     * never below float32's smallest positive value ({@link CellBins#binnable}).
     */
    static <B extends Binning> Choice<B> choose(int n, float[] lo, float[] hi, double target, DoubleFunction<B> bin) {
        int dim = lo.length;
        double volume = 1;
        double logVolume = 0;
        int spread = 0;
        double widest = 0;
        for (int d = 0; d < dim; d++) {
            double extent = (double) hi[d] - lo[d];
            if (extent > 0) {
                volume *= extent;
                logVolume += Math.log(extent);
                spread++;
                widest = Math.max(widest, extent);
            }
        }
        if (spread == 0 || n <= target) {
            // One cell for every point (all equal, or fewer than the target): any positive side works.
            double size = spread == 0 ? 1 : 2 * widest;
            return new Choice<>(size, bin.apply(size));
        }
        double local = spread;
        double perCell = volume * target / n;
        // The side of a cube of the volume per cell. The product of many extents overflows (128
        // axes of 2000) or underflows (512 of 0.25) a double: then through logs, exact enough for a
        // first guess; otherwise pow as always, so that sides on ordinary clouds keep their bits.
        double size = CellBins.binnable(perCell >= Double.MIN_NORMAL && perCell < Double.POSITIVE_INFINITY
                ? Math.pow(perCell, 1.0 / spread)
                : Math.exp((logVolume + Math.log(target) - Math.log(n)) / spread));
        B binning = bin.apply(size);
        double occupancy = binning.occupancy();
        // The closest side measured, should the steps run out or the sides start to cycle.
        Choice<B> best = new Choice<>(size, binning);
        double bestMiss = miss(occupancy, target);
        for (int step = 0; step < STEPS && bestMiss > Math.log(TOLERANCE); step++) {
            double next = CellBins.binnable(size * Math.pow(target / occupancy, 1.0 / local));
            if (next == size) {
                break;
            }
            binning = bin.apply(next);
            double measured = binning.occupancy();
            if (measured != occupancy) {
                // occupancy ~ size^local: the data's own dimension near this scale, kept in [1, spread].
                local = Math.max(1, Math.min(spread, Math.log(measured / occupancy) / Math.log(next / size)));
            }
            size = next;
            occupancy = measured;
            if (miss(occupancy, target) < bestMiss) {
                best = new Choice<>(size, binning);
                bestMiss = miss(occupancy, target);
            }
        }
        return best;
    }

    /** Points sampled for {@link #guessBounds}. */
    private static final int SAMPLE = 8192;
    /** The fraction of the sample left out at each end of an axis by {@link #guessBounds}. */
    private static final double TAIL = 0.01;
    /** How much wider than the sample's central extent an axis must be to count as stretched by outliers. */
    private static final double STRETCHED = 4;

    /**
     * Bounds for the first guess of {@link #choose}: those of the points ({@code lo}, {@code hi},
     * from {@link #bounds}), except on axes that a few far points stretch to more than
     * {@value #STRETCHED} times the extent of the central 98 % of a sample of points, where the
     * sample's 1st and 99th percentiles. A guess from a box a million times the bulk's leaves
     * most points in one cell, and the refinements spend many binnings coming down to the bulk's
     * scale; ordinary clouds keep their bounds, and their sides.
     */
    static void guessBounds(float[] x, int dim, float[] lo, float[] hi, float[] guessLo, float[] guessHi) {
        System.arraycopy(lo, 0, guessLo, 0, dim);
        System.arraycopy(hi, 0, guessHi, 0, dim);
        int n = x.length / dim;
        if (n < 100) {
            return;
        }
        int samples = Math.min(n, SAMPLE);
        float[] axis = new float[samples];
        for (int d = 0; d < dim; d++) {
            for (int s = 0; s < samples; s++) {
                axis[s] = x[(int) ((long) s * n / samples) * dim + d];
            }
            Arrays.sort(axis);
            int tail = (int) (TAIL * samples);
            float low = axis[tail];
            float high = axis[samples - 1 - tail];
            double central = (double) high - low;
            if (central > 0 && (double) hi[d] - lo[d] > STRETCHED * central) {
                guessLo[d] = low;
                guessHi[d] = high;
            }
        }
    }

    /** How far an occupancy is from the target, as |log| of their ratio. */
    private static double miss(double occupancy, double target) {
        return Math.abs(Math.log(occupancy / target));
    }

    /**
     * The smallest and largest coordinate along each axis (+inf and -inf when there are no points).
     *
     * @throws IllegalArgumentException naming the first coordinate of x that is not finite: an
     *     infinite extent would otherwise reach the sides chosen from it, and fail there unnamed
     */
    static void bounds(float[] x, int dim, float[] lo, float[] hi) {
        int n = x.length / dim;
        for (int d = 0; d < dim; d++) {
            float min = Float.POSITIVE_INFINITY;
            float max = Float.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                min = Math.min(min, x[i * dim + d]);
                max = Math.max(max, x[i * dim + d]);
            }
            if (n > 0 && !(Float.isFinite(min) && Float.isFinite(max))) { // NaN propagates through min and max
                GridCells.checkFinite(x, dim);
            }
            lo[d] = min;
            hi[d] = max;
        }
    }

    /** Mean points per label of grid labels (labels fill [0, C)). */
    static double occupancy(int[] labels) {
        return labels.length == 0 ? 0 : (double) labels.length / (Clusters.maxLabel(labels) + 1);
    }
}
