package org.jkeops.cluster;

import java.util.Arrays;
import org.jkeops.runtime.KernelRuntime;
import org.jkeops.runtime.RowTask;

/**
 * The cluster pairs {@link RadiusRanges} keeps: for each row cluster a, the clusters b whose
 * bounding boxes come closer than r, as merged reduction ranges ({@link RangeRuns}). Row clusters
 * are independent, so chunks of them run on the shared runtime's workers ({@link
 * KernelRuntime#parallelFor}), each with its own ranges, concatenated in cluster order: the result
 * does not depend on the chunks.
 */
final class RadiusPairs {
    /** Row clusters per chunk at least: below this, one thread does all (small clouds, tests). */
    private static final int GRAIN = 512;

    /** The end of each row cluster's ranges in {@link #redranges} (the Ranges' slices). */
    final int[] slices;
    /** Flattened [start, end) j-ranges of all row clusters. */
    final int[] redranges;
    /** The (i, j) pairs the ranges keep. */
    final long kept;

    private RadiusPairs(int[] slices, int[] redranges, long kept) {
        this.slices = slices;
        this.redranges = redranges;
        this.kept = kept;
    }

    /**
     * The pairs closer than {@code radius} by box distance among the clusters of {@code boxes}
     * ({@code clusterRanges} their [start, end) in the sorted points, cells of side {@code cellSize}
     * over {@code dim} axes, binned at its float32 rounding; the boxes may have more).
     */
    static RadiusPairs search(ClusterBoxes boxes, int[] clusterRanges, int dim, double radius, double cellSize) {
        int c = clusterRanges.length / 2;
        Rows[] byStart = new Rows[c];
        int[] slices = new int[c];
        KernelRuntime.shared().parallelFor(c, GRAIN, new Search(boxes, clusterRanges, dim, radius, cellSize, byStart, slices));
        int total = 0;
        long kept = 0;
        for (int a = 0; a < c; a = byStart[a].end) {
            total += byStart[a].count;
            kept += byStart[a].kept;
        }
        int[] redranges = new int[2 * total];
        for (int a = 0, at = 0; a < c; a = byStart[a].end) {
            Rows rows = byStart[a];
            System.arraycopy(rows.redranges, 0, redranges, 2 * at, 2 * rows.count);
            for (int b = a; b < rows.end; b++) {
                slices[b] += at;
            }
            at += rows.count;
        }
        return new RadiusPairs(slices, redranges, kept);
    }

    /** What one chunk of row clusters [start, end) found: its ranges and kept pairs. */
    private record Rows(int end, int[] redranges, int count, long kept) {
    }

    /** The search over one chunk of row clusters; slices are written relative to the chunk's first range. */
    private static final class Search implements RowTask {
        private final ClusterBoxes boxes;
        private final int[] clusterRanges;
        private final int dim;
        private final double r2;
        /** The lines by the cell size asked for: the cores of {@link #lines}, all a cluster needs unless near a face. */
        private final Lines coreLines;
        /** The lines by the side the points were binned at, with their cores; coreLines when the side is not shorter. */
        private final Lines lines;
        /**
         * How much nearer the side makes cells than cellSize does, along one axis: a cluster whose
         * points keep further than this off every face of its cell has no pair within r in the cells
         * past the cores ({@link Lines#core}).
         */
        private final double sliver;
        /** The dense table of the cells, or null: then lines are found by {@link ClusterBoxes#lineStart}. */
        private final DenseGrid grid;
        private final Rows[] byStart;
        private final int[] slices;

        Search(ClusterBoxes boxes, int[] clusterRanges, int dim, double radius, double cellSize, Rows[] byStart,
               int[] slices) {
            this.boxes = boxes;
            this.clusterRanges = clusterRanges;
            this.dim = dim;
            this.r2 = squared(radius);
            this.grid = boxes.dense();
            // The points were binned at the float32 side (CellBins.side), shorter than cellSize
            // where the rounding went down: the search steps in it, so that no pair within r is
            // beyond its reach, and walks the cells that only it adds when a's box comes near them.
            double side = (float) cellSize;
            int reach = reach(radius, side);
            int coreReach = reach(radius, cellSize);
            this.coreLines = new Lines(dim, coreReach, cellSize, coreReach, cellSize, r2, grid);
            this.lines = side < cellSize ? new Lines(dim, reach, side, coreReach, cellSize, r2, grid) : coreLines;
            // Whole cells are nearer by the side than by cellSize by at most this on each axis.
            this.sliver = side < cellSize ? (reach - 1) * (cellSize - side) : 0;
            this.byStart = byStart;
            this.slices = slices;
        }

