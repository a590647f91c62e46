package org.jkeops.runtime.internal;

import java.util.Arrays;

/**
 * The normalised sweep plan of a block-sparse reduction, used by generated code: output rows
 * [0, {@link #rows()}) split into consecutive blocks that cover every row, each with the column
 * intervals its rows are reduced over.
 *
 * <p>Every non-empty range of the {@link org.jkeops.runtime.Ranges} half becomes a block; every gap between ranges
 * (before the first, between two, after the last, or all rows when there are no ranges) becomes a
 * block with no intervals, so a kernel writes the reduction's neutral value there just by running
 * those rows over zero columns, with no special case. A block's intervals are its red-ranges sorted
 * by start, empty ones dropped and touching ones (end of one == start of the next) merged, so that
 * a kernel sweeps adjacent clusters in one pass and visits columns in increasing order. Every block has at least one
 * row. The visited (row, column) pairs are exactly those of the ranges it was built from.
 *
 * <p>Layout: block {@code b} covers rows {@code bounds[b] .. bounds[b+1]-1} and its intervals are
 * the pairs {@code slices[b] .. slices[b+1]-1} of {@code intervals}, flattened {@code [start,
 * end)}. Instances are immutable and safe to share between threads.
 */
public final class RangeBlocks {
    private final int rows;
    private final int cols;
    private final int[] bounds;
    private final int[] slices;
    private final int[] intervals;
    private final long pairs;
    /** The last {@link #lookup} result: kernels ask for the same chunk size on every call. */
    private volatile Lookup lastLookup;

    private record Lookup(int chunkRows, int[] triples) {
    }

    private RangeBlocks(int rows, int cols, int[] bounds, int[] slices, int[] intervals) {
        this.rows = rows;
        this.cols = cols;
        this.bounds = bounds;
        this.slices = slices;
        this.intervals = intervals;
        long total = 0;
        for (int b = 0; b < blocks(); b++) {
            total += pairs(b);
        }
        this.pairs = total;
    }

    /**
     * The dense plan: one block of all rows reduced over [0, cols) (no interval when cols == 0;
     * no block at all when rows == 0, since every block has at least one row).
     */
    public static RangeBlocks dense(int rows, int cols) {
        if (rows < 0 || cols < 0) {
            throw new IllegalArgumentException("sizes must be non-negative, got rows = " + rows + ", cols = " + cols);
        }
        if (rows == 0) {
            return new RangeBlocks(0, cols, new int[] {0}, new int[] {0}, new int[0]);
        }
        int[] intervals = cols == 0 ? new int[0] : new int[] {0, cols};
        return new RangeBlocks(rows, cols, new int[] {0, rows}, new int[] {0, intervals.length / 2}, intervals);
    }

    /**
     * Builds the plan of one half of a {@link org.jkeops.runtime.Ranges}; the caller has validated it against
     * (rows, cols), so ranges are sorted, disjoint and in bounds.
     */
    public static RangeBlocks of(int[] ranges, int[] rangeSlices, int[] redranges, int rows, int cols) {
        IntList bounds = new IntList();
        IntList slices = new IntList();
        IntList intervals = new IntList();
        bounds.add(0);
        slices.add(0);
        int covered = 0;
        int from = 0;
        for (int c = 0; c < rangeSlices.length; c++) {
            int start = ranges[2 * c];
            int end = ranges[2 * c + 1];
            int to = rangeSlices[c];
            if (start < end) {
                if (covered < start) {
                    bounds.add(start);
                    slices.add(intervals.size() / 2);
                }
                addMerged(intervals, redranges, from, to);
                bounds.add(end);
                slices.add(intervals.size() / 2);
                covered = end;
            }
            from = to;
        }
        if (covered < rows) {
            bounds.add(rows);
            slices.add(intervals.size() / 2);
        }
        return new RangeBlocks(rows, cols, bounds.toArray(), slices.toArray(), intervals.toArray());
    }

    /**
     * Appends red-range pairs from .. to-1 sorted by start, dropping empty ones and merging
     * touching neighbours. Sorting makes every kernel visit a row's columns in increasing order
     * (ties of the min / max / K reductions then go to the smallest index, as in a dense call);
     * validation guarantees the red-ranges of one slice are disjoint, so the pairs are unchanged.
     */
    private static void addMerged(IntList out, int[] redranges, int from, int to) {
        int n = to - from;
        long[] sorted = new long[n];
        int kept = 0;
        for (int k = from; k < to; k++) {
            int start = redranges[2 * k];
            int end = redranges[2 * k + 1];
            if (start < end) {
                sorted[kept++] = ((long) start << 32) | (end & 0xffffffffL);
            }
        }
        Arrays.sort(sorted, 0, kept);
        int first = out.size();
        for (int k = 0; k < kept; k++) {
            int start = (int) (sorted[k] >>> 32);
            int end = (int) sorted[k];
            if (out.size() > first && out.last() == start) {
                out.setLast(end);
            } else {
                out.add(start);
                out.add(end);
            }
        }
    }

    /** Number of blocks. */
    public int blocks() {
        return bounds.length - 1;
    }

    /** Number of output rows covered (M for a reduction over j, N over i). */
    public int rows() {
        return rows;
    }

    /** Number of reduced columns (N for a reduction over j, M over i). */
    public int cols() {
        return cols;
    }

