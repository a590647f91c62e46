package org.jkeops.cluster;

import java.util.Arrays;

/**
 * The grid cell and the bounding box of each cluster of points sorted by cell: what the radius and
 * k-nearest-neighbour patterns prune cluster pairs with. Both distances are bounds on every pair of
 * points of the two clusters: {@link #gap2} from below (0 when the boxes overlap), {@link #far2}
 * from above (the farthest corners).
 */
final class ClusterBoxes {
    /**
     * Cell coordinates below this in magnitude are kept as they are: a coordinate plus any offset
     * a search steps (less than {@link #MAX_GAP}) and the difference of two coordinates stay within
     * a long. Beyond it an axis's coordinates are closed up ({@link #closedUp}).
     */
    static final double MAX_CELL = 0x1p62;
    /**
     * The largest distance in cells {@link #closedUp} keeps between consecutive coordinates: more
     * than any search steps through ({@link RadiusRanges} at most 2^16 cells, {@link KnnRanges}
     * less than 2^30).
     */
    static final double MAX_GAP = 0x1p30;

    /**
     * Each cluster's cell, floor(x / side) per binned axis; on an axis whose cells reach {@link
     * #MAX_CELL} from the origin, the same cells {@link #closedUp closed up}.
     */
    final long[][] cell;
    final CellIndex index;
    /** The smallest and largest cell coordinate along each axis. */
    final long[] min;
    final long[] max;
    /**
     * Each cluster's cell packed into one long, most significant axis first (so ascending like the
     * clusters), or null when the cells span more than 62 bits; {@link #shift} per axis.
     */
    final long[] keys;
    final int[] shift;
    private final float[] lo;
    private final float[] hi;
    /** The boxes along the binned axes only, cellDim per cluster: lo and hi themselves when every axis is binned. */
    private final float[] cellLo;
    private final float[] cellHi;
    /** The side the points were binned at: the cell size rounded to float32. */
    private final double side;
    /** Per binned axis: whether its cells were {@link #closedUp closed up}, so that cell x side is no position. */
    private final boolean[] closed;
    /** The boxes' dimension (every axis of the points). */
    private final int dim;
    /** The cells' dimension: the axes the grid bins ({@link RadiusRanges} may bin fewer than the boxes have). */
    private final int cellDim;
    /** The dense table the points were sorted through, if they were: line lookups by index. */
    private final DenseGrid lines;

    /**
     * @param sorted        points sorted by cell, row-major
     * @param clusterRanges flattened [start, end) of each cluster in {@code sorted}
     */
    ClusterBoxes(float[] sorted, int dim, int[] clusterRanges, double cellSize) {
        this(sorted, dim, clusterRanges, cellSize, null);
    }

    /**
     * @param lines the dense table the points were sorted through ({@link DenseGrid#sort}), or null
     */
    ClusterBoxes(float[] sorted, int dim, int[] clusterRanges, double cellSize, DenseGrid lines) {
        this(sorted, dim, sorted, dim, clusterRanges, cellSize, lines);
    }