        @Override
        public void run(int start, int end) {
            // About one range per line of cells that holds points near a: sized once, not grown.
            RangeRuns runs = new RangeRuns(clusterRanges, Math.min(coreLines.count, 64) * (end - start));
            long[] probe = new long[dim];
            long kept = 0;
            for (int a = start; a < end; a++) {
                kept += (clusterRanges[2 * a + 1] - clusterRanges[2 * a]) * row(a, runs, probe);
                slices[a] = runs.endRow();
            }
            byStart[start] = new Rows(end, runs.redranges(), runs.endRow(), kept);
        }

        /**
         * Adds row cluster a's kept clusters to runs and returns their points (the columns). Cells
         * along the last axis are consecutive clusters (lexicographic order): one lookup per line
         * of cells, then a walk along it, instead of one per neighbour cell ((2 reach + 1)^(dim - 1)
         * lookups instead of (2 reach + 1)^dim: 81 instead of 729 at cells of r/4 in 3-D). Lines
         * come in ascending order, so clusters do too, as runs.add needs.
         */
        private long row(int a, RangeRuns runs, long[] probe) {
            long[] base = boxes.cell[a];
            int last = dim - 1;
            int at = grid != null ? grid.index(base) : 0;
            long columns = 0;
            int lineEnd = 0;
            // 3-D clouds (the usual case): a's box in registers, the axes unrolled; about 10 % off the search.
            boolean three = boxes.boxDim() == 3;
            double x0 = three ? boxes.lo(a, 0) : 0;
            double y0 = three ? boxes.lo(a, 1) : 0;
            double z0 = three ? boxes.lo(a, 2) : 0;
            double x1 = three ? boxes.hi(a, 0) : 0;
            double y1 = three ? boxes.hi(a, 1) : 0;
            double z1 = three ? boxes.hi(a, 2) : 0;
            // Cells past the cores are within r only by the side being a few ulps short of
            // cellSize: a sliver at the faces of a's cell, which a's points almost never come near.
            Lines lines = sliver == 0 || boxes.faceRoom(a) >= sliver ? coreLines : this.lines;
            for (int line = 0; line < lines.count; line++) {
                boolean occupied = true; // a line outside the cells that hold points holds no cluster
                for (int d = 0; d < last; d++) {
                    probe[d] = base[d] + lines.offset[line * last + d];
                    occupied &= probe[d] >= boxes.min[d] && probe[d] <= boxes.max[d];
                }
                if (!occupied) {
                    continue;
                }
                int along = lines.along[line];
                int below = along;
                int above = along;
                int core = lines.core[line];
                if (core < along) {
                    // a's points near a face: the ends (or the whole line) they come within r of.
                    double gap2 = 0;
                    for (int d = 0; d < last; d++) {
                        double gap = boxes.faceGap(a, d, lines.offset[line * last + d]);
                        gap2 += gap * gap;
                    }
                    double down = boxes.faceGap(a, last, -(core + 1));
                    double up = boxes.faceGap(a, last, core + 1);
                    below = gap2 + down * down < r2 ? along : core;
                    above = gap2 + up * up < r2 ? along : core;
                    if (below < 0) { // a line outside the core (core -1): no cell of it is near
                        continue;
                    }
                }
                long from = Math.max(base[last] - below, boxes.min[last]);
                long to = Math.min(base[last] + above, boxes.max[last]);
                int b;
                if (grid != null) {
                    int first = at + lines.delta[line] + (int) (from - base[last]);
                    b = grid.clusterBefore(first);
                    lineEnd = grid.clusterBefore(first + (int) (to - from) + 1);
                } else {
                    probe[last] = from;
                    b = boxes.lineStart(probe, lineEnd);
                    lineEnd = boxes.lineEnd(b, probe, to);
                }
                // Kept clusters of one line come in runs of consecutive indices: one range each.
                int first = -1;
                for (; b < lineEnd; b++) {
                    if (three ? boxes.closerThan3(x0, y0, z0, x1, y1, z1, b, r2) : boxes.closerThan(a, b, r2)) {
                        first = first < 0 ? b : first;
                    } else if (first >= 0) {
                        runs.add(first, b);
                        columns += clusterRanges[2 * b - 1] - clusterRanges[2 * first];
                        first = -1;
                    }
                }
                if (first >= 0) {
                    runs.add(first, b);
                    columns += clusterRanges[2 * b - 1] - clusterRanges[2 * first];
                }
            }
            return columns;
        }
    }

