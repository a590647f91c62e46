package org.jkeops.cpu;

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
}
