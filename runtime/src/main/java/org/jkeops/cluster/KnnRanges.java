package org.jkeops.cluster;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.IntStream;
import org.jkeops.runtime.Ranges;

/**
 * A block-sparsity pattern under which a k-nearest-neighbour reduction over j ({@code K_MIN},
 * {@code ARG_K_MIN}, {@code K_MIN_ARG_K_MIN} of a distance) on one low-dimensional point set gives
 * the exact result of the dense reduction while computing a small fraction of the pairs:
 * {@code KnnRanges.of(x, 3, 10)}.
 *
 * <p>Points are binned in a grid (cells holding about {@value #POINTS_PER_CELL} points on average,
 * the side chosen from the data, see {@link #of(float[], int, int)}) and sorted by cell: each guess
 * of the side only counts points per cell, and one counting sort over the cells' bounding box
 * ({@link DenseGrid}, when that box is not much larger than the point count) orders them. For each
 * cluster a, the farthest-corner distance between its box and a nearby cluster's box bounds from
 * above the distance from every point of a to every point of that cluster; walking the nearby
 * clusters by that bound until they hold k points gives an upper bound U_a on every point's k-th
 * neighbour distance; the exact k-th distance of each point of a among the points of those
 * clusters gives another, tighter where the box corners are loose by a box diagonal, and U_a is the
 * smaller. The pattern keeps the clusters whose boxes come within U_a of a's box (with a
 * relative slack of {@value #SLACK} for float32 rounding), so every point at or below a row's k-th
 * distance is computed and the reduction's result is the dense one. Nearby clusters are looked up
 * in growing cubes of cells, so the cost is O(N log N) plus O(clusters x cells per cube): meant for
 * dimensions up to about 4; in higher dimensions the cube grows past the cluster count and every
 * cluster is scanned (still exact, quadratic in the clusters).
 *
 * <p>The i-half keeps, for each cluster, its candidate j-ranges (ascending, adjacent clusters merged
 * into one sweep); the j-half is its transpose, so the object is a valid {@link Ranges} for either
 * axis, though only the reduction over j has the k-nearest meaning. Compute on {@link #points()}
 * and map results back with {@link #sorting()}: indices the kernel returns are positions in the
 * sorted points, {@code sorting().permutation()[j]} is the caller's index. Immutable.
 */
public final class KnnRanges {
    /**
     * Target mean occupancy of the automatic cells, measured fastest for k = 10 in 3-D
     * (docs/PERFORMANCE.md): larger cells make fewer clusters to bound and let the cube of 3^d
     * cells around a cluster usually hold its bound; smaller ones keep fewer pairs for the kernel.
     */
    static final double POINTS_PER_CELL = 11;
    /** Most pairs one cluster may spend on its point bound (a cell of 10^5 equal points would be quadratic). */
    static final long POINT_BOUND_PAIRS = 1 << 22;
    /** Relative slack on U_a^2: a float32 distance may round below the exact one by a few ulps. */
    static final double SLACK = 1e-5;

    private final Sorting sorting;
    private final float[] points;
    private final int dim;
    private final int k;
    private final double cellSize;
    private final int[] clusterRanges;
    private final Ranges ranges;
    private final long keptPairs;

    private KnnRanges(Sorting sorting, float[] points, int dim, int k, double cellSize, int[] clusterRanges,
                      Ranges ranges, long keptPairs) {
        this.sorting = sorting;
        this.points = points;
        this.dim = dim;
        this.k = k;
        this.cellSize = cellSize;
        this.clusterRanges = clusterRanges;
        this.ranges = ranges;
        this.keptPairs = keptPairs;
    }

