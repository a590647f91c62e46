package org.jkeops.opencl;

/** Launch geometry rules, as pure functions so they are tested without a device. */
final class WorkSizes {
    /** Largest work group used: enough for j-tiles in local memory, small enough to fit most devices. */
    static final int MAX_WORK_GROUP = 256;

    /** Rows below which one part of j is thought too little work: items per compute unit. */
    static final int ITEMS_PER_COMPUTE_UNIT = 2 * MAX_WORK_GROUP;

    /** Fewest columns worth one part of its own: below this a part is mostly launch overhead. */
    static final int MIN_COLS_PER_PART = 1024;

    private WorkSizes() {
    }

    /**
     * The work-group size of a launch: the largest power of two that is at most the device's and
     * the kernel's limits and {@link #MAX_WORK_GROUP}, halved until the {@code __local} buffers
     * ({@code localBytesPerItem} per item) fit in {@code localMemAvailable}. Powers of two because
     * kernels may halve the group in tree reductions. Small row counts do not shrink it: the
     * global size is padded and kernels guard rows past the end.
     *
     * @return the size, or 0 when even one item's local buffers do not fit
     */
    static int workGroupSize(long deviceMax, long itemMax0, long kernelMax, long localMemAvailable,
            long localBytesPerItem) {
        long limit = Math.min(Math.min(deviceMax, itemMax0), Math.min(kernelMax, MAX_WORK_GROUP));
        long size = Long.highestOneBit(Math.max(1, limit));
        while (size > 1 && localBytesPerItem * size > localMemAvailable) {
            size >>= 1;
        }
        return localBytesPerItem * size > localMemAvailable ? 0 : (int) size;
    }

    /** {@code rows} rounded up to a multiple of {@code workGroup} (OpenCL 1.2 requires it). */
    static long globalSize(int rows, int workGroup) {
        return ((long) rows + workGroup - 1) / workGroup * workGroup;
    }

    /**
     * Parts to split j into so that a launch of few rows still fills the device:
     * {@code clamp(ceil(target / max(rows, 1)), 1, max(1, cols / 1024))} with {@code target =
     * 2 * computeUnits * 256} work items. Each part keeps at least 1024 columns, so small problems
     * are not split; many rows give 1. On a CPU device (PoCL, 2 cores) the target is 1024 items.
     */
    static int splitParts(int rows, int cols, int computeUnits) {
        long target = (long) ITEMS_PER_COMPUTE_UNIT * Math.max(1, computeUnits);
        long wanted = (target + Math.max(rows, 1) - 1) / Math.max(rows, 1);
        long most = Math.max(1, cols / MIN_COLS_PER_PART);
        return (int) Math.max(1, Math.min(wanted, most));
    }
}
