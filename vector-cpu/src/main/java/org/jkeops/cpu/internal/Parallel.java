package org.jkeops.cpu.internal;

import org.jkeops.runtime.internal.RangeBlocks;

/** How generated SIMD kernels split output rows between threads. */
public final class Parallel {
    /** Below this many pairs a call runs in the calling thread: forking would cost more. */
    static final long INLINE_PAIRS = 1L << 16;

    private Parallel() {
    }

    /**
     * Whether to split j across threads: too few rows to give every thread a few register blocks,
     * and enough pairs to pay for the threads and the merge.
     */
    public static boolean splitColumns(int rows, int cols, int threads, int rowsPerBlock) {
        return threads > 1 && rows < threads * Math.max(1, rowsPerBlock) * 4
                && (long) rows * cols >= INLINE_PAIRS && cols >= threads * 1024;
    }

    /**
     * Bytes of the reduced variables' packed copy one chunk of j may take in the tiled schedule
     * (the task's register blocks all sweep a chunk before the next, so it is read from memory
     * once per task instead of once per block): a quarter of a 1 MiB L2 (AMD Zen 4; Intel
     * server cores have 1-2 MiB), leaving room for the rows' components and the prefetchers.
     * {@code -Djkeops.simd.chunkBytes=N} sets it, 0 (or less) turns the chunks off (one sweep per
     * block).
     */
    static final long CHUNK_BYTES = 256 * 1024;

    /** The system property that sets {@link #CHUNK_BYTES}. */
    static final String CHUNK_BYTES_PROPERTY = "jkeops.simd.chunkBytes";

    /**
     * Columns per chunk of j for a tiled sweep of {@code cols} columns whose packed copy takes
     * {@code bytesPerColumn} bytes a column: a multiple of {@code align} (at least one), or
     * {@code cols} (one chunk) when all of it fits or chunks are off. The kernels carry their
     * reductions' state exactly from chunk to chunk, so the result does not depend on the size.
     */
    public static int jChunk(int cols, long bytesPerColumn, int align) {
        long bytes = chunkBytes();
        int all = Math.max(cols, 1);
        if (bytes <= 0 || bytesPerColumn <= 0 || (long) cols * bytesPerColumn <= bytes) {
            return all;
        }
        long unit = Math.max(1, align);
        long columns = bytes / bytesPerColumn / unit * unit;
        return (int) Math.min(all, Math.max(unit, columns));
    }

    /**
     * {@value #CHUNK_BYTES_PROPERTY}, read at each call (tests change it between calls), as strictly
     * as the runtime's jkeops.* properties: Long.getLong took "abc" or "256k" for the default in
     * silence. Unset or blank: the default.
     */
    static long chunkBytes() {
        String text = System.getProperty(CHUNK_BYTES_PROPERTY);
        if (text == null || text.isBlank()) {
            return CHUNK_BYTES;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("system property " + CHUNK_BYTES_PROPERTY + ": not a whole number of"
                    + " bytes: '" + text + "' (0 or less turns the chunks off)", e);
        }
    }

    /** Rows per task: all rows (one task, in the caller) for small problems, else enough tasks for
     * load balance (about 8 per thread), a multiple of the kernel's register block.
     */
    public static int grain(int rows, int cols, int threads, int rowsPerBlock) {
        if (threads <= 1 || (long) rows * Math.max(cols, 1) < INLINE_PAIRS) {
            return Math.max(rows, 1);
        }
        int perTask = (rows + threads * 8 - 1) / (threads * 8);
        int block = Math.max(1, rowsPerBlock);
        return Math.max(block, (perTask + block - 1) / block * block);
    }

    /**
     * The tasks of a block-sparse call, as triples {@code (block, firstRow, endRow)}: every row of
     * every block exactly once, blocks in order. A block costing more than a fair share of the
     * work (about 1/16 of a thread's) is cut into chunks of rows, multiples of the register block,
     * so one large cluster cannot leave a thread idle; smaller blocks are one task each.
     */
    public static int[] blockTasks(RangeBlocks blocks, int threads, int rowsPerBlock) {
        int[] bounds = blocks.bounds();
        int[] slices = blocks.slices();
        int[] iv = blocks.intervals();
        long total = blocks.pairs() + blocks.rows();
        long share = Math.max(INLINE_PAIRS / 4, total / (Math.max(1, threads) * 16L));
        int block = Math.max(1, rowsPerBlock);
        int[] tasks = new int[3 * Math.max(16, blocks.blocks() * 2)];
        int n = 0;
        for (int c = 0; c < blocks.blocks(); c++) {
            int r0 = bounds[c];
            int r1 = bounds[c + 1];
            if (r0 == r1) {
                continue;
            }
            long perRow = 1;
            for (int k = slices[c]; k < slices[c + 1]; k++) {
                perRow += iv[2 * k + 1] - iv[2 * k];
            }
            long rowsPerTask = Math.max(1, share / perRow);
            rowsPerTask = Math.max(block, (rowsPerTask + block - 1) / block * block);
            for (int r = r0; r < r1; r += (int) Math.min(rowsPerTask, r1 - r)) {
                if (n + 3 > tasks.length) {
                    tasks = java.util.Arrays.copyOf(tasks, tasks.length * 2);
                }
                tasks[n] = c;
                tasks[n + 1] = r;
                tasks[n + 2] = (int) Math.min(r1, r + rowsPerTask);
                n += 3;
            }
        }
        return java.util.Arrays.copyOf(tasks, n);
    }

    /** Tasks per fork: all of them in the caller for a small call, else about 8 forks per thread. */
    public static int taskGrain(int tasks, long pairs, int threads) {
        if (threads <= 1 || pairs < INLINE_PAIRS) {
            return Math.max(tasks, 1);
        }
        return Math.max(1, tasks / (threads * 8));
    }
}