    /**
     * The lines of cells along the last axis that can hold a cluster within r of a cell, in
     * ascending (lexicographic) order of their offsets on the other axes, each with how far along
     * the last axis its cells can lie: the offsets {@code d} in [-reach, reach] whose whole-cell
     * gap, added to the line's, is below r^2. That gap grows with |d|, so they are one interval
     * [-along, along] and a walk over it meets exactly the cells the per-cell test would keep.
     * Each line also has its core: the same interval by the cell size asked for, whose float32
     * rounding, the side, may be a few ulps shorter and then adds cells (or lines) at the edges.
     */
    private static final class Lines {
        final int count;
        /** The offsets of line k on the first dim - 1 axes, at [k * (dim - 1), (k + 1) * (dim - 1)). */
        final int[] offset;
        final int[] along;
        /** How far along the last axis line k's cells are within r by the cell size asked for (at most along; -1: none). */
        final int[] core;
        /** With a dense table: the box index step from a cell to the same cell of line k. */
        final int[] delta;

        /**
         * @param reach     ceil(r / side)
         * @param side      the side the cells have
         * @param coreReach ceil(r / cellSize)
         * @param cellSize  the cell size asked for
         */
        Lines(int dim, int reach, double side, int coreReach, double cellSize, double r2, DenseGrid grid) {
            int last = dim - 1;
            int[] odometer = new int[last];
            Arrays.fill(odometer, -reach);
            int[] offsets = new int[0];
            int[] alongs = new int[0];
            int[] cores = new int[0];
            int k = 0;
            do {
                double lineGap2 = 0;
                double coreGap2 = 0;
                boolean inCore = true;
                for (int d = 0; d < last; d++) {
                    lineGap2 += cellGap2(odometer[d], side);
                    coreGap2 += cellGap2(odometer[d], cellSize);
                    inCore &= Math.abs(odometer[d]) <= coreReach;
                }
                if (lineGap2 < r2) {
                    int a = 0;
                    while (a < reach && lineGap2 + cellGap2(a + 1, side) < r2) {
                        a++;
                    }
                    int c = -1;
                    if (inCore && coreGap2 < r2) {
                        c = 0;
                        while (c < coreReach && coreGap2 + cellGap2(c + 1, cellSize) < r2) {
                            c++;
                        }
                    }
                    if (k == alongs.length) { // doubled: many dimensions make many lines
                        alongs = Arrays.copyOf(alongs, Math.max(16, 2 * k));
                        cores = Arrays.copyOf(cores, alongs.length);
                        offsets = Arrays.copyOf(offsets, alongs.length * last);
                    }
                    System.arraycopy(odometer, 0, offsets, k * last, last);
                    cores[k] = Math.min(c, a);
                    alongs[k++] = a;
                }
            } while (ClusterBoxes.next(odometer, reach));
            count = k;
            offset = offsets;
            along = alongs;
            core = cores;
            delta = new int[k];
            for (int line = 0; grid != null && line < k; line++) {
                for (int d = 0; d < last; d++) {
                    delta[line] += offsets[line * last + d] * grid.stride(d);
                }
            }
        }
    }

    /**
     * radius^2 for the "closer than radius" tests on squared distances, at least the smallest
     * double: below 1.5e-162 the square underflows to 0 and equal points (distance 0) would fail
     * it, while no two distinct float32 points are closer than 1.4e-45, whose square is 2e-90.
     */
    static double squared(double radius) {
        return Math.max(radius * radius, Double.MIN_VALUE);
    }

    /** How many cells a neighbour can lie away along an axis: ceil(radius / cellSize). */
    static int reach(double radius, double cellSize) {
        return (int) Math.ceil(radius / cellSize);
    }

    /** The squared gap of whole cells between two cells {@code offset} apart along one axis. */
    private static double cellGap2(int offset, double cellSize) {
        int steps = Math.abs(offset) - 1;
        return steps > 0 ? (steps * cellSize) * (steps * cellSize) : 0;
    }
}