    /**
     * Row bounds: block b covers rows {@code bounds[b] .. bounds[b+1]-1}; length blocks()+1,
     * from 0 to rows(). The internal array, not a copy (hot path): must not be modified.
     */
    public int[] bounds() {
        return bounds;
    }

    /**
     * Interval slices: block b's intervals are pairs {@code slices[b] .. slices[b+1]-1} of
     * {@link #intervals()}; length blocks()+1. The internal array, not a copy: must not be modified.
     */
    public int[] slices() {
        return slices;
    }

    /** Flattened [start, end) column intervals. The internal array, not a copy: must not be modified. */
    public int[] intervals() {
        return intervals;
    }

    /** Total number of (row, column) pairs the plan visits. */
    public long pairs() {
        return pairs;
    }

    /** Number of (row, column) pairs block b visits: its rows times the length of its intervals. */
    public long pairs(int block) {
        if (block < 0 || block >= blocks()) {
            throw new IndexOutOfBoundsException("block " + block + " out of [0, " + blocks() + ")");
        }
        long width = 0;
        for (int k = slices[block]; k < slices[block + 1]; k++) {
            width += intervals[2 * k + 1] - intervals[2 * k];
        }
        return (long) (bounds[block + 1] - bounds[block]) * width;
    }

    /**
     * Work items for a 1D launch (OpenCL): triples {@code (block, startRow, endRow)}, each block cut
     * into chunks of at most chunkRows rows, in row order, covering every row exactly once. The
     * last result is cached and returned as is: it must not be modified.
     *
     * @param chunkRows the most rows per work item, at least 1 (typically the work-group size)
     */
    public int[] lookup(int chunkRows) {
        if (chunkRows < 1) {
            throw new IllegalArgumentException("chunkRows must be at least 1, got " + chunkRows);
        }
        Lookup cached = lastLookup;
        if (cached != null && cached.chunkRows() == chunkRows) {
            return cached.triples();
        }
        long chunks = 0;
        for (int b = 0; b < blocks(); b++) {
            chunks += ceilDiv(bounds[b + 1] - bounds[b], chunkRows);
        }
        if (3 * chunks > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("chunkRows = " + chunkRows + " cuts " + rows
                    + " rows into " + chunks + " chunks, too many for one lookup array");
        }
        int[] triples = new int[(int) (3 * chunks)];
        int t = 0;
        for (int b = 0; b < blocks(); b++) {
            for (int start = bounds[b]; start < bounds[b + 1]; start += Math.min(chunkRows, bounds[b + 1] - start)) {
                triples[t++] = b;
                triples[t++] = start;
                triples[t++] = start + Math.min(chunkRows, bounds[b + 1] - start);
            }
        }
        lastLookup = new Lookup(chunkRows, triples);
        return triples;
    }

    private static int ceilDiv(int a, int b) {
        return (int) (((long) a + b - 1) / b);
    }

    /**
     * Cuts the blocks into at most {@code tasks} contiguous groups of roughly equal cost, for
     * parallel CPU execution. A block costs its pairs plus its rows, so that blocks with no
     * intervals (which still write the neutral value) are not free.
     *
     * @return strictly increasing block indices {@code cuts}, from 0 to blocks(): group g is blocks
     *     {@code cuts[g] .. cuts[g+1]-1}; just {0} when there are no blocks
     */
    public int[] balancedCuts(int tasks) {
        if (tasks < 1) {
            throw new IllegalArgumentException("tasks must be at least 1, got " + tasks);
        }
        int n = blocks();
        long[] prefix = new long[n + 1];
        for (int b = 0; b < n; b++) {
            prefix[b + 1] = prefix[b] + pairs(b) + (bounds[b + 1] - bounds[b]);
        }
        IntList cuts = new IntList();
        cuts.add(0);
        int b = 0;
        for (int g = 1; g < tasks && b < n; g++) {
            // target cost at the end of group g, computed without overflowing prefix[n] * g
            double target = (double) prefix[n] * g / tasks;
            while (b < n && prefix[b + 1] <= target) {
                b++;
            }
            // b is the first block whose end passes the target: cut before or after it, whichever is closer
            if (b < n && prefix[b + 1] - target < target - prefix[b]) {
                b++;
            }
            if (b > cuts.last() && b < n) {
                cuts.add(b);
            }
        }
        if (n > 0) {
            cuts.add(n);
        }
        return cuts.toArray();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RangeBlocks r && rows == r.rows && cols == r.cols
                && Arrays.equals(bounds, r.bounds) && Arrays.equals(slices, r.slices)
                && Arrays.equals(intervals, r.intervals);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * rows + cols) + Arrays.hashCode(bounds)) + Arrays.hashCode(intervals);
    }

    @Override
    public String toString() {
        return "RangeBlocks[" + blocks() + " blocks over " + rows + " rows, " + intervals.length / 2
                + " intervals over " + cols + " columns, " + pairs + " pairs]";
    }

    /** A growable int array, so that building a plan does not box. */
    private static final class IntList {
        private int[] data = new int[16];
        private int size;

        void add(int v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, 2 * size);
            }
            data[size++] = v;
        }

        int size() {
            return size;
        }

        int last() {
            return data[size - 1];
        }

        void setLast(int v) {
            data[size - 1] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }
}