    /**
     * Cells from {@code cellPoints} (the binned axes of the points, {@code cellDim} per point) and
     * boxes from {@code sorted} (every axis), both in the same sorted order.
     */
    ClusterBoxes(float[] cellPoints, int cellDim, float[] sorted, int dim, int[] clusterRanges, double cellSize,
                 DenseGrid lines) {
        int c = clusterRanges.length / 2;
        this.dim = dim;
        this.cellDim = cellDim;
        this.lines = lines;
        cell = new long[c][cellDim];
        lo = new float[c * dim];
        hi = new float[c * dim];
        side = (float) cellSize;
        closed = new boolean[cellDim];
        Arrays.fill(lo, Float.POSITIVE_INFINITY);
        Arrays.fill(hi, Float.NEGATIVE_INFINITY);
        for (int a = 0; a < c; a++) {
            int first = clusterRanges[2 * a];
            for (int d = 0; d < cellDim; d++) {
                // The same floor(x / size) in double as GridCells, so a cluster's cell is its points' cell.
                double floor = Math.floor(cellPoints[first * cellDim + d] / side);
                cell[a][d] = (long) floor;
                closed[d] |= !(Math.abs(floor) < MAX_CELL);
            }
            for (int i = first; i < clusterRanges[2 * a + 1]; i++) {
                for (int d = 0; d < dim; d++) {
                    float v = sorted[i * dim + d];
                    lo[a * dim + d] = Math.min(lo[a * dim + d], v);
                    hi[a * dim + d] = Math.max(hi[a * dim + d], v);
                }
            }
        }
        for (int d = 0; d < cellDim; d++) {
            if (closed[d]) { // (long) stops at Long.MAX_VALUE / MIN_VALUE, and offsets from near it overflow
                double[] along = new double[c];
                for (int a = 0; a < c; a++) {
                    along[a] = Math.floor(cellPoints[clusterRanges[2 * a] * cellDim + d] / side);
                }
                long[] coordinates = closedUp(along);
                for (int a = 0; a < c; a++) {
                    cell[a][d] = coordinates[a];
                }
            }
        }
        if (cellPoints == sorted && cellDim == dim) {
            cellLo = lo;
            cellHi = hi;
        } else {
            cellLo = new float[c * cellDim];
            cellHi = new float[c * cellDim];
            Arrays.fill(cellLo, Float.POSITIVE_INFINITY);
            Arrays.fill(cellHi, Float.NEGATIVE_INFINITY);
            for (int a = 0; a < c; a++) {
                for (int i = clusterRanges[2 * a]; i < clusterRanges[2 * a + 1]; i++) {
                    for (int d = 0; d < cellDim; d++) {
                        float v = cellPoints[i * cellDim + d];
                        cellLo[a * cellDim + d] = Math.min(cellLo[a * cellDim + d], v);
                        cellHi[a * cellDim + d] = Math.max(cellHi[a * cellDim + d], v);
                    }
                }
            }
        }
        index = new CellIndex(cell, cellDim);
        min = new long[cellDim];
        max = new long[cellDim];
        Arrays.fill(min, Long.MAX_VALUE);
        Arrays.fill(max, Long.MIN_VALUE);
        for (long[] coordinates : cell) {
            for (int d = 0; d < cellDim; d++) {
                min[d] = Math.min(min[d], coordinates[d]);
                max[d] = Math.max(max[d], coordinates[d]);
            }
        }
        shift = new int[cellDim];
        int bits = 0;
        for (int d = cellDim - 1; d >= 0; d--) {
            shift[d] = bits;
            long span = c == 0 ? 0 : max[d] - min[d];
            bits += span < 0 ? 64 : 64 - Long.numberOfLeadingZeros(span);
        }
        if (bits <= 62 && lines == null) {
            keys = new long[c];
            for (int a = 0; a < c; a++) {
                keys[a] = key(cell[a]);
            }
        } else {
            keys = null;
        }
    }

    /**
     * Cell coordinates along one axis for cells at or beyond {@link #MAX_CELL} from the origin
     * (far outliers, or a grid very fine for its coordinates): consecutive distinct coordinates
     * keep their distance up to {@link #MAX_GAP} cells, a larger one becomes MAX_GAP. Order and
     * distinctness are kept (the clusters stay sorted by cell), and so is every offset of less than
     * MAX_GAP cells, the only ones a search steps through; an offset of MAX_GAP or more stays at least
     * MAX_GAP. The coordinates then span less than MAX_GAP x clusters, so no sum of a coordinate and
     * an offset overflows, where floor(x / size) turned into a long would stop at Long.MAX_VALUE.
     */
    static long[] closedUp(double[] along) {
        double[] sorted = along.clone();
        Arrays.sort(sorted);
        long[] position = new long[sorted.length];
        for (int k = 1; k < sorted.length; k++) {
            // The difference of two integral doubles rounds, but one at most MAX_GAP is exact (an integer below 2^53).
            position[k] = position[k - 1] + (long) Math.min(sorted[k] - sorted[k - 1], MAX_GAP);
        }
        long[] out = new long[along.length];
        for (int a = 0; a < along.length; a++) {
            out[a] = position[Arrays.binarySearch(sorted, along[a])]; // equal coordinates share one position
        }
        return out;
    }

    /** The boxes' dimension. */
    int boxDim() {
        return dim;
    }

    /** The dense table the points were sorted through, or null. */
    DenseGrid dense() {
        return lines;
    }

    /** The packed key of a cell within [min, max] on every axis (only when {@link #keys} is not null). */
    long key(long[] coordinates) {
        long k = 0;
        for (int d = 0; d < coordinates.length; d++) {
            k |= (coordinates[d] - min[d]) << shift[d];
        }
        return k;
    }

    /**
     * The first cluster at or after cell {@code probe} in the sorted (lexicographic) order:
     * where the clusters of probe's line of cells along the last axis start ({@link #lineEnd}
     * ends them). {@code from} is a cluster known not to lie past it (where the previous line
     * ended, when lines are walked in ascending order; else 0): with the dense table one read,
     * with packed keys a gallop from there, else a binary search over the cells. {@code probe}
     * within [min, max] on every axis.
     */
    int lineStart(long[] probe, int from) {
        if (lines != null) {
            return lines.clusterBefore(probe, 0);
        }
        if (keys == null) {
            return index.ceiling(probe);
        }
        int c = keys.length;
        long key = key(probe);
        int step = 1;
        while (from + step < c && keys[from + step] < key) {
            step <<= 1;
        }
        int b = Arrays.binarySearch(keys, from + (step >> 1), Math.min(from + step + 1, c), key);
        return b < 0 ? -b - 1 : b;
    }