    /**
     * The pattern for the k nearest neighbours (the point itself included, as a dense reduction
     * counts it) of every point of {@code x}, with cells sized from the data so that non-empty
     * cells hold about {@value #POINTS_PER_CELL} points on average. A few far outliers do not set
     * the side (it is guessed from the central 98 % of each axis they stretch); but one grid
     * serves the whole cloud, so where the density varies by orders of magnitude (a dense blob
     * in a sparse cloud) the densest cells hold many points and the kernel computes more pairs:
     * give the side that suits the part that matters to {@link #of(float[], int, int, double)}.
     *
     * @param x   row-major points, {@code x[i * dim + d]}, all coordinates finite
     * @param dim the dimension, {@code >= 1}
     * @param k   the number of neighbours, {@code >= 1} (more than the points: every pair is kept)
     * @throws IllegalArgumentException naming the parameter for a bad shape, k or coordinate
     */
    public static KnnRanges of(float[] x, int dim, int k) {
        checkShape(x, dim, k);
        float[] lo = new float[dim];
        float[] hi = new float[dim];
        CellSizes.bounds(x, dim, lo, hi);
        float[] guessLo = new float[dim];
        float[] guessHi = new float[dim];
        CellSizes.guessBounds(x, dim, lo, hi, guessLo, guessHi); // far outliers do not set the first guess
        // Each guess of the side only bins and counts (CellBins); the points are sorted once, at the side chosen.
        CellSizes.Choice<CellBins> choice = CellSizes.choose(x.length / dim, guessLo, guessHi, POINTS_PER_CELL,
                size -> CellBins.of(x, dim, size, lo, hi));
        return of(x, dim, k, choice.binning());
    }

    /**
     * The pattern for the k nearest neighbours with cells of side {@code cellSize}.
     *
     * @throws IllegalArgumentException naming the parameter for a bad shape, k or coordinate, and
     *     cellSize when it is not finite and positive or rounds to 0 in float32 (below 1.4e-45),
     *     where the points are binned
     */
    public static KnnRanges of(float[] x, int dim, int k, double cellSize) {
        checkShape(x, dim, k);
        if (!(cellSize > 0) || Double.isInfinite(cellSize)) {
            throw new IllegalArgumentException("cellSize must be finite and positive, got " + cellSize);
        }
        CellBins.checkBinnable("cellSize", cellSize);
        float[] lo = new float[dim];
        float[] hi = new float[dim];
        CellSizes.bounds(x, dim, lo, hi);
        return of(x, dim, k, CellBins.of(x, dim, cellSize, lo, hi));
    }

    private static KnnRanges of(float[] x, int dim, int k, CellBins bins) {
        DenseGrid.Sorted sortedCells = bins.sort();
        Sorting sorting = sortedCells.sorting();
        float[] sorted = sortedCells.points();
        int[] clusterRanges = sortedCells.clusterRanges();
        double cellSize = bins.size();
        // Gaps are measured in the float32 side the points were binned at: SLACK covers the
        // rounding of a normal side (6e-8 relative), not that of a subnormal one (up to a third).
        double side = bins.side();
        int c = clusterRanges.length / 2;
        ClusterBoxes boxes = new ClusterBoxes(sorted, dim, clusterRanges, side, bins.dense());
        // Clusters are independent: chunks on the common pool, each with its own reduction
        // ranges, concatenated in cluster order.
        int chunks = c == 0 ? 0 : Math.min(c, 8 * Runtime.getRuntime().availableProcessors());
        Chunk[] parts = IntStream.range(0, chunks).parallel().mapToObj(chunk -> {
            int from = (int) ((long) c * chunk / chunks);
            int to = (int) ((long) c * (chunk + 1) / chunks);
            return Chunk.of(new Candidates(boxes, sorted, clusterRanges, dim, k, side), from, to);
        }).toArray(Chunk[]::new);
        int[] slices = new int[c];
        int[] slicesJ = new int[c];
        int total = 0;
        int runs = 0;
        long pairs = 0;
        for (Chunk part : parts) {
            total += part.lists.length;
            runs += part.redranges.length;
            pairs += part.pairs;
        }
        int[] kept = new int[total];
        int[] redrangesJ = new int[runs];
        for (int chunk = 0, a = 0, at = 0, runAt = 0; chunk < chunks; chunk++) {
            Chunk part = parts[chunk];
            System.arraycopy(part.lists, 0, kept, at, part.lists.length);
            System.arraycopy(part.redranges, 0, redrangesJ, runAt, part.redranges.length);
            for (int r = 0; r < part.listEnds.length; r++, a++) {
                slices[a] = at + part.listEnds[r];
                slicesJ[a] = runAt / 2 + part.runEnds[r];
            }
            at += part.lists.length;
            runAt += part.redranges.length;
        }
        int[][] transposed = transpose(slices, kept, c);
        int[][] overI = sweeps(transposed[0], transposed[1], clusterRanges);
        Ranges ranges = new Ranges(clusterRanges, slicesJ, redrangesJ, clusterRanges, overI[0], overI[1]);
        int n = x.length / dim;
        ranges.validate("ranges", n, n);
        return new KnnRanges(sorting, sorted, dim, k, cellSize, clusterRanges, ranges, pairs);
    }

    /**
     * The candidate clusters of the row clusters [from, to): their lists (ascending) with each
     * row's end, the reduction ranges they make (adjacent clusters merged) with each row's end, and
     * the pairs they keep.
     */
    private record Chunk(int[] listEnds, int[] lists, int[] runEnds, int[] redranges, long pairs) {
        static Chunk of(Candidates candidates, int from, int to) {
            int[] clusterRanges = candidates.clusterRanges;
            int rows = to - from;
            int[] listEnds = new int[rows];
            int[] runEnds = new int[rows];
            int[] lists = new int[8 * rows];
            int count = 0;
            long pairs = 0;
            RangeRuns runs = new RangeRuns(clusterRanges, 4 * rows);
            for (int a = from; a < to; a++) {
                int m = candidates.of(a);
                if (count + m > lists.length) {
                    lists = Arrays.copyOf(lists, Math.max(count + m, 2 * lists.length));
                }
                long columns = 0;
                for (int q = 0; q < m; q++) {
                    int b = candidates.found[q];
                    lists[count++] = b;
                    runs.add(b);
                    columns += size(clusterRanges, b);
                }
                pairs += columns * size(clusterRanges, a);
                listEnds[a - from] = count;
                runEnds[a - from] = runs.endRow();
            }
            return new Chunk(listEnds, Arrays.copyOf(lists, count), runEnds, runs.redranges(), pairs);
        }
    }

    private static int size(int[] clusterRanges, int a) {
        return clusterRanges[2 * a + 1] - clusterRanges[2 * a];
    }

    /**
     * Slices and reduction ranges from per-row cluster lists (ascending): runs of clusters that are
     * adjacent in the sorted order become one range, so the sweeps stay long.
     */
    private static int[][] sweeps(int[] slices, int[] lists, int[] clusterRanges) {
        int rows = slices.length;
        int[] outSlices = new int[rows];
        RangeRuns runs = new RangeRuns(clusterRanges, rows == 0 ? 0 : slices[rows - 1]);
        for (int a = 0, p = 0; a < rows; a++) {
            for (; p < slices[a]; p++) {
                runs.add(lists[p]);
            }
            outSlices[a] = runs.endRow();
        }
        return new int[][] {outSlices, runs.redranges()};
    }

    /** The transposed relation: for each cluster b, the clusters a whose lists hold b, ascending. */
    private static int[][] transpose(int[] slices, int[] lists, int c) {
        int total = c == 0 ? 0 : slices[c - 1];
        int[] start = new int[c + 1];
        for (int p = 0; p < total; p++) {
            start[lists[p] + 1]++;
        }
        for (int b = 0; b < c; b++) {
            start[b + 1] += start[b];
        }
        int[] fill = Arrays.copyOf(start, c);
        int[] out = new int[total];
        for (int a = 0, p = 0; a < c; a++) {
            for (; p < slices[a]; p++) {
                out[fill[lists[p]]++] = a; // a ascending, so each list is ascending
            }
        }
        return new int[][] {Arrays.copyOfRange(start, 1, c + 1), out};
    }