    /**
     * The end (exclusive) of the clusters from {@code first} ({@link #lineStart}) on probe's line
     * of cells along the last axis with a last coordinate up to {@code end}: they are
     * consecutive in the sorted order. {@code end} within [min, max] along the last axis.
     */
    int lineEnd(int first, long[] probe, long end) {
        int c = cell.length;
        int last = cellDim - 1;
        if (lines != null) {
            return lines.clusterBefore(probe, end - probe[last] + 1);
        }
        int b = first;
        if (keys != null) {
            long to = key(probe) + ((end - probe[last]) << shift[last]);
            while (b < c && keys[b] <= to) {
                b++;
            }
        } else {
            while (b < c && index.sameLine(b, probe) && cell[b][last] <= end) {
                b++;
            }
        }
        return b;
    }

    /**
     * A lower bound on the distance along binned axis d from cluster a's points to any point of the
     * cells {@code offset} away from a's cell on that axis: the whole cells between, plus the room
     * a's points leave to the face of their own cell on that side. On an axis closed up, cell x side
     * is no position, and the whole cells alone are a bound (the offset there is at most the true one).
     */
    double faceGap(int a, int d, long offset) {
        if (offset == 0) {
            return 0;
        }
        double whole = (Math.abs(offset) - 1) * side;
        return closed[d] ? whole : whole + room(a, d, offset > 0);
    }

    /** The least room a's points leave to any face of their cell ({@link #faceGap}); 0 with an axis closed up. */
    double faceRoom(int a) {
        double least = Double.POSITIVE_INFINITY;
        for (int d = 0; d < cellDim; d++) {
            if (closed[d]) {
                return 0;
            }
            least = Math.min(least, Math.min(room(a, d, false), room(a, d, true)));
        }
        return least;
    }

    /** The distance along axis d from a's points to the upper or lower face of a's cell, at least 0. */
    private double room(int a, int d, boolean up) {
        double face = (up ? cell[a][d] + 1 : cell[a][d]) * side;
        double room = up ? face - cellHi[a * cellDim + d] : cellLo[a * cellDim + d] - face;
        // The face in double, and where the binning's rounded x / side put a point, are a few ulps
        // of it off the exact cell x side: room is taken that much smaller.
        return Math.max(0, room - 0x1p-50 * Math.abs(face));
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

    /**
     * Whether {@link #gap2}(a, b) &lt; limit: the same sum in the same order, without a branch
     * per axis (a radius search keeps most pairs it meets, so early exits would mostly
     * mispredict). At most one of the two differences per axis is positive (each box has lo
     * &lt;= hi), so the gap is {@link #gap2}'s up to the sign of a zero, which squares away.
     */
    boolean closerThan(int a, int b, double limit) {
        double s = 0;
        int ia = a * dim;
        int ib = b * dim;
        for (int d = 0; d < dim; d++) {
            double gap = Math.max(Math.max((double) lo[ib + d] - hi[ia + d], (double) lo[ia + d] - hi[ib + d]), 0);
            s += gap * gap;
        }
        return s < limit;
    }

    /**
     * {@link #closerThan} on 3-D clouds, with cluster a's box given by value ({@code x0, y0, z0}
     * its low corner, {@code x1, y1, z1} its high one), so that a scan over many b keeps it in
     * registers: the same terms summed in the same order.
     */
    boolean closerThan3(double x0, double y0, double z0, double x1, double y1, double z1, int b, double limit) {
        int ib = 3 * b;
        double gx = Math.max(Math.max(lo[ib] - x1, x0 - hi[ib]), 0);
        double gy = Math.max(Math.max(lo[ib + 1] - y1, y0 - hi[ib + 1]), 0);
        double gz = Math.max(Math.max(lo[ib + 2] - z1, z0 - hi[ib + 2]), 0);
        return gx * gx + gy * gy + gz * gz < limit;
    }

    /** The low corner of cluster a's box along axis d. */
    double lo(int a, int d) {
        return lo[a * dim + d];
    }

    /** The high corner of cluster a's box along axis d. */
    double hi(int a, int d) {
        return hi[a * dim + d];
    }

    /** Whether {@link #gap2}(a, b) <= limit, stopping at the first axis that takes the sum past it. */
    boolean within(int a, int b, double limit) {
        double s = 0;
        int ia = a * dim;
        int ib = b * dim;
        for (int d = 0; d < dim; d++) {
            double gap = Math.max(0, Math.max((double) lo[ib + d] - hi[ia + d], (double) lo[ia + d] - hi[ib + d]));
            s += gap * gap;
            if (s > limit) {
                return false;
            }
        }
        return true;
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