    private static void checkShape(float[] x, int dim, int k) {
        if (x == null) {
            throw new IllegalArgumentException("x is null");
        }
        if (dim < 1) {
            throw new IllegalArgumentException("dim must be at least 1, got " + dim);
        }
        if (x.length % dim != 0) {
            throw new IllegalArgumentException("x: length " + x.length + " is not a multiple of dim = " + dim);
        }
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, got " + k);
        }
    }

    /** The reordering of the points by cluster; apply it to every per-point array. */
    public Sorting sorting() {
        return sorting;
    }

    /** The points in sorted order (row-major), what the kernel must be called on. */
    public float[] points() {
        return points;
    }

    /** The block-sparsity pattern over the sorted points. */
    public Ranges ranges() {
        return ranges;
    }

    /** Flattened [start, end) of each cluster in the sorted points. */
    public int[] clusterRanges() {
        return clusterRanges.clone();
    }

    /** The number of clusters (non-empty cells). */
    public int clusters() {
        return clusterRanges.length / 2;
    }

    /**
     * The side of the grid cells, as chosen or given; the points are binned at its float32
     * rounding, {@code (float) cellSize()}, and gaps are measured in that.
     */
    public double cellSize() {
        return cellSize;
    }

    /** The number of neighbours the pattern is exact for. */
    public int k() {
        return k;
    }

    /** The pairs (i, j) a reduction over j computes under the pattern, i = j included. */
    public long keptPairs() {
        return keptPairs;
    }

    @Override
    public String toString() {
        int n = points.length / dim;
        return String.format(Locale.ROOT, "KnnRanges[%d points, k = %d, %d clusters, cell %.4g, %d kept pairs (%.3g %%)]",
                n, k, clusters(), cellSize, keptPairs, n == 0 ? 0.0 : 100.0 * keptPairs / ((double) n * n));
    }

    /** The candidate clusters of one cluster: those whose boxes come within its bound U_a. */
    private static final class Candidates {
        private final ClusterBoxes boxes;
        private final float[] points;
        /** The k smallest squared distances of one point so far, ascending. */
        private final double[] nearest;
        /** One point's squared distances to the candidates of its point bound. */
        private double[] distances = new double[64];
        /** The candidates' coordinates, axis-major with a stride of distances.length. */
        private double[] candidates;
        final int[] clusterRanges;
        private final int dim;
        private final int k;
        /** The side the points were binned at ({@link CellBins#side}). */
        private final double cellSize;
        private final int clusters;
        private final long[] probe;
        private final int[] offset;
        int[] found = new int[64];
        private double[] far = new double[64];
        private int[] sizes = new int[64];
        private int[] ids = new int[64];
        /** How many clusters, nearest by their corner bound first, decided the last corner bound. */
        private int nearestClusters;

        Candidates(ClusterBoxes boxes, float[] points, int[] clusterRanges, int dim, int k, double cellSize) {
            this.boxes = boxes;
            this.points = points;
            // Only a point with k candidates looks for its k-th (so k <= n there): k may be
            // Integer.MAX_VALUE, "every pair", and an array of k would not fit in memory.
            this.nearest = new double[Math.min(k, points.length / dim)];
            this.candidates = new double[dim * distances.length];
            this.clusterRanges = clusterRanges;
            this.dim = dim;
            this.k = k;
            this.cellSize = cellSize;
            this.clusters = clusterRanges.length / 2;
            this.probe = new long[dim];
            this.offset = new int[dim];
        }

        /** The candidate clusters of a: returns their count, the clusters are {@code found[0 ..)}, ascending. */
        int of(int a) {
            // 1. A bound from the smallest cube of cells around a that holds k points: the nearest
            //    clusters decide it, and far2 on a few dozen clusters is cheap.
            int reach = 1;
            boolean all;
            int m;
            double bound2;
            while (true) {
                all = coversAll(reach);
                m = all ? everyCluster() : cube(a, reach);
                bound2 = kthFarthest(a, m);
                if (bound2 < Double.POSITIVE_INFINITY || all) {
                    if (bound2 < Double.POSITIVE_INFINITY) {
                        bound2 = Math.min(bound2, kthNearestOfPoints(a));
                    }
                    break;
                }
                reach++;
            }
            // 2. Every cluster whose box comes within the bound: a cluster outside the cube of
            //    `need` cells has a gap of at least need x cellSize, beyond the bound.
            double limit = bound2 * (1 + SLACK);
            int need = reach;
            if (!all && limit < Double.POSITIVE_INFINITY) {
                double cells = Math.floor(Math.sqrt(limit) / cellSize) + 1;
                if (cells > reach) {
                    need = (int) Math.min(Integer.MAX_VALUE / 2 - 1, cells);
                    all = coversAll(need);
                    if (all) {
                        m = everyCluster();
                    }
                }
            }
            if (!all) {
                return within(a, need, limit);
            }
            int kept = 0;
            for (int q = 0; q < m; q++) {
                if (boxes.gap2(a, found[q]) <= limit) {
                    found[kept++] = found[q];
                }
            }
            return kept;
        }

        /**
         * The clusters in the cube of cells within {@code reach} of a's cell whose boxes come
         * within {@code limit} (squared) of a's box, ascending, into {@code found}. Cells
         * {@code o} apart along an axis hold points at least {@code (|o| - 1) x cellSize} apart,
         * so whole lines of cells, and the ends of the others, are skipped without looking at
         * their clusters.
         */
        private int within(int a, int reach, double limit) {
            long[] base = boxes.cell[a];
            int last = dim - 1;
            for (int d = 0; d < last; d++) {
                offset[d] = (int) Math.max(-reach, boxes.min[d] - base[d]);
            }
            int kept = 0;
            int from = 0; // lines come in ascending order: each lookup starts where the previous line ended
            while (true) {
                double lineGap2 = 0;
                for (int d = 0; d < last; d++) {
                    probe[d] = base[d] + offset[d];
                    lineGap2 += cellGap2(offset[d]);
                }
                if (lineGap2 <= limit) {
                    // Along the last axis only the cells whose gap keeps the total within the limit.
                    double room = Math.floor(Math.sqrt(limit - lineGap2) / cellSize) + 1;
                    int along = (int) Math.min(reach, room);
                    probe[last] = Math.max(base[last] - along, boxes.min[last]);
                    long end = Math.min(base[last] + along, boxes.max[last]);
                    int b = boxes.lineStart(probe, from);
                    int e = boxes.lineEnd(b, probe, end);
                    from = e;
                    ensure(kept + e - b);
                    for (; b < e; b++) {
                        if (boxes.within(a, b, limit)) {
                            found[kept++] = b;
                        }
                    }
                }
                if (!nextLine(base, reach, last)) {
                    return kept;
                }
            }
        }

        /** A lower bound on the squared distance between points of cells {@code o} apart along one axis. */
        private double cellGap2(int o) {
            double gap = Math.max(0, Math.abs((double) o) - 1) * cellSize;
            return gap * gap;
        }

        /** Whether the cube of cells within {@code reach} has at least as many cells as there are clusters. */
        private boolean coversAll(int reach) {
            long cells = 1;
            for (int d = 0; d < dim; d++) {
                cells *= 2L * reach + 1;
                if (cells >= clusters) {
                    return true;
                }
            }
            return false;
        }

        private int everyCluster() {
            ensure(clusters);
            for (int b = 0; b < clusters; b++) {
                found[b] = b;
            }
            return clusters;
        }

        /**
         * The next line of cells along the last axis: an odometer over the first {@code last} axes
         * within [-reach, reach] of {@code base} and the cells that exist; false after the last line.
         */
        private boolean nextLine(long[] base, int reach, int last) {
            for (int d = last - 1; d >= 0; d--) {
                if (offset[d] < reach && base[d] + offset[d] < boxes.max[d]) {
                    offset[d]++;
                    return true;
                }
                offset[d] = (int) Math.max(-reach, boxes.min[d] - base[d]);
            }
            return false;
        }

        /**
         * The clusters in the cube of cells within {@code reach} of a's cell, ascending: one binary
         * search per line of cells along the last axis (cells there are consecutive in the sorted
         * order), offsets clamped to the cells that exist.
         */
        private int cube(int a, int reach) {
            long[] base = boxes.cell[a];
            int last = dim - 1;
            for (int d = 0; d < last; d++) {
                offset[d] = (int) Math.max(-reach, boxes.min[d] - base[d]);
            }
            int m = 0;
            int start = 0;
            while (true) {
                for (int d = 0; d < last; d++) {
                    probe[d] = base[d] + offset[d];
                }
                probe[last] = Math.max(base[last] - reach, boxes.min[last]);
                long end = Math.min(base[last] + reach, boxes.max[last]);
                // Lines come in ascending order: each search starts where the previous line ended.
                int b = boxes.lineStart(probe, start);
                start = boxes.lineEnd(b, probe, end);
                ensure(m + start - b);
                for (; b < start; b++) {
                    found[m++] = b;
                }
                if (!nextLine(base, reach, last)) {
                    return m;
                }
            }
        }

        /**
         * The smallest farthest-corner distance (squared) within which the found clusters hold k
         * points: a bound on every point of a's k-th neighbour distance; +inf when they hold fewer.
         */
        private double kthFarthest(int a, int m) {
            // The nearest bounds in order, only as many as hold k points: a cube has dozens of
            // clusters but the bound is reached within the first few (kept in `nearestClusters`).
            int len = 0;
            long held = 0;
            for (int q = 0; q < m; q++) {
                double f = boxes.far2(a, found[q]);
                if (held >= k && f >= far[len - 1]) {
                    continue;
                }
                int r = len++;
                for (; r > 0 && far[r - 1] > f; r--) {
                    far[r] = far[r - 1];
                    sizes[r] = sizes[r - 1];
                    ids[r] = ids[r - 1];
                }
                far[r] = f;
                sizes[r] = size(clusterRanges, found[q]);
                ids[r] = found[q];
                held += sizes[r];
                while (held - sizes[len - 1] >= k) {
                    held -= sizes[--len];
                }
            }
            nearestClusters = len;
            return held >= k ? far[len - 1] : Double.POSITIVE_INFINITY;
        }

        /**
         * The largest, over the points of a, of the exact k-th nearest squared distance among the
         * points of the clusters that decided the corner bound (they hold k points): a bound on
         * every point's k-th neighbour distance, tight where the box corners are loose by a box
         * diagonal, for a few clusters' worth of distances per point. Only the points that raise
         * the largest so far need their k-th distance: the others hold k candidates within it,
         * which one counting pass over their distances shows.
         */
        private double kthNearestOfPoints(int a) {
            int m = 0;
            for (int q = 0; q < nearestClusters; q++) {
                m += sizes[q];
            }
            if ((long) m * size(clusterRanges, a) > POINT_BOUND_PAIRS) {
                return Double.POSITIVE_INFINITY; // a crowded cell (many equal points): the corner bound alone
            }
            if (m > distances.length) {
                distances = new double[Math.max(m, 2 * distances.length)];
                candidates = new double[dim * distances.length];
            }
            // The candidates' coordinates once, axis by axis, widened to double.
            int stride = distances.length;
            for (int q = 0, t = 0; q < nearestClusters; q++) {
                int b = ids[q];
                for (int j = clusterRanges[2 * b]; j < clusterRanges[2 * b + 1]; j++, t++) {
                    for (int d = 0; d < dim; d++) {
                        candidates[d * stride + t] = points[j * dim + d];
                    }
                }
            }
            double worst = -1;
            for (int i = clusterRanges[2 * a]; i < clusterRanges[2 * a + 1]; i++) {
                java.util.Arrays.fill(distances, 0, m, 0.0);
                for (int d = 0; d < dim; d++) {
                    double xi = points[i * dim + d];
                    for (int t = 0; t < m; t++) {
                        double diff = xi - candidates[d * stride + t];
                        distances[t] += diff * diff;
                    }
                }
                int within = 0;
                for (int t = 0; t < m; t++) {
                    within += distances[t] <= worst ? 1 : 0;
                }
                if (within < k) { // i's k-th distance is beyond the largest so far: find it
                    worst = kthSmallest(m);
                }
            }
            return worst;
        }

        /** The k-th smallest of distances[0 .. m), m >= k. */
        private double kthSmallest(int m) {
            java.util.Arrays.fill(nearest, Double.POSITIVE_INFINITY);
            for (int t = 0; t < m; t++) {
                double d2 = distances[t];
                if (d2 < nearest[k - 1]) {
                    int r = k - 1;
                    for (; r > 0 && nearest[r - 1] > d2; r--) {
                        nearest[r] = nearest[r - 1];
                    }
                    nearest[r] = d2;
                }
            }
            return nearest[k - 1];
        }

        private void ensure(int size) {
            if (size > found.length) {
                int grown = Math.max(size, 2 * found.length);
                found = Arrays.copyOf(found, grown);
                far = Arrays.copyOf(far, grown);
                sizes = Arrays.copyOf(sizes, grown);
                ids = Arrays.copyOf(ids, grown);
            }
        }
    }
}
